#include "scan/RootLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <tuple>

namespace venvdeck::rootlayout {

using namespace Qt::StringLiterals;

QString stateFolder(const QString &root)
{
    return QDir(root).filePath(u".venvdeck"_s);
}

QString lockFilePath(const QString &root, const QString &name)
{
    return stateFolder(root) + u"/locks/"_s + name + u".lock"_s;
}

QString trashFolder(const QString &root)
{
    return stateFolder(root) + u"/trash"_s;
}

QString pendingRemovalsPath(const QString &root)
{
    return stateFolder(root) + u"/pending-removals.json"_s;
}

QString pendingRemovalsLockPath(const QString &root)
{
    return stateFolder(root) + u"/pending-removals.lock"_s;
}

QString replacingRecordPath(const QString &root, const QString &name)
{
    return stateFolder(root) + u"/replacing/"_s + name;
}

QString pinsPath(const QString &root)
{
    return stateFolder(root) + u"/pins.txt"_s;
}

QString buildLogFolder(const QString &root)
{
    return stateFolder(root) + u"/logs"_s;
}

QStringList buildLogsOf(const QString &root, const QString &name)
{
    // `<name>-yyyyMMdd-HHmmss.log`, or `...-HHmmss-N.log` for a second build in the same second; the exact
    // pattern, so that the logs of `Driver_1_2` are not taken for those of `Driver_1`.
    static const QRegularExpression stamp(u"^-(\\d{8}-\\d{6})(?:-(\\d+))?\\.log$"_s);
    QList<std::tuple<QString, int, QString>> logs;
    const QDir folder(buildLogFolder(root));
    for (const QFileInfo &info : folder.entryInfoList({name + u"-*.log"_s}, QDir::Files | QDir::NoSymLinks)) {
        const QRegularExpressionMatch match = stamp.match(info.fileName().mid(name.size()));
        if (match.hasMatch())
            logs.append({match.captured(1), match.captured(2).toInt(), info.absoluteFilePath()});
    }
    std::sort(logs.begin(), logs.end(), std::greater<>());
    QStringList paths;
    for (const auto &log : std::as_const(logs))
        paths.append(std::get<2>(log));
    return paths;
}

bool isPartialBuildName(const QString &name)
{
    return name.contains(QStringView(partialBuildInfix));
}

bool isReplacedEnvironmentName(const QString &name)
{
    return name.contains(QStringView(replacedEnvironmentInfix));
}

bool isPlainEnvironmentName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && name != u".venvdeck" && !name.contains(u'/') &&
           !name.contains(u'\\') && !name.contains(QChar(0));
}

} // namespace venvdeck::rootlayout
