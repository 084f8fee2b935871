#include "builds/BuildsPanel.h"

#include "builds/BuildQueue.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {
constexpr int idRole = Qt::UserRole + 1;
}

BuildsPanel::BuildsPanel(BuildQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"buildsList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    m_list->header()->setSectionResizeMode(ActionsColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(NameColumn, 260);
    m_list->setColumnWidth(ProgressColumn, 140);
    layout->addWidget(m_list, 1);
    auto *bar = new QHBoxLayout;
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"buildsSummary"_s);
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(u"clearFinishedButton"_s);
    bar->addWidget(m_emptyLabel, 1);
    bar->addWidget(m_clearButton);
    layout->addLayout(bar);

    connect(m_clearButton, &QPushButton::clicked, m_queue, &BuildQueue::clearFinished);
    connect(m_queue, &BuildQueue::jobAdded, this, &BuildsPanel::addJob);
    connect(m_queue, &BuildQueue::jobChanged, this, &BuildsPanel::updateJob);
    connect(m_queue, &BuildQueue::jobsCleared, this, &BuildsPanel::rebuild);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openLog(item->data(NameColumn, idRole).toInt());
    });
    retranslate();
    rebuild();
}

void BuildsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BuildsPanel::retranslate()
{
    m_list->setHeaderLabels({tr("Environment"), tr("State"), tr("Progress"), QString()});
    m_list->setAccessibleName(tr("Builds"));
    m_clearButton->setText(tr("C&lear Finished"));
    m_clearButton->setToolTip(tr("Remove the builds that have ended from this list"));
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        updateJob(it.key());
}

void BuildsPanel::rebuild()
{
    m_list->clear();
    m_items.clear();
    for (const BuildQueue::Job &job : m_queue->jobs())
        addJob(job.id);
    updateJob(0);
}

void BuildsPanel::addJob(int id)
{
    const BuildQueue::Job *job = m_queue->job(id);
    if (!job)
        return;
    auto *item = new QTreeWidgetItem(m_list);
    item->setData(NameColumn, idRole, id);
    item->setText(NameColumn, job->name);
    item->setToolTip(NameColumn, QDir::toNativeSeparators(QDir(job->root).filePath(job->name)));
    auto *progress = new QProgressBar;
    progress->setObjectName(u"buildProgress"_s);
    progress->setTextVisible(false);
    progress->setMaximumHeight(m_list->fontMetrics().height() + 4);
    m_list->setItemWidget(item, ProgressColumn, progress);
    auto *buttons = new QWidget;
    auto *buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    auto *cancel = new QPushButton(buttons);
    cancel->setObjectName(u"cancelBuildButton"_s);
    auto *log = new QPushButton(buttons);
    log->setObjectName(u"openLogButton"_s);
    buttonLayout->addWidget(cancel);
    buttonLayout->addWidget(log);
    m_list->setItemWidget(item, ActionsColumn, buttons);
    connect(cancel, &QPushButton::clicked, this, [this, id] { m_queue->cancel(id); });
    connect(log, &QPushButton::clicked, this, [this, id] { openLog(id); });
    m_items.insert(id, item);
    updateJob(id);
}

void BuildsPanel::updateJob(int id)
{
    if (const BuildQueue::Job *job = m_queue->job(id); job && m_items.contains(id)) {
        QTreeWidgetItem *item = m_items.value(id);
        item->setText(StateColumn, describeJobState(*job));
        item->setToolTip(StateColumn, job->result ? job->result->details.join(u'\n') : QString());
        if (auto *progress = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn))) {
            // pip gives no running count of what it installed: indeterminate until the build ends.
            if (job->isRunning() && job->progress.stage != BuildStage::Queued)
                progress->setRange(0, 0);
            else
                progress->setRange(0, 1), progress->setValue(job->result && job->result->ok ? 1 : 0);
        }
        if (QWidget *buttons = m_list->itemWidget(item, ActionsColumn)) {
            auto *cancel = buttons->findChild<QPushButton *>(u"cancelBuildButton"_s);
            cancel->setText(tr("Cancel"));
            cancel->setToolTip(tr("Cancel the build of %1").arg(job->name));
            cancel->setEnabled(job->isRunning());
            auto *log = buttons->findChild<QPushButton *>(u"openLogButton"_s);
            log->setText(tr("Log"));
            log->setToolTip(tr("Show the log of the build of %1").arg(job->name));
        }
    }
    const int running = m_queue->runningCount();
    const int finished = int(m_queue->jobs().size()) - running;
    m_emptyLabel->setText(m_queue->jobs().isEmpty()
                              ? tr("No builds yet: File → Build from Package… starts one.")
                              : tr("%n running", nullptr, running) + u"  \u00b7  "_s +
                                    tr("%n finished", nullptr, finished));
    m_clearButton->setEnabled(finished > 0);
}

void BuildsPanel::openLog(int id)
{
    const BuildQueue::Job *job = m_queue->job(id);
    if (!job)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"buildLogDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Build Log — %1").arg(job->name));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(u"buildLogText"_s);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(job->log.join(u'\n'));
    auto *state = new QLabel(describeJobState(*job), dialog);
    state->setWordWrap(true);
    state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (job->result && !job->result->logPath.isEmpty())
        state->setText(state->text() + u'\n' + tr("Log file: %1").arg(QDir::toNativeSeparators(job->result->logPath)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    layout->addWidget(text, 1);
    layout->addWidget(state);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(m_queue, &BuildQueue::logLine, dialog, [text, id](int lineId, const QString &line) {
        if (lineId == id)
            text->appendPlainText(line);
    });
    connect(m_queue, &BuildQueue::jobChanged, dialog, [this, state, id](int changedId) {
        if (const BuildQueue::Job *changed = m_queue->job(changedId); changed && changedId == id)
            state->setText(describeJobState(*changed));
    });
    dialog->resize(760, 460);
    dialog->show();
}

} // namespace venvdeck
