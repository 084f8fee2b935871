#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace venvdeck::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(VENVDECK_TEST_DATA) + QLatin1Char('/') + relative;
}

bool makePath(const QString &path)
{
    return QDir().mkpath(path);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!makePath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

bool setModificationTime(const QString &path, const QDateTime &time)
{
    QFile file(path);
    const bool isDir = QFileInfo(path).isDir();
    if (!file.open(isDir ? QIODevice::ReadOnly : QIODevice::Append))
        return false;
    return file.setFileTime(time, QFileDevice::FileModificationTime);
}

bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!makePath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(info.filePath());
        if (info.isSymLink()) {
            if (!QFile::link(info.symLinkTarget(), target))
                return false;
        } else if (info.isDir()) {
            if (!makePath(target))
                return false;
        } else if (!QFile::copy(info.filePath(), target)) {
            return false;
        }
    }
    return true;
}

QString cliPath()
{
    return QStringLiteral(VENVDECK_CLI_PATH);
}

} // namespace venvdeck::test
