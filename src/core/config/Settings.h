#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace venvdeck {

// One typed key with its default (ARCHITECTURE.md, convention 8). Every key VenvDeck stores is in
// namespace SettingKeys below; nothing else reads QSettings directly.
template<typename T>
struct SettingKey
{
    QString name;
    T defaultValue;
};

namespace SettingKeys {
inline const SettingKey<QString> root{QStringLiteral("paths/root"), {}};
inline const SettingKey<QStringList> recentRoots{QStringLiteral("paths/recentRoots"), {}};
inline const SettingKey<QString> logsRoot{QStringLiteral("paths/logsRoot"), {}};
inline const SettingKey<QByteArray> windowGeometry{QStringLiteral("window/geometry"), {}};
inline const SettingKey<QByteArray> windowState{QStringLiteral("window/state"), {}};
inline const SettingKey<QByteArray> tableHeaderState{QStringLiteral("window/tableHeader"), {}};
inline const SettingKey<QByteArray> splitterState{QStringLiteral("window/splitter"), {}};
inline const SettingKey<bool> groupByOwner{QStringLiteral("window/groupByOwner"), false};
// Cleanup (docs-draft/cleanup.md): keep the N newest per owner, `unused` after N days, the execution server's
// validity period (VirtualEnvironmentLifetimeDurationInMinutes), the rules `prune` applies by default, and the
// systemd unit of the execution server that venvdeck-apply-pending.service must run before.
inline const SettingKey<int> keepNewestPerOwner{QStringLiteral("cleanup/keepNewestPerOwner"), 1};
inline const SettingKey<int> unusedDays{QStringLiteral("cleanup/unusedDays"), 30};
inline const SettingKey<int> validityMinutes{QStringLiteral("cleanup/validityMinutes"), 480};
inline const SettingKey<QString> prunePolicy{QStringLiteral("cleanup/prunePolicy"),
                                             QStringLiteral("superseded,python-mismatch,broken,unused")};
inline const SettingKey<QString> executionServerUnit{QStringLiteral("cleanup/executionServerUnit"),
                                                     QStringLiteral("cloudshell-execution-server.service")};
// Builds: the folder-name template (build/BuildRequest.h, environmentNameFor), how many run at once
// (0 = the number of cores) and how long one may take.
inline const SettingKey<QString> buildNameTemplate{QStringLiteral("build/nameTemplate"), QStringLiteral("{name}_{version}")};
inline const SettingKey<int> maxConcurrentBuilds{QStringLiteral("build/maxConcurrentBuilds"), 0};
inline const SettingKey<int> buildTimeoutMinutes{QStringLiteral("build/timeoutMinutes"), 30};
// The package index (issue 6); the command line's --index, --trusted-host, --extra-index, --offline win.
inline const SettingKey<QString> indexUrl{QStringLiteral("index/url"), QStringLiteral("https://pypi.org/simple/")};
inline const SettingKey<QStringList> indexTrustedHosts{QStringLiteral("index/trustedHosts"), {}};
inline const SettingKey<QString> indexExtraUrl{QStringLiteral("index/extraUrl"), {}};
inline const SettingKey<QString> indexOfflineFolder{QStringLiteral("index/offlineFolder"), {}};
inline const SettingKey<int> indexTimeoutSeconds{QStringLiteral("index/timeoutSeconds"), 15};
inline const SettingKey<int> indexMaxResponseMegabytes{QStringLiteral("index/maxResponseMegabytes"), 32};
// The window's Settings dialog (issue 5): the execution server's customer.config it imports from (empty: the
// platform's, defaultCustomerConfigPath()), and the language of the window ("" follows the system, "en", "de").
inline const SettingKey<QString> customerConfigPath{QStringLiteral("paths/customerConfig"), {}};
inline const SettingKey<QString> language{QStringLiteral("window/language"), {}};
} // namespace SettingKeys

class Settings final
{
public:
    Settings();                                 // the user's settings, shared by the window and the CLI
    explicit Settings(const QString &iniPath); // a settings file of its own, for tests and --settings

    template<typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant stored = m_settings->value(key.name);
        return stored.isValid() ? stored.value<T>() : key.defaultValue;
    }

    template<typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(key.name, QVariant::fromValue(value));
    }

    void addRecentRoot(const QString &root); // most recent first, at most 10, no duplicates
    QString fileName() const;
    bool sync(); // writes pending changes; false when the file cannot be written

private:
    std::unique_ptr<QSettings> m_settings;
};

// The platform's default venv root: /usr/share/QualiSystems/venv, or %PROGRAMDATA%\QualiSystems\venv.
QString defaultVenvRoot();

enum class RootSource { CommandLine, Environment, Settings, Default };
QString describe(RootSource source); // "--root", "VENVDECK_ROOT", "saved setting", "platform default"

struct RootChoice
{
    QString path;
    RootSource source = RootSource::Default;
};

// --root, then the VENVDECK_ROOT environment variable, then the saved setting, then the platform default.
RootChoice chooseRoot(const QString &commandLineRoot, const Settings &settings);

} // namespace venvdeck
