#pragma once

#include "model/Environment.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace venvdeck {

// "paramiko<2.8": environments that have a package at a version the comparison accepts. Versions compare part by
// part as numbers (compareVersions); names compare PEP 503-normalised.
struct PackageSpec
{
    enum class Comparison
    {
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Equal,
        NotEqual
    };

    QString name;
    Comparison comparison = Comparison::Equal;
    QString version;

    bool operator==(const PackageSpec &) const = default;
    bool matches(const Environment &environment) const;
};

// What a plain search term is looked for in among an environment's packages: each name as its METADATA spells it
// and in its PEP 503 form, one per line (a term never holds a line break, so it cannot match across two names).
// Made once per environment, not on each key press: 80,000 packages took 150 ms to normalise.
QString packageSearchText(const Environment &environment);

// One search term as a package spec, or nullopt when it is plain text. Spaces around the operator are allowed.
std::optional<PackageSpec> parsePackageSpec(const QString &term);

// What the search box and quick filter let through, over an EnvironmentTableModel, sorted by its SortRole.
class EnvironmentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class QuickFilter
    {
        All,
        Broken,
        NotAVenv,
        Python,
        Stale,          // proposed for removal by the staleness rules
        InUse,          // a process uses it
        PendingRemoval, // flagged for removal at the next restart
        UpdatesAvailable // the last check for updates found some (EnvironmentTableModel::UpdatesRole > 0)
    };
    Q_ENUM(QuickFilter)

    explicit EnvironmentFilterProxy(QObject *parent = nullptr);

    // Whitespace-separated terms, all of which must match: plain text matches the folder name, the owner or an
    // installed package name (case-insensitive, anywhere); "name<op>version" (< <= > >= == !=) a package version.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Python: only environments whose Python is `pythonMajorMinor` ("3.11").
    void setQuickFilter(QuickFilter filter, const QString &pythonMajorMinor = {});
    QuickFilter quickFilter() const { return m_quickFilter; }
    QString pythonFilter() const { return m_pythonFilter; }

    // `updates`: what the last check for updates found (-1: not checked). `packageNames`: the environment's
    // packageSearchText() when the caller keeps it (EnvironmentTableModel does), else it is made here.
    bool acceptsEnvironment(const Environment &environment, const QStringList &flags, int updates = -1,
                            const QString *packageNames = nullptr) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Term
    {
        QString text;           // lower case plain text; empty for a package spec
        QString normalizedText; // PEP 503 form of text, to match "cloudshell_core" against "cloudshell-core"
        std::optional<PackageSpec> spec;
    };

    QString m_searchText;
    QList<Term> m_terms;
    QuickFilter m_quickFilter = QuickFilter::All;
    QString m_pythonFilter;
};

} // namespace venvdeck
