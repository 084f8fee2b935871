<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MainWindow</name>
    <message>
        <source>VenvDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match environment names, owners and installed packages; a comparison such as paramiko&lt;2.8 matches package versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, owners, packages; or a version such as paramiko&lt;2.8   (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Another Root…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Root…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another folder of virtual environments (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo root of real environments, creating it first if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the root again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running scan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VenvDeck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, inspect and clean up the Python virtual environments of a CloudShell execution server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venv root to open (else VENVDECK_ROOT, the saved setting, the platform default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo root, creating it first if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the first scan has finished, save the window as a PNG image and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck</name>
    <message>
        <source>--root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VENVDECK_ROOT environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest driver log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest byte code or log inside the venv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder&apos;s modification time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KiB; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no &quot;url&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points at &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points at &quot;%1&quot;, which holds no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Name&quot; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Version&quot; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a *.dist-info folder or a *.egg-info folder or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zipped egg: its metadata is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed twice; %2 is listed instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;owner&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ownerKind&quot; must be &quot;driver&quot; or &quot;script&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;requirementsSha256&quot; must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;builtAt&quot; is not an ISO-8601 time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KiB: not an ownership record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pyvenv.cfg holds no &quot;key = value&quot; setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a Python version: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: include-system-site-packages must be true or false, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read pyvenv.cfg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pyvenv.cfg is larger than %1 KiB: not a pyvenv.cfg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venv root does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venv root cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logs root cannot be read; last-used times fall back to the venvs&apos; own files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venv root to read (default: VENVDECK_ROOT, the saved setting, then %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1 (default: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venv root %1 (from %2) is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venv root %1 (from %2) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another with --root DIR or the VENVDECK_ROOT environment variable, or make a demo root with &apos;venvdeck-cli demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %n environment(s) in %1 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PYTHON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lists every environment in the venv root: owner, version, Python, packages, size, last use, health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the size walk (much faster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudshell-logging&apos;s logs root, for last-used times (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;list&apos; takes no arguments; did you mean &apos;show NAME&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the venv root the other commands and the window would use, and (on stderr) what chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every environment in the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything known about one environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the venv root in use and what chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create (or reuse) a demo root of real venvs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: venvdeck-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administers the Python virtual environments of a CloudShell execution server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;venvdeck-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentDetailsWidget</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX (bin/, lib/pythonX.Y/site-packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (Scripts\, Lib\site-packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a virtual environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an environment to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site-packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venv interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System site-packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter packages by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from venvdeck.json (the ownership record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred from the folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be checked on this system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::EnvironmentTableModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a virtual environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Python version (implementation)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between flags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from its ownership record (venvdeck.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred from the folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner version, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build numbers, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n installed distribution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes were not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apparent size %1, allocated on disk %2, %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last use not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of VenvDeck&apos;s demo root, not a real execution server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner version or build numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparent size, with a bar relative to the largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a venv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo root in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled: the table shows what was read so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a venv (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck — %1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n environment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not a venv</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while scanning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>demo root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck looked there because of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venv root %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenvDeck shows the Python virtual environments a CloudShell execution server keeps in one folder, one folder per driver or script version. %1

Choose the folder where this server keeps them, or open a demo root of real environments to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venv root must be a folder that holds one folder per environment. %1

Choose another root, or open a demo root of real environments to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments in %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the execution server first runs a Python shell driver or script, it creates a virtual environment for it in this folder: one folder per driver or script version and Python version. They will appear here. Press F5 to read the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or choose another root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo root could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VenvDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VenvDeck %1&lt;/h3&gt;&lt;p&gt;Browse, inspect and clean up the Python virtual environments a CloudShell execution server keeps.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::PackageTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editable install from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed as a dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venvdeck::cli</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record (venvdeck.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name (inferred from the folder name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cannot be checked on this system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site-packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 allocated, %n file(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTALLER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows everything known about one environment of the venv root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the size walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudshell-logging&apos;s logs root, for the last-used time (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s folder name in the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;show&apos; takes exactly one NAME (the environment&apos;s folder name in the root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment named &apos;%1&apos; in %2. Run &apos;venvdeck-cli list&apos; to see the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
