#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>

namespace venvdeck {

// The environments grouped by owner, as a tree: one row per owner at the top, its environments below it, the
// newest owner version first. Sits over a flat model with EnvironmentTableModel's columns and roles (the filter
// proxy, so search and quick filters apply) and rebuilds itself whenever that model changes; the scanner hands
// rows over in batches, so that is a few times a second at most. Owner rows show the owner's name, how many
// environments it has (in the owner column), their total size, and the worst health among them.
class EnvironmentGroupModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit EnvironmentGroupModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source);
    QAbstractItemModel *sourceModel() const { return m_source; }
    // Off while no view shows it (the window's flat table is up): then it holds no rows and follows no change of
    // the source, since each rebuild reads every environment and resets the tree, several times per batch of rows
    // a scan hands over. On again, it rebuilds. On by default.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    bool isOwnerRow(const QModelIndex &index) const;
    QModelIndex mapToSource(const QModelIndex &index) const;        // invalid for an owner row
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const; // the environment's row in its group

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString owner;
        QList<int> sourceRows; // newest first
        qint64 bytes = 0;
        bool sized = false;
        int worstHealth = 0; // venvdeck::Health as int: broken over not-a-venv over ok
    };

    void rebuild();
    QVariant ownerData(const Group &group, int column, int role) const;

    QPointer<QAbstractItemModel> m_source;
    bool m_active = true;
    QList<Group> m_groups;
    QHash<int, std::pair<int, int>> m_positionOfSourceRow; // source row -> (group, row in group)
};

} // namespace venvdeck
