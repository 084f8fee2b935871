#pragma once

#include "cleanup/CleanupStatus.h"
#include "index/OutdatedCheck.h"
#include "model/Environment.h"

#include <QAbstractTableModel>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace venvdeck {

// A version as a sort value: compares part by part as numbers (compareVersions), so 3.10 sorts after 3.9.
struct VersionSortKey
{
    QString version;

    friend bool operator<(const VersionSortKey &a, const VersionSortKey &b);
    friend bool operator==(const VersionSortKey &a, const VersionSortKey &b);
};

// The environments of one root as a table (one row per direct child of the root). Lives in core: QtCore only,
// no icons or colours; views turn HealthRole and SizeFractionRole into pictures.
class EnvironmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        NameColumn,
        OwnerColumn,
        OwnerVersionColumn,
        PythonColumn,
        PackagesColumn,
        SizeColumn,
        LastUsedColumn,
        FlagsColumn,
        UpdatesColumn, // what the last check for updates found (shown after the packages column)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // real values: qint64 sizes, VersionSortKey versions, QDateTime times
        EnvironmentRole,             // the whole venvdeck::Environment
        HealthRole,                  // venvdeck::Health as int (any column)
        SizeFractionRole,            // double 0..1: apparent size relative to the largest (size column)
        FlagsRole,                   // QStringList of stable flag keys: "broken", "not-a-venv", "demo", the
                                     // staleness rules ("superseded", ...), "proposed", "pinned", "pending-removal",
                                     // "in-use"
        PathRole,                    // the environment's absolute path (any column)
        UpdatesRole,                 // int: updates the last check found; -1 when not checked (any column)
    };
    Q_ENUM(Role)

    explicit EnvironmentTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEnvironments(const Environments &environments); // replaces everything (one reset)
    void appendEnvironments(const Environments &batch);     // one beginInsertRows for the whole batch
    void clear();

    // What cleanup knows (staleness, pins, pending removal, processes), keyed by folder name; shown in the flags
    // column and filtered on by the proxy. Cleared with the environments.
    void setCleanupStatus(const QHash<QString, CleanupStatus> &byName);
    const CleanupStatus *cleanupStatusOf(const Environment &environment) const;
    bool hasCleanupStatus() const { return m_hasCleanupStatus; }
    const QHash<QString, CleanupStatus> &cleanupStatus() const { return m_cleanup; }

 // What checks for updates found, keyed by folder name (OutdatedCheck's EnvironmentStatus). A status is shown
    // only while it describes what the environment has installed (describesInstalled); it survives rescans and is
    // forgotten by clearUpdateStatus() (another root). One dataChanged per batch.
    void setUpdateStatuses(const QList<EnvironmentStatus> &statuses);
    void setUpdatesChecking(const QStringList &names); // shown as "checking…" until their status arrives
    void clearUpdatesChecking();
    void clearUpdateStatus();
    const EnvironmentStatus *updateStatusOf(const Environment &environment) const;
    int updatesOf(const Environment &environment) const; // -1 when not known
    int environmentsWithUpdates() const;
    bool hasUpdateStatus() const { return !m_updates.isEmpty(); }

    // Every environment is labelled "demo" in the flags column (the root is VenvDeck's demo root).
    void setDemoRoot(bool demo);
    bool isDemoRoot() const { return m_demoRoot; }

    const Environments &environments() const { return m_environments; }
    const Environment &environmentAt(int row) const { return m_environments.at(row); }
    // packageSearchText() of the row's environment, made when the row came (the search box reads it per key press).
    const QString &packageSearchTextAt(int row) const { return m_packageSearchText.at(row); }
    int rowOfPath(const QString &path) const; // -1 when not present
    qint64 largestSize() const { return m_largestSize; }

    // Stable keys of the flags that apply to an environment (FlagsRole) and their translated words.
    QStringList flagKeys(const Environment &environment) const;
    static QString describeFlag(const QString &key);

private:
    QVariant displayData(const Environment &environment, int column) const;
    QVariant sortData(const Environment &environment, int column) const;
    QVariant toolTipData(const Environment &environment, int column) const;
    void notifySizeFractionsChanged();

    Environments m_environments;
    QStringList m_packageSearchText; // by row, as m_environments
    qint64 m_largestSize = 0;
    bool m_demoRoot = false;
    QHash<QString, CleanupStatus> m_cleanup;
    bool m_hasCleanupStatus = false;
    QHash<QString, EnvironmentStatus> m_updates;
    QSet<QString> m_updatesChecking;
    void notifyUpdatesChanged();
};

} // namespace venvdeck

Q_DECLARE_METATYPE(venvdeck::VersionSortKey)
