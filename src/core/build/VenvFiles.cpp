#include "build/VenvFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace venvdeck {

QString venvPythonPath(const QString &venv)
{
#ifdef Q_OS_WIN
    return venv + u"/Scripts/python.exe"_s;
#else
    return venv + u"/bin/python"_s;
#endif
}

void replaceTemporaryPath(const QString &temporary, const QString &final, Problems *problems)
{
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(final);
    QStringList files = {temporary + u"/pyvenv.cfg"_s};
    for (const QString &folder : {u"/bin"_s, u"/Scripts"_s}) {
        QDirIterator it(temporary + folder, QDir::Files | QDir::NoSymLinks);
        while (it.hasNext())
            files.append(it.next());
    }
    for (const QString &path : std::as_const(files)) {
        const QFileInfo info(path);
        if (!info.isFile() || info.isSymLink() || info.size() > 1024 * 1024 || path.endsWith(u".exe"_s))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray content = file.readAll();
        file.close();
        if (!content.contains(from))
            continue;
        content.replace(from, to);
        const QFileDevice::Permissions permissions = info.permissions();
        QSaveFile save(path);
        if (!save.open(QIODevice::WriteOnly) || save.write(content) != content.size() || !save.commit()) {
            problems->append(
                {path, QCoreApplication::translate("venvdeck", "cannot rewrite the path of the temporary folder: %1")
                           .arg(save.errorString())});
            continue;
        }
        QFile::setPermissions(path, permissions);
    }
}

QString newestWheel(const QString &folder, const QString &project)
{
    if (folder.isEmpty())
        return {};
    static const QRegularExpression versionPart(uR"(^[^-]+-([^-]+)-)"_s);
    QString best;
    QVersionNumber bestVersion;
    const QStringList wheels = QDir(folder).entryList({project + u"-*.whl"_s}, QDir::Files);
    for (const QString &wheel : wheels) {
        const QVersionNumber version = QVersionNumber::fromString(versionPart.match(wheel).captured(1));
        if (best.isEmpty() || QVersionNumber::compare(version, bestVersion) > 0) {
            best = QDir(folder).filePath(wheel);
            bestVersion = version;
        }
    }
    return best;
}

} // namespace venvdeck
