#pragma once

#include "model/Distribution.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace venvdeck {

// One PEP 508 requirement as Requires-Dist or requirements.txt writes it: `name[extra,...] specifier ; marker`.
struct Requirement
{
    QString name;      // as written
    QStringList extras;
    QString specifier; // ">=2.5,<4", or empty for any version; a URL for `name @ url`
    QString marker;    // the text after ';', trimmed; empty when there is none
    QString extra;     // the extra the marker makes it depend on (`extra == "socks"`), empty when none
};

// Parses one requirement; nullopt when the text does not start with a valid project name.
std::optional<Requirement> parseRequirement(const QString &text);

// What depends on what inside one environment, from the installed distributions' Requires-Dist.
class DependencyGraph final
{
public:
    struct Dependency
    {
        Requirement requirement;
        const Distribution *installed = nullptr; // nullptr: not installed in this environment
    };

    // `distributions` must outlive the graph: the graph points into it.
    explicit DependencyGraph(const QList<Distribution> &distributions);

    // The requirements of a distribution, in its METADATA order, each with what satisfies it by name.
    QList<Dependency> dependenciesOf(const Distribution &distribution) const;
    // The installed distributions that require `distribution` (optional extras included), sorted by name.
    QList<const Distribution *> requiredBy(const Distribution &distribution) const;
    // The distributions nothing else requires: what was installed on purpose, or left over. Sorted by name.
    QList<const Distribution *> topLevel() const;

private:
    const Distribution *find(const QString &name) const;

    const QList<Distribution> &m_distributions;
    QHash<QString, const Distribution *> m_byName;                // normalised name -> distribution
    QHash<QString, QList<const Distribution *>> m_requiredBy;     // normalised name -> dependants
};

} // namespace venvdeck
