#include "CleanupOutput.h"
#include "CliCommon.h"
#include "Commands.h"

#include "cleanup/CleanupStatus.h"
#include "model/EnvironmentJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

int runPendingCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          QCoreApplication::translate("venvdeck", "Lists the environments flagged for removal at the "
                                                                  "next restart, with what each frees."));
    const QCommandLineOption noSizes(u"no-sizes"_s,
                                     QCoreApplication::translate("venvdeck", "Skip the size walk (much faster)."));
    command.parser().addOption(noSizes);
    CleanupInvocation invocation;
    if (const auto exit =
            parseCleanupCommand(command, arguments, Arguments::None, {u"table"_s, u"json"_s}, &invocation))
        return *exit;
    const RootChoice &root = invocation.root;
    const QString *format = &invocation.format;

    Problems problems;
    const std::optional<QList<PendingStatus>> pending =
        pendingStatus(root.path, !command.parser().isSet(noSizes), &problems);
    if (!pending) {
        printError(QCoreApplication::translate("venvdeck", "the pending removals were refused:"));
        printProblems(problems);
        return ExitFailure;
    }
    qint64 total = 0;
    for (const PendingStatus &status : *pending)
        total += std::max<qint64>(0, status.bytes);
    const bool sized = !command.parser().isSet(noSizes);

    if (*format == u"json") {
        QJsonArray entries;
        for (const PendingStatus &status : *pending) {
            const PendingRemoval &entry = status.entry;
            entries.append(QJsonObject{
                {u"name"_s, entry.name},
                {u"device"_s, QString::number(entry.identity.device)},
                {u"inode"_s, QString::number(entry.identity.inode)},
                {u"builtAt"_s, timeToJson(entry.builtAt)},
                {u"flaggedBy"_s, entry.flaggedBy},
                {u"flaggedAt"_s, timeToJson(entry.flaggedAt)},
                {u"reason"_s, entry.reason},
                {u"state"_s, status.state},
                {u"bytes"_s, status.bytes < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(status.bytes)},
            });
        }
        standardOutput() << QJsonDocument(QJsonObject{{u"root"_s, root.path},
                                                      {u"entries"_s, entries},
                                                      {u"totalBytes"_s, sized ? QJsonValue(total) : QJsonValue()}})
                                .toJson(QJsonDocument::Indented);
    } else if (pending->isEmpty()) {
        standardOutput() << QCoreApplication::translate("venvdeck", "Nothing is pending removal in %1.")
                                .arg(QDir::toNativeSeparators(root.path))
                         << Qt::endl;
    } else {
        QList<QStringList> rows;
        for (const PendingStatus &status : *pending) {
            rows.append({status.entry.name, status.bytes < 0 ? u"-"_s : formatBytes(status.bytes),
                         formatDate(status.entry.flaggedAt), status.entry.flaggedBy, status.state,
                         status.entry.reason});
        }
        standardOutput() << renderTable(
            {QCoreApplication::translate("venvdeck", "NAME"), QCoreApplication::translate("venvdeck", "FREES"),
             QCoreApplication::translate("venvdeck", "FLAGGED"), QCoreApplication::translate("venvdeck", "BY"),
             QCoreApplication::translate("venvdeck", "STATE"), QCoreApplication::translate("venvdeck", "REASON")},
            rows, 5, {1}, 160);
        QString summary =
            QCoreApplication::translate("venvdeck", "%n environment(s) pending removal", nullptr, int(pending->size()));
        if (sized)
            summary +=
                QCoreApplication::translate("venvdeck", ", %1 freed at the next apply-pending").arg(formatBytes(total));
        standardOutput() << summary << Qt::endl;
    }
    standardOutput().flush();
    printProblems(problems);
    return ExitSuccess;
}

} // namespace venvdeck::cli
