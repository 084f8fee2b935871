#include "scan/UsageSignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace venvdeck {

namespace {

void takeNewer(QDateTime &newest, const QDateTime &candidate)
{
    if (candidate.isValid() && (!newest.isValid() || candidate > newest))
        newest = candidate;
}

// Newest modification time of the folder itself and the files directly in it.
QDateTime newestInFolder(const QString &folder)
{
    QDateTime newest;
    const QFileInfo self(folder);
    if (!self.isDir() || self.isSymLink())
        return newest;
    takeNewer(newest, self.lastModified().toUTC());
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    while (files.hasNext()) {
        files.next();
        takeNewer(newest, files.fileInfo().lastModified().toUTC());
    }
    return newest;
}

} // namespace

QString defaultLogsRoot()
{
#ifdef Q_OS_WIN
    QString allUsers = qEnvironmentVariable("ALLUSERSPROFILE");
    if (allUsers.isEmpty())
        allUsers = QStringLiteral("C:/ProgramData");
    return QDir::cleanPath(QDir::fromNativeSeparators(allUsers) + QStringLiteral("/QualiSystems/logs"));
#else
    return QStringLiteral("/var/log/qualisystems");
#endif
}

QHash<QString, QDateTime> newestDriverLogs(const QString &logsRoot, Problems *problems)
{
    QHash<QString, QDateTime> newest;
    const QFileInfo rootInfo(logsRoot);
    if (!rootInfo.exists())
        return newest;
    if (!rootInfo.isDir() || !rootInfo.isReadable()) {
        if (problems) {
            problems->append({logsRoot, QCoreApplication::translate(
                                            "venvdeck", "the logs root cannot be read; last-used times fall back "
                                                        "to the venvs' own files")});
        }
        return newest;
    }
    // <logs root>/<reservation id>/<venv folder name>/<log files>
    const QDir root(logsRoot);
    const QStringList reservations = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &reservation : reservations) {
        const QDir reservationDir(root.filePath(reservation));
        const QStringList venvNames = reservationDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QString &venvName : venvNames) {
            QDateTime latest;
            QDirIterator files(reservationDir.filePath(venvName), QDir::Files | QDir::NoDotAndDotDot);
            while (files.hasNext()) {
                files.next();
                takeNewer(latest, files.fileInfo().lastModified().toUTC());
            }
            if (latest.isValid())
                takeNewer(newest[venvName], latest);
        }
    }
    return newest;
}

QDateTime newestRunArtifact(const QString &venvPath, const QStringList &sitePackages)
{
    QDateTime newest;
    for (const QString &folder : sitePackages) {
        takeNewer(newest, newestInFolder(folder + QStringLiteral("/__pycache__")));
        QDirIterator packages(folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        while (packages.hasNext()) {
            const QString package = packages.next();
            if (package.endsWith(u".dist-info") || package.endsWith(u".egg-info"))
                continue;
            const QString cache = package + QStringLiteral("/__pycache__");
            const QFileInfo cacheInfo(cache);
            if (cacheInfo.isDir())
                takeNewer(newest, cacheInfo.lastModified().toUTC());
        }
        for (const char16_t *logs : {u"/cloudshell/Logs", u"/cloudshell/logs"})
            takeNewer(newest, newestInFolder(folder + QString::fromUtf16(logs)));
    }
    for (const char16_t *logs : {u"/Logs", u"/logs"})
        takeNewer(newest, newestInFolder(venvPath + QString::fromUtf16(logs)));
    return newest;
}

} // namespace venvdeck
