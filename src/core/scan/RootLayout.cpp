#include "scan/RootLayout.h"

#include <QDir>

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

QString buildLogFolder(const QString &root)
{
    return stateFolder(root) + u"/logs"_s;
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
