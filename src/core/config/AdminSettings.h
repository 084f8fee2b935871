#pragma once

#include "config/CustomerConfig.h"

#include <QFlags>
#include <QString>
#include <QStringList>

namespace venvdeck {

class Settings;

// What the window's Settings dialog edits, as one value: loaded from Settings, checked, saved back. The rules
// (what a valid index URL or folder is, what customer.config gives) live here, so that the dialog stays thin
// and the CLI reads the very keys it writes.
struct AdminSettings
{
    QString root;               // paths/root
    QString customerConfigPath; // paths/customerConfig (empty: defaultCustomerConfigPath())
    QString indexUrl;           // index/url
    QStringList trustedHosts;   // index/trustedHosts
    QString extraIndexUrl;      // index/extraUrl
    QString offlineFolder;      // index/offlineFolder
    int validityMinutes = 480;  // cleanup/validityMinutes
    int unusedDays = 30;        // cleanup/unusedDays
    int keepNewest = 1;         // cleanup/keepNewestPerOwner
    int maxConcurrentBuilds = 0; // build/maxConcurrentBuilds (0: the number of cores)
    int buildTimeoutMinutes = 30; // build/timeoutMinutes (0: no limit)
    QString language;           // window/language ("" the system's, "en", "de")

    static AdminSettings load(const Settings &settings);
    void save(Settings &settings) const;

    // Every problem, in words naming the field and the value and saying what to do; empty when all is valid.
    QStringList problems() const;

    // Takes RequirementsRepository, RequirementsTrustedHost, RequirementsExtraRepository and
    // VirtualEnvironmentLifetimeDurationInMinutes from `config` where it sets them. Returns what it took, one
    // line each ("Index URL: http://qs:8036/simple (RequirementsRepository)"); empty when the file sets none.
    QStringList importFrom(const CustomerConfig &config);

    bool operator==(const AdminSettings &) const = default;
};

// What a change of settings means for a running window.
enum class SettingsChange
{
    None = 0,
    Root = 1,     // open the new root
    Index = 2,    // the package sources: build defaults, index health
    Cleanup = 4,  // recompute staleness
    Builds = 8,   // parallel builds, timeout
    Language = 16 // install the translators again
};
Q_DECLARE_FLAGS(SettingsChanges, SettingsChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(SettingsChanges)
SettingsChanges settingsChanges(const AdminSettings &before, const AdminSettings &after);

// "host", "host:port"; a list typed as "a, b c" is split on commas and white space.
QStringList splitTrustedHosts(const QString &text);
// A problem with an index URL in words ("not an http(s) URL ..."), empty when it is fine (or empty).
QString indexUrlProblem(const QString &url, const QStringList &trustedHosts);

} // namespace venvdeck
