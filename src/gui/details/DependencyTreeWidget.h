#pragma once

#include "model/Environment.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace venvdeck {

class DependencyGraph;

// The Dependencies tab: the Requires-Dist tree of one environment, either from what was installed on purpose
// down to what it pulled in, or turned around, from each package up to what requires it. Each package's subtree is
// built once, where it first appears (top to bottom); further rows of that package say "shown above" and jump to it
// when activated, so the tree holds at most a row per package and per requirement however the chains cross.
class DependencyTreeWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class Direction { DependsOn, RequiredBy };

    explicit DependencyTreeWidget(QWidget *parent = nullptr);

    void setEnvironment(const Environment &environment);
    void clear();
    void setDirection(Direction direction);
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum Column { PackageColumn, InstalledColumn, RequirementColumn, NoteColumn, ColumnCount };

    void retranslate();
    void rebuild();
    // Builds the tree now, or when the widget is next shown if it is a hidden tab: the window sets the current
    // environment on every change of the selection, and a big tree costs far more than its tab is looked at.
    void rebuildWhenShown();
    bool m_stale = false;
    void addDependencies(QTreeWidgetItem *parent, const Distribution &distribution, const DependencyGraph &graph,
                         QStringList &path);
    void addDependants(QTreeWidgetItem *parent, const Distribution &distribution, const DependencyGraph &graph,
                       QStringList &path);
    // Adds `next`'s subtree under `item` unless it would close a cycle, go too deep, or was built above already.
    void descend(QTreeWidgetItem *item, const Distribution &next, QStringList &path, const DependencyGraph &graph,
                 const std::function<void(const Distribution &)> &addChildren);
    void applyFilter(const QString &text);
    void showFirst(QTreeWidgetItem *item); // a "shown above" row: select the row whose subtree is built

    QHash<QString, QTreeWidgetItem *> m_built; // normalised name -> the row that holds its subtree

    Environment m_environment;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace venvdeck
