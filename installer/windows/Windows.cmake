# Windows: an MSI built with the WiX Toolset 3 through CPack (`cpack -G WIX` in the build folder), on a Windows
# machine with MSVC, Qt 6.4 or later for MSVC and WiX 3.11 on PATH (or WIX set to its folder). It cannot be built
# on the Linux machines this project is developed on; every value here is final, none is a placeholder.
#
# The MSI installs to C:\Program Files\VenvDeck (bin\venvdeck.exe, bin\venvdeck-cli.exe, Qt next to them) and
# offers, in its feature tree:
#   VenvDeck                               always: the window, the CLI, Qt, a Start-menu entry "VenvDeck"
#   Add venvdeck-cli to PATH               on by default: appends C:\Program Files\VenvDeck\bin to the system PATH
#   Remove flagged environments at startup off by default: a Task Scheduler task that runs
#                                          `venvdeck-cli apply-pending` at startup as SYSTEM
# Silent install with everything: msiexec /i venvdeck-<version>-win64.msi /qn ADDLOCAL=ALL

# Qt's DLLs, plugins (platforms\qwindows.dll, styles, image formats) and its translations next to venvdeck.exe:
# windeployqt, run by Qt's deploy script when CPack stages the install. venvdeck-cli.exe uses a subset of the
# same Qt libraries (Core, Concurrent, Network), so one deployment serves both executables.
qt_generate_deploy_app_script(TARGET venvdeck FILENAME_VARIABLE venvdeck_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${venvdeck_deploy_script})

# The MSVC runtime DLLs, so that no separate Visual C++ redistributable is needed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${VENVDECK_DOCDIR} RENAME LICENSE.txt)
# The Task Scheduler definition of the cleanup issue, for administrators who import it themselves
# (schtasks /Create /XML). The installer registers its own task (wix-patch.xml): at startup, as SYSTEM, with the
# path the MSI was installed to, which an XML file cannot know.
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/windows/venvdeck-apply-pending.xml)
    install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/windows/venvdeck-apply-pending.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/venvdeck)
endif()

# WiX wants the licence as .txt (CPack turns it into RTF for the licence page) or .rtf.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)

set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_FILE_NAME "venvdeck-${PROJECT_VERSION}-win64")
# Fixed for the life of the product: it is how Windows Installer knows a newer MSI upgrades an older one.
set(CPACK_WIX_UPGRADE_GUID "94E21B19-8187-4BA1-A00C-9F265FE934BB")
set(CPACK_WIX_ARCHITECTURE x64)
# Per-machine: the PATH entry is the system's, the task runs as SYSTEM, the files are under Program Files.
set(CPACK_WIX_PROPERTY_ALLUSERS 1)
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/venvdeck.ico)
set(CPACK_WIX_UI_REF WixUI_FeatureTree)
set(CPACK_WIX_ROOT_FEATURE_TITLE VenvDeck)
set(CPACK_WIX_ROOT_FEATURE_DESCRIPTION "The VenvDeck window and venvdeck-cli, with the Qt libraries they use.")
set(CPACK_WIX_PROGRAM_MENU_FOLDER VenvDeck)
# The Start-menu entry: Start > VenvDeck > VenvDeck, opening bin\venvdeck.exe.
set(CPACK_PACKAGE_EXECUTABLES venvdeck VenvDeck)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_WIX_PROPERTY_ARPHELPLINK ${PROJECT_HOMEPAGE_URL})
set(CPACK_WIX_PROPERTY_ARPCOMMENTS ${CPACK_PACKAGE_DESCRIPTION_SUMMARY})
# The two optional features (PATH, startup task): see wix-patch.xml.
set(CPACK_WIX_PATCH_FILE ${CMAKE_CURRENT_SOURCE_DIR}/windows/wix-patch.xml)
