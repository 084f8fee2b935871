#include "index/IndexHealthReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("venvdeck::IndexHealthReport", text, disambiguation, n);
}

QString describeOne(const IndexHealth &health)
{
    if (!health.ok())
        return health.error;
    return health.latencyMs >= 0 ? tr("OK, %1 ms").arg(health.latencyMs) : tr("OK");
}

} // namespace

IndexHealth offlineFolderHealth(const QString &folder, int *files)
{
    IndexHealth health;
    health.url = QDir::toNativeSeparators(folder);
    *files = 0;
    const QDir dir(folder);
    if (!dir.exists()) {
        health.error = tr("the folder does not exist");
        return health;
    }
    const QStringList names = dir.entryList({u"*.whl"_s, u"*.tar.gz"_s, u"*.zip"_s, u"*.tar.bz2"_s, u"*.tgz"_s},
                                            QDir::Files | QDir::Readable);
    health.reachable = true;
    *files = int(names.size());
    if (names.isEmpty())
        health.error = tr("no wheels or sdists in the folder");
    return health;
}

IndexHealthReport healthReport(const QList<IndexHealth> &checks, bool offline, int offlineFiles,
                               const QDateTime &checkedAt)
{
    IndexHealthReport report;
    report.sources = checks;
    report.offline = offline;
    report.offlineFiles = offlineFiles;
    report.checkedAt = checkedAt;
    const bool healthy = !checks.isEmpty() &&
                         std::all_of(checks.cbegin(), checks.cend(), [](const IndexHealth &h) { return h.ok(); });
    report.state = healthy ? IndexHealthReport::State::Healthy : IndexHealthReport::State::Unhealthy;
    return report;
}

QString IndexHealthReport::statusText() const
{
    switch (state) {
    case State::NotChecked:
        return tr("Package server: not checked yet");
    case State::Checking:
        return tr("Package server: checking…");
    case State::NotConfigured:
        return configurationError.isEmpty() ? tr("Package server: none configured")
                                            : tr("Package server: %1").arg(configurationError);
    case State::Healthy:
    case State::Unhealthy:
        break;
    }
    if (sources.isEmpty())
        return tr("Package server: %1").arg(configurationError);
    if (offline) {
        const IndexHealth &folder = sources.first();
        return folder.ok() ? tr("Package server: offline folder, %n file(s)", nullptr, offlineFiles)
                           : tr("Package server: offline folder: %1").arg(folder.error);
    }
    QString text = tr("Package server: %1").arg(describeOne(sources.first()));
    if (sources.size() > 1 && !(sources.at(1).ok() && sources.first().ok()))
        text += tr("; extra index: %1").arg(describeOne(sources.at(1)));
    return text;
}

QString IndexHealthReport::toolTip() const
{
    QStringList lines;
    if (state == State::NotConfigured) {
        lines.append(configurationError.isEmpty()
                         ? tr("No package index is configured: set one in Settings, or the execution server's "
                              "customer.config (RequirementsRepository).")
                         : configurationError);
    }
    for (int i = 0; i < sources.size(); ++i) {
        const IndexHealth &health = sources.at(i);
        QString role = offline ? tr("Offline folder") : i == 0 ? tr("Index") : tr("Extra index");
        QString line = tr("%1: %2").arg(role, health.url);
        QStringList facts;
        if (health.httpStatus > 0)
            facts.append(tr("HTTP %1").arg(health.httpStatus));
        if (!offline && health.latencyMs >= 0)
            facts.append(tr("%1 ms").arg(health.latencyMs));
        if (offline && health.ok())
            facts.append(tr("%n file(s)", nullptr, offlineFiles));
        facts.append(health.ok() ? tr("OK") : health.error);
        lines.append(line + u"\n    "_s + facts.join(u", "_s));
    }
    if (!origin.isEmpty())
        lines.append(tr("Configured in %1").arg(origin));
    if (checkedAt.isValid())
        lines.append(tr("Checked at %1").arg(QLocale().toString(checkedAt.toLocalTime(), QLocale::ShortFormat)));
    return lines.join(u'\n');
}

} // namespace venvdeck
