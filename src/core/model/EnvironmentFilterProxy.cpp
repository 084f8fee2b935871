#include "model/EnvironmentFilterProxy.h"

#include "model/EnvironmentSummary.h"
#include "model/EnvironmentTableModel.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

const QRegularExpression &specPattern()
{
    // A project name as PEP 508 allows it, one comparison, a version without spaces.
    static const QRegularExpression pattern(
        u"^\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(<=|>=|==|!=|<|>)\\s*([A-Za-z0-9][A-Za-z0-9.*+!_-]*)\\s*$"_s);
    return pattern;
}

// "paramiko < 2.8" becomes "paramiko<2.8", so that splitting on whitespace keeps a spec together.
QString joinOperators(const QString &text)
{
    static const QRegularExpression spacedOperator(u"\\s*(<=|>=|==|!=|<|>)\\s*"_s);
    QString joined = text;
    return joined.replace(spacedOperator, u"\\1"_s);
}

} // namespace

QString packageSearchText(const Environment &environment)
{
    QString text;
    for (const Distribution &distribution : environment.packages) {
        text += distribution.name;
        text += u'\n';
        text += normalizedProjectName(distribution.name);
        text += u'\n';
    }
    return text;
}

std::optional<PackageSpec> parsePackageSpec(const QString &term)
{
    const QRegularExpressionMatch match = specPattern().match(term);
    if (!match.hasMatch())
        return std::nullopt;
    PackageSpec spec;
    spec.name = match.captured(1);
    spec.version = match.captured(3);
    const QString op = match.captured(2);
    if (op == u"<")
        spec.comparison = PackageSpec::Comparison::Less;
    else if (op == u"<=")
        spec.comparison = PackageSpec::Comparison::LessOrEqual;
    else if (op == u">")
        spec.comparison = PackageSpec::Comparison::Greater;
    else if (op == u">=")
        spec.comparison = PackageSpec::Comparison::GreaterOrEqual;
    else if (op == u"!=")
        spec.comparison = PackageSpec::Comparison::NotEqual;
    else
        spec.comparison = PackageSpec::Comparison::Equal;
    return spec;
}

bool PackageSpec::matches(const Environment &environment) const
{
    const Distribution *distribution = environment.findPackage(name);
    if (!distribution)
        return false;
    const int order = compareVersions(distribution->version, version);
    switch (comparison) {
    case Comparison::Less:
        return order < 0;
    case Comparison::LessOrEqual:
        return order <= 0;
    case Comparison::Greater:
        return order > 0;
    case Comparison::GreaterOrEqual:
        return order >= 0;
    case Comparison::Equal:
        return order == 0;
    case Comparison::NotEqual:
        break;
    }
    return order != 0;
}

EnvironmentFilterProxy::EnvironmentFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EnvironmentTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void EnvironmentFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    QList<Term> terms;
    const QStringList words = joinOperators(text).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        Term term;
        term.spec = parsePackageSpec(word);
        if (!term.spec) {
            term.text = word.toLower();
            term.normalizedText = normalizedProjectName(word);
        }
        terms.append(term);
    }
    m_terms = terms;
    invalidateRowsFilter();
}

void EnvironmentFilterProxy::setQuickFilter(QuickFilter filter, const QString &pythonMajorMinor)
{
    const QString python = filter == QuickFilter::Python ? pythonMajorMinor : QString();
    if (filter == m_quickFilter && python == m_pythonFilter)
        return;
    m_quickFilter = filter;
    m_pythonFilter = python;
    invalidateRowsFilter();
}

bool EnvironmentFilterProxy::acceptsEnvironment(const Environment &environment, const QStringList &flags,
                                                int updates, const QString *packageNames) const
{
    switch (m_quickFilter) {
    case QuickFilter::All:
        break;
    case QuickFilter::Broken:
        if (environment.health != Health::Broken)
            return false;
        break;
    case QuickFilter::NotAVenv:
        if (environment.health != Health::NotAVenv)
            return false;
        break;
    case QuickFilter::Python:
        if (pythonMajorMinor(environment.pythonVersion) != m_pythonFilter)
            return false;
        break;
    case QuickFilter::Stale:
        if (!flags.contains(u"proposed"))
            return false;
        break;
    case QuickFilter::InUse:
        if (!flags.contains(u"in-use"))
            return false;
        break;
    case QuickFilter::PendingRemoval:
        if (!flags.contains(u"pending-removal"))
            return false;
        break;
    case QuickFilter::UpdatesAvailable:
        if (updates <= 0)
            return false;
        break;
    }

    QString madeHere;
    for (const Term &term : m_terms) {
        if (term.spec) {
            if (!term.spec->matches(environment))
                return false;
            continue;
        }
        const auto contains = [&term](const QString &value) { return value.contains(term.text, Qt::CaseInsensitive); };
        if (contains(environment.name) || contains(environment.owner.name))
            continue;
        if (!packageNames) {
            madeHere = packageSearchText(environment);
            packageNames = &madeHere;
        }
        if (!contains(*packageNames) && !packageNames->contains(term.normalizedText))
            return false;
    }
    return true;
}

bool EnvironmentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    // The flags and the updates only for the quick filters that read them: every row passes here on each key press.
    const bool readsFlags = m_quickFilter == QuickFilter::Stale || m_quickFilter == QuickFilter::InUse ||
                            m_quickFilter == QuickFilter::PendingRemoval;
    const QStringList flags = readsFlags ? index.data(EnvironmentTableModel::FlagsRole).toStringList() : QStringList();
    const QVariant updates =
        m_quickFilter == QuickFilter::UpdatesAvailable ? index.data(EnvironmentTableModel::UpdatesRole) : QVariant();
    const int updateCount = updates.isValid() ? updates.toInt() : -1;
    if (const auto *table = qobject_cast<const EnvironmentTableModel *>(sourceModel()))
        return acceptsEnvironment(table->environmentAt(sourceRow), flags, updateCount,
                                  &table->packageSearchTextAt(sourceRow));
    // Any other model that offers the environment role.
    const QVariant value = index.data(EnvironmentTableModel::EnvironmentRole);
    return value.canConvert<Environment>() && acceptsEnvironment(value.value<Environment>(), flags, updateCount);
}

bool EnvironmentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    int order = 0;
    if (leftValue.metaType() == QMetaType::fromType<VersionSortKey>() &&
        rightValue.metaType() == QMetaType::fromType<VersionSortKey>()) {
        order = compareVersions(leftValue.value<VersionSortKey>().version, rightValue.value<VersionSortKey>().version);
    } else if (QSortFilterProxyModel::lessThan(left, right)) {
        order = -1;
    } else if (QSortFilterProxyModel::lessThan(right, left)) {
        order = 1;
    }
    if (order != 0)
        return order < 0;
    // Equal values: the folder names decide, so the order never depends on the order of the scan.
    const QModelIndex leftName = left.siblingAtColumn(EnvironmentTableModel::NameColumn);
    const QModelIndex rightName = right.siblingAtColumn(EnvironmentTableModel::NameColumn);
    return leftName.data(Qt::DisplayRole)
               .toString()
               .compare(rightName.data(Qt::DisplayRole).toString(), Qt::CaseInsensitive) < 0;
}

} // namespace venvdeck
