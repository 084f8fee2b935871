#include "config/AdminSettings.h"

#include "build/BuildRequest.h"
#include "config/Settings.h"
#include "config/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

AdminSettings AdminSettings::load(const Settings &settings)
{
    AdminSettings values;
    values.root = settings.value(SettingKeys::root);
    values.customerConfigPath = settings.value(SettingKeys::customerConfigPath);
    values.indexUrl = settings.value(SettingKeys::indexUrl);
    values.trustedHosts = settings.value(SettingKeys::indexTrustedHosts);
    values.extraIndexUrl = settings.value(SettingKeys::indexExtraUrl);
    values.offlineFolder = settings.value(SettingKeys::indexOfflineFolder);
    values.validityMinutes = settings.value(SettingKeys::validityMinutes);
    values.unusedDays = settings.value(SettingKeys::unusedDays);
    values.keepNewest = settings.value(SettingKeys::keepNewestPerOwner);
    values.maxConcurrentBuilds = settings.value(SettingKeys::maxConcurrentBuilds);
    values.buildTimeoutMinutes = settings.value(SettingKeys::buildTimeoutMinutes);
    values.language = settings.value(SettingKeys::language);
    return values;
}

void AdminSettings::save(Settings &settings) const
{
    settings.setValue(SettingKeys::root, root.isEmpty() ? QString() : QDir::cleanPath(root));
    settings.setValue(SettingKeys::customerConfigPath, customerConfigPath);
    settings.setValue(SettingKeys::indexUrl, indexUrl.trimmed());
    settings.setValue(SettingKeys::indexTrustedHosts, trustedHosts);
    settings.setValue(SettingKeys::indexExtraUrl, extraIndexUrl.trimmed());
    settings.setValue(SettingKeys::indexOfflineFolder, offlineFolder.isEmpty() ? QString() : QDir::cleanPath(offlineFolder));
    settings.setValue(SettingKeys::validityMinutes, validityMinutes);
    settings.setValue(SettingKeys::unusedDays, unusedDays);
    settings.setValue(SettingKeys::keepNewestPerOwner, keepNewest);
    settings.setValue(SettingKeys::maxConcurrentBuilds, maxConcurrentBuilds);
    settings.setValue(SettingKeys::buildTimeoutMinutes, buildTimeoutMinutes);
    settings.setValue(SettingKeys::language, language);
    settings.sync();
}

QStringList splitTrustedHosts(const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString indexUrlProblem(const QString &text, const QStringList &trustedHosts)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString shown = maskCredentials(trimmed);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return tr("%1 is not an http(s) URL; give it as https://host[:port]/simple/.").arg(shown);
    if (url.scheme() == u"http") {
        const QHostAddress address(url.host());
        const bool loopback = url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
        bool trusted = false;
        for (const QString &host : trustedHosts) {
            if (host.section(u':', 0, 0).compare(url.host(), Qt::CaseInsensitive) == 0)
                trusted = true;
        }
        if (!loopback && !trusted)
            return tr("%1 is plain HTTP to %2, which pip ignores unless the host is trusted: use https, or add %2 to "
                      "the trusted hosts.")
                .arg(shown, url.host());
    }
    return {};
}

QStringList AdminSettings::problems() const
{
    QStringList found;
    if (root.trimmed().isEmpty())
        found.append(tr("Choose the venv root."));
    else if (!QFileInfo(root).isDir())
        found.append(tr("The venv root %1 is not an existing folder: choose one that exists.").arg(native(root)));
    if (!customerConfigPath.isEmpty() && !QFileInfo(customerConfigPath).isFile())
        found.append(tr("The customer.config %1 does not exist: choose the execution server's file, or leave it "
                        "empty.")
                         .arg(native(customerConfigPath)));
    for (const QString &host : trustedHosts) {
        static const QRegularExpression hostPort(u"^[A-Za-z0-9._\\-\\[\\]:]+$"_s);
        if (!hostPort.match(host).hasMatch() || host.contains(u"//"_s))
            found.append(tr("The trusted host '%1' is not a host name: give host or host:port, without http://.")
                             .arg(host));
    }
    if (const QString problem = indexUrlProblem(indexUrl, trustedHosts); !problem.isEmpty())
        found.append(tr("Index URL: %1").arg(problem));
    if (const QString problem = indexUrlProblem(extraIndexUrl, trustedHosts); !problem.isEmpty())
        found.append(tr("Extra index URL: %1").arg(problem));
    if (indexUrl.trimmed().isEmpty() && !extraIndexUrl.trimmed().isEmpty())
        found.append(tr("An extra index needs an index URL too."));
    if (!offlineFolder.isEmpty() && !QFileInfo(offlineFolder).isDir())
        found.append(tr("The offline folder %1 does not exist: choose a folder of wheels and sdists, or leave it "
                        "empty.")
                         .arg(native(offlineFolder)));
    if (validityMinutes < 1)
        found.append(tr("The validity period must be at least 1 minute."));
    if (unusedDays < 0)
        found.append(tr("'Unused after' must be 0 days (off) or more."));
    if (keepNewest < 1)
        found.append(tr("Keep at least the newest environment of each owner (1 or more)."));
    if (maxConcurrentBuilds < 0)
        found.append(tr("Parallel builds must be 0 (one per core) or more."));
    if (buildTimeoutMinutes < 0)
        found.append(tr("The build timeout must be 0 (none) or more minutes."));
    if (!language.isEmpty() && !availableLanguages().contains(language))
        found.append(tr("There is no translation for the language '%1'.").arg(language));
    return found;
}

QStringList AdminSettings::importFrom(const CustomerConfig &config)
{
    QStringList taken;
    if (const QString url = config.requirementsRepository(); !url.isEmpty()) {
        indexUrl = url;
        taken.append(tr("Index URL: %1 (RequirementsRepository)").arg(maskCredentials(url)));
    }
    if (const QString hosts = config.requirementsTrustedHost(); !hosts.isEmpty()) {
        trustedHosts = splitTrustedHosts(hosts);
        taken.append(tr("Trusted hosts: %1 (RequirementsTrustedHost)").arg(trustedHosts.join(u", "_s)));
    }
    if (const QString url = config.requirementsExtraRepository(); !url.isEmpty()) {
        extraIndexUrl = url;
        taken.append(tr("Extra index URL: %1 (RequirementsExtraRepository)").arg(maskCredentials(url)));
    }
    if (const std::optional<int> minutes = config.virtualEnvironmentLifetimeMinutes(); minutes && *minutes > 0) {
        validityMinutes = *minutes;
        taken.append(tr("Validity period: %1 minutes (VirtualEnvironmentLifetimeDurationInMinutes)").arg(*minutes));
    }
    return taken;
}

SettingsChanges settingsChanges(const AdminSettings &before, const AdminSettings &after)
{
    SettingsChanges changes;
    if (QDir::cleanPath(before.root) != QDir::cleanPath(after.root))
        changes |= SettingsChange::Root;
    if (before.indexUrl != after.indexUrl || before.trustedHosts != after.trustedHosts ||
        before.extraIndexUrl != after.extraIndexUrl || before.offlineFolder != after.offlineFolder ||
        before.customerConfigPath != after.customerConfigPath)
        changes |= SettingsChange::Index;
    if (before.validityMinutes != after.validityMinutes || before.unusedDays != after.unusedDays ||
        before.keepNewest != after.keepNewest)
        changes |= SettingsChange::Cleanup;
    if (before.maxConcurrentBuilds != after.maxConcurrentBuilds ||
        before.buildTimeoutMinutes != after.buildTimeoutMinutes)
        changes |= SettingsChange::Builds;
    if (before.language != after.language)
        changes |= SettingsChange::Language;
    return changes;
}

} // namespace venvdeck
