#include "CliCommon.h"
#include "Commands.h"
#include "IndexSourceOptions.h"

#include "index/IndexHealthReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("venvdeck::cli", text, disambiguation, n);
}

void printTable(const QList<IndexHealth> &checks, bool offline, int files)
{
    const QStringList header{offline ? tr("FOLDER") : tr("INDEX"), tr("STATUS"), offline ? tr("FILES") : tr("HTTP"),
                             tr("LATENCY"), tr("ERROR")};
    QList<QStringList> rows;
    for (const IndexHealth &health : checks) {
        const QString status = health.ok() ? tr("ok") : (health.reachable ? tr("error") : tr("unreachable"));
        const QString third = offline ? QString::number(files)
                                      : (health.httpStatus > 0 ? QString::number(health.httpStatus) : u"-"_s);
        const QString latency = health.latencyMs >= 0 ? tr("%1 ms").arg(health.latencyMs) : u"-"_s;
        rows.append({health.url, status, third, latency, health.error.isEmpty() ? u"-"_s : health.error});
    }
    standardOutput() << renderTable(header, rows, 4, {2, 3});
}

} // namespace

int runIndexStatusCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          tr("Checks that the package index (and the extra index, or the offline folder) answers: "
                             "reachable, HTTP status, latency, and the error in words.\n"
                             "Exit status: 0 when every source is healthy, 1 when one is not, 2 for bad usage."));
    command.addFormatOption({u"table"_s, u"json"_s});
    const IndexSourceOptions indexOptions;
    indexOptions.addTo(command.parser());
    if (const auto exit = command.parse(arguments))
        return *exit;
    if (!command.parser().positionalArguments().isEmpty()) {
        printError(tr("'index-status' takes no arguments."));
        return ExitUsage;
    }
    const std::optional<IndexCommandLine> line = indexOptions.read(command);
    if (!line)
        return ExitUsage;
    const IndexSources *sources = &line->sources;
    const QString *format = &line->format;

    QList<IndexHealth> checks;
    const bool offline = !sources->offlineFolder.isEmpty();
    int files = 0;
    if (offline) {
        checks.append(offlineFolderHealth(sources->offlineFolder, &files));
    } else {
        IndexClient client(line->client);
        QList<QUrl> urls{sources->index};
        if (!sources->extraIndex.isEmpty())
            urls.append(sources->extraIndex);
        checks.resize(urls.size());
        int pending = int(urls.size());
        QObject context;
        for (int i = 0; i < urls.size(); ++i) {
            client.checkHealth(urls.at(i), &context, [&checks, &pending, i](const IndexHealth &health) {
                checks[i] = health;
                if (--pending == 0)
                    QCoreApplication::exit(0);
            });
        }
        QCoreApplication::exec(); // the application's one event loop; the last answer ends it
    }

    const bool healthy = std::all_of(checks.cbegin(), checks.cend(), [](const IndexHealth &h) { return h.ok(); });
    if (*format == u"json") {
        QJsonArray array;
        for (const IndexHealth &health : std::as_const(checks)) {
            QJsonObject object = indexReplyToJson(health);
            if (offline) {
                object.remove(u"attempts"_s);
                object.insert(u"files"_s, files);
            }
            array.append(object);
        }
        standardOutput() << QJsonDocument(QJsonObject{{u"healthy"_s, healthy}, {u"sources"_s, array}})
                                .toJson(QJsonDocument::Indented);
    } else {
        printTable(checks, offline, files);
    }
    standardOutput().flush();
    if (!healthy) {
        for (const IndexHealth &health : std::as_const(checks)) {
            if (!health.ok())
                printError(tr("%1: %2.").arg(health.url, health.error));
        }
        standardError() << indexAdvice() << Qt::endl;
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace venvdeck::cli
