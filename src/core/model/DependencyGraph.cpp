#include "model/DependencyGraph.h"

#include "model/Environment.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

std::optional<Requirement> parseRequirement(const QString &text)
{
    // PEP 508's name, optional extras in brackets, then a version specifier or `@ url`, then `; marker`.
    static const QRegularExpression pattern(
        uR"(^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*([^;]*?)\s*(?:;\s*(.*?))?\s*$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Requirement requirement;
    requirement.name = match.captured(1);
    for (const QString &extra : match.captured(2).split(u',', Qt::SkipEmptyParts)) {
        if (!extra.trimmed().isEmpty())
            requirement.extras.append(extra.trimmed());
    }
    requirement.specifier = match.captured(3).trimmed();
    if (requirement.specifier.startsWith(u'(') && requirement.specifier.endsWith(u')'))
        requirement.specifier = requirement.specifier.mid(1, requirement.specifier.size() - 2).trimmed();
    requirement.marker = match.captured(4).trimmed();
    static const QRegularExpression extraMarker(uR"(\bextra\s*==\s*["']([^"']+)["'])"_s);
    requirement.extra = extraMarker.match(requirement.marker).captured(1);
    return requirement;
}

DependencyGraph::DependencyGraph(const QList<Distribution> &distributions)
    : m_distributions(distributions)
{
    for (const Distribution &distribution : distributions)
        m_byName.insert(normalizedProjectName(distribution.name), &distribution);
    for (const Distribution &distribution : distributions) {
        for (const QString &line : distribution.requiresDist) {
            const std::optional<Requirement> requirement = parseRequirement(line);
            if (!requirement)
                continue;
            QList<const Distribution *> &dependants = m_requiredBy[normalizedProjectName(requirement->name)];
            if (!dependants.contains(&distribution))
                dependants.append(&distribution);
        }
    }
}

const Distribution *DependencyGraph::find(const QString &name) const
{
    return m_byName.value(normalizedProjectName(name));
}

QList<DependencyGraph::Dependency> DependencyGraph::dependenciesOf(const Distribution &distribution) const
{
    QList<Dependency> dependencies;
    for (const QString &line : distribution.requiresDist) {
        if (std::optional<Requirement> requirement = parseRequirement(line))
            dependencies.append({*requirement, find(requirement->name)});
    }
    return dependencies;
}

namespace {

void sortByName(QList<const Distribution *> &distributions)
{
    std::sort(distributions.begin(), distributions.end(), [](const Distribution *a, const Distribution *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
}

} // namespace

QList<const Distribution *> DependencyGraph::requiredBy(const Distribution &distribution) const
{
    QList<const Distribution *> dependants = m_requiredBy.value(normalizedProjectName(distribution.name));
    dependants.removeAll(&distribution);
    sortByName(dependants);
    return dependants;
}

QList<const Distribution *> DependencyGraph::topLevel() const
{
    QList<const Distribution *> roots;
    for (const Distribution &distribution : m_distributions) {
        if (requiredBy(distribution).isEmpty())
            roots.append(&distribution);
    }
    sortByName(roots);
    return roots;
}

} // namespace venvdeck
