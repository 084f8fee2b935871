#include "config/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace venvdeck {

namespace {
constexpr int maxRecentRoots = 10;
}

// One file for the window and the CLI alike (~/.config/VenvDeck/VenvDeck.conf), whatever the program's name,
// so that both choose the same root.
Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("VenvDeck"),
                                             QStringLiteral("VenvDeck")))
{
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

void Settings::addRecentRoot(const QString &root)
{
    const QString cleaned = QDir::cleanPath(root);
    QStringList recent = value(SettingKeys::recentRoots);
    recent.removeAll(cleaned);
    recent.prepend(cleaned);
    while (recent.size() > maxRecentRoots)
        recent.removeLast();
    setValue(SettingKeys::recentRoots, recent);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString defaultVenvRoot()
{
#ifdef Q_OS_WIN
    QString programData = qEnvironmentVariable("PROGRAMDATA");
    if (programData.isEmpty())
        programData = QStringLiteral("C:/ProgramData");
    return QDir::cleanPath(QDir::fromNativeSeparators(programData) + QStringLiteral("/QualiSystems/venv"));
#else
    return QStringLiteral("/usr/share/QualiSystems/venv");
#endif
}

QString describe(RootSource source)
{
    switch (source) {
    case RootSource::CommandLine:
        return QCoreApplication::translate("venvdeck", "--root");
    case RootSource::Environment:
        return QCoreApplication::translate("venvdeck", "the VENVDECK_ROOT environment variable");
    case RootSource::Settings:
        return QCoreApplication::translate("venvdeck", "the saved setting");
    case RootSource::Default:
        break;
    }
    return QCoreApplication::translate("venvdeck", "the platform default");
}

RootChoice chooseRoot(const QString &commandLineRoot, const Settings &settings)
{
    const auto absolute = [](const QString &path) { return QDir::cleanPath(QFileInfo(path).absoluteFilePath()); };
    if (!commandLineRoot.isEmpty())
        return {absolute(commandLineRoot), RootSource::CommandLine};
    const QString fromEnvironment = qEnvironmentVariable("VENVDECK_ROOT");
    if (!fromEnvironment.isEmpty())
        return {absolute(fromEnvironment), RootSource::Environment};
    const QString saved = settings.value(SettingKeys::root);
    if (!saved.isEmpty())
        return {absolute(saved), RootSource::Settings};
    return {defaultVenvRoot(), RootSource::Default};
}

} // namespace venvdeck
