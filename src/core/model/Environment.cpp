#include "model/Environment.h"

#include <QCoreApplication>

namespace venvdeck {

QString normalizedProjectName(const QString &name)
{
    // A loop, not a regular expression: the search box normalises every package of every environment on each key
    // press, and the dependency tree every node.
    const QString lower = name.toLower();
    QString normalized;
    normalized.reserve(lower.size());
    bool inRun = false;
    for (const QChar c : lower) {
        const bool separator = c == u'-' || c == u'_' || c == u'.';
        if (!separator)
            normalized.append(c);
        else if (!inRun)
            normalized.append(u'-');
        inRun = separator;
    }
    return normalized;
}

const Distribution *Environment::findPackage(const QString &packageName) const
{
    const QString wanted = normalizedProjectName(packageName);
    for (const Distribution &distribution : packages) {
        if (normalizedProjectName(distribution.name) == wanted)
            return &distribution;
    }
    return nullptr;
}

QString keyword(Layout layout)
{
    switch (layout) {
    case Layout::Posix:
        return QStringLiteral("posix");
    case Layout::Windows:
        return QStringLiteral("windows");
    case Layout::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString keyword(Health health)
{
    switch (health) {
    case Health::Ok:
        return QStringLiteral("ok");
    case Health::Broken:
        return QStringLiteral("broken");
    case Health::NotAVenv:
        break;
    }
    return QStringLiteral("not-a-venv");
}

QString keyword(LastUsedSource source)
{
    switch (source) {
    case LastUsedSource::DriverLogs:
        return QStringLiteral("driver-logs");
    case LastUsedSource::RunArtifacts:
        return QStringLiteral("run-artifacts");
    case LastUsedSource::FolderTimes:
        return QStringLiteral("folder-times");
    case LastUsedSource::None:
        break;
    }
    return QStringLiteral("none");
}

QString describe(LastUsedSource source)
{
    switch (source) {
    case LastUsedSource::DriverLogs:
        return QCoreApplication::translate("venvdeck", "newest driver log");
    case LastUsedSource::RunArtifacts:
        return QCoreApplication::translate("venvdeck", "newest byte code or log inside the venv");
    case LastUsedSource::FolderTimes:
        return QCoreApplication::translate("venvdeck", "the folder's modification time");
    case LastUsedSource::None:
        break;
    }
    return QCoreApplication::translate("venvdeck", "not known");
}

QString keyword(OwnerKind kind)
{
    switch (kind) {
    case OwnerKind::Driver:
        return QStringLiteral("driver");
    case OwnerKind::Script:
        return QStringLiteral("script");
    case OwnerKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString keyword(OwnerSource source)
{
    return source == OwnerSource::Record ? QStringLiteral("record") : QStringLiteral("name");
}

std::optional<OwnerKind> ownerKindFromString(const QString &text)
{
    if (text == u"driver")
        return OwnerKind::Driver;
    if (text == u"script")
        return OwnerKind::Script;
    if (text == u"unknown")
        return OwnerKind::Unknown;
    return std::nullopt;
}

} // namespace venvdeck
