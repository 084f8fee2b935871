#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace venvdeck {

class BuildQueue;

// The Builds panel (a dock of the window): every build of the queue with its name, state, progress and
// Cancel; double-click or Log opens the build's log, which follows the build while it runs.
class BuildsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BuildsPanel(BuildQueue *queue, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    void openLog(int id); // a window of its own that follows the log

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Column
    {
        NameColumn,
        StateColumn,
        ProgressColumn,
        ActionsColumn
    };

    void retranslate();
    void addJob(int id);
    void updateJob(int id);
    void rebuild();

    BuildQueue *m_queue;
    QTreeWidget *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_clearButton = nullptr;
    QHash<int, QTreeWidgetItem *> m_items;
};

} // namespace venvdeck
