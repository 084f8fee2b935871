#include "details/DependencyTreeWidget.h"

#include "model/DependencyGraph.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// Each package's subtree is built once, so the tree stays small however deep the chains go; the cap only keeps a
// pathological METADATA (a chain of hundreds) from a deep recursion, and says where it stopped.
constexpr int maxDepth = 100;
constexpr int shownAboveRole = Qt::UserRole; // on a "shown above" row: the normalised name of the row it points to

QString requirementText(const Requirement &requirement)
{
    QString text = requirement.specifier;
    if (!requirement.marker.isEmpty())
        text += (text.isEmpty() ? u"; "_s : u" ; "_s) + requirement.marker;
    return text;
}

} // namespace

DependencyTreeWidget::DependencyTreeWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_direction = new QComboBox(this);
    m_direction->setObjectName(u"dependencyDirection"_s);
    m_direction->addItem(QString(), int(Direction::DependsOn));
    m_direction->addItem(QString(), int(Direction::RequiredBy));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"dependencyFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"dependencySummary"_s);
    bar->addWidget(m_direction);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"dependencyTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(PackageColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(InstalledColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(RequirementColumn, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);

    connect(m_direction, &QComboBox::currentIndexChanged, this, &DependencyTreeWidget::rebuild);
    connect(m_filter, &QLineEdit::textChanged, this, &DependencyTreeWidget::applyFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, &DependencyTreeWidget::showFirst);
    retranslate();
}

void DependencyTreeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // the notes and the summary are composed there
    }
    QWidget::changeEvent(event);
}

void DependencyTreeWidget::retranslate()
{
    m_direction->setAccessibleName(tr("Direction of the dependency tree"));
    m_direction->setItemText(0, tr("What each package requires"));
    m_direction->setItemText(1, tr("What requires each package"));
    m_filter->setPlaceholderText(tr("Filter by package name"));
    m_filter->setAccessibleName(tr("Filter dependencies"));
    m_tree->setAccessibleName(tr("Dependency tree"));
    m_tree->setHeaderLabels({tr("Package"), tr("Installed"), tr("Requirement"), tr("Note")});
}

void DependencyTreeWidget::setEnvironment(const Environment &environment)
{
    // The same packages again (the window re-selects the current row after a rescan or a cleanup check): the tree
    // stays as it is.
    const bool same = !m_stale && environment.path == m_environment.path &&
                      environment.packages == m_environment.packages && m_tree->topLevelItemCount() > 0;
    m_environment = environment;
    if (!same)
        rebuildWhenShown();
}

void DependencyTreeWidget::rebuildWhenShown()
{
    m_stale = parentWidget() && !isVisible();
    if (!m_stale)
        rebuild();
}

void DependencyTreeWidget::showEvent(QShowEvent *event)
{
    if (m_stale)
        rebuild();
    QWidget::showEvent(event);
}

void DependencyTreeWidget::clear()
{
    m_environment = {};
    rebuildWhenShown();
}

void DependencyTreeWidget::setDirection(Direction direction)
{
    m_direction->setCurrentIndex(m_direction->findData(int(direction)));
}

void DependencyTreeWidget::rebuild()
{
    m_stale = false;
    m_built.clear();
    m_tree->clear();
    const DependencyGraph graph(m_environment.packages);
    const auto direction = Direction(m_direction->currentData().toInt());
    QList<const Distribution *> roots;
    if (direction == Direction::DependsOn)
        roots = graph.topLevel();
    if (direction == Direction::RequiredBy || (roots.isEmpty() && !m_environment.packages.isEmpty())) {
        roots.clear(); // (everything in a cycle has no top: then every package is a root)
        for (const Distribution &distribution : std::as_const(m_environment.packages))
            roots.append(&distribution);
        std::sort(roots.begin(), roots.end(), [](const Distribution *a, const Distribution *b) {
            return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
        });
    }
    for (const Distribution *distribution : std::as_const(roots)) {
        auto *item = new QTreeWidgetItem(m_tree, {distribution->name, distribution->version});
        QStringList path{normalizedProjectName(distribution->name)};
        // A top-level row always shows its own level; below it, what was built above is pointed to.
        if (direction == Direction::DependsOn) {
            item->setText(NoteColumn, distribution->requested ? tr("installed on request") : tr("required by nothing"));
            addDependencies(item, *distribution, graph, path);
        } else {
            addDependants(item, *distribution, graph, path);
            if (item->childCount() == 0)
                item->setText(NoteColumn, tr("required by nothing installed here"));
        }
        if (item->childCount() > 0 && !m_built.contains(path.first()))
            m_built.insert(path.first(), item);
    }
    if (direction == Direction::DependsOn)
        m_tree->expandToDepth(0);
    m_summary->setText(direction == Direction::DependsOn
                           ? tr("%n top-level package(s)", nullptr, int(roots.size()))
                           : tr("%n package(s)", nullptr, int(roots.size())));
    applyFilter(m_filter->text());
}

void DependencyTreeWidget::addDependencies(QTreeWidgetItem *parent, const Distribution &distribution,
                                           const DependencyGraph &graph, QStringList &path)
{
    for (const DependencyGraph::Dependency &dependency : graph.dependenciesOf(distribution)) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(PackageColumn, dependency.installed ? dependency.installed->name : dependency.requirement.name);
        item->setText(RequirementColumn, requirementText(dependency.requirement));
        const bool optional = !dependency.requirement.extra.isEmpty();
        if (!dependency.installed) {
            item->setText(InstalledColumn, tr("not installed"));
            item->setText(NoteColumn, optional ? tr("optional, for the extra '%1'").arg(dependency.requirement.extra)
                                      : dependency.requirement.marker.isEmpty()
                                          ? tr("missing: pip check would report it")
                                          : tr("only where its marker applies"));
            item->setForeground(PackageColumn, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
            continue;
        }
        item->setText(InstalledColumn, dependency.installed->version);
        if (optional)
            item->setText(NoteColumn, tr("optional, for the extra '%1'").arg(dependency.requirement.extra));
        descend(item, *dependency.installed, path, graph,
                [&](const Distribution &next) { addDependencies(item, next, graph, path); });
    }
}

void DependencyTreeWidget::addDependants(QTreeWidgetItem *parent, const Distribution &distribution,
                                         const DependencyGraph &graph, QStringList &path)
{
    for (const Distribution *dependant : graph.requiredBy(distribution)) {
        auto *item = new QTreeWidgetItem(parent, {dependant->name, dependant->version});
        descend(item, *dependant, path, graph, [&](const Distribution &next) { addDependants(item, next, graph, path); });
    }
}

void DependencyTreeWidget::descend(QTreeWidgetItem *item, const Distribution &next, QStringList &path,
                                   const DependencyGraph &graph,
                                   const std::function<void(const Distribution &)> &addChildren)
{
    const QString key = normalizedProjectName(next.name);
    if (path.contains(key)) {
        item->setText(NoteColumn, tr("cycle: already shown above"));
        return;
    }
    const bool down = Direction(m_direction->currentData().toInt()) == Direction::DependsOn;
    if (m_built.contains(key)) {
        const QString note = down ? tr("what it requires is shown above") : tr("what requires it is shown above");
        item->setText(NoteColumn, note);
        // The note column can be scrolled out of sight by a deep chain: the name says it too.
        for (const int column : {int(PackageColumn), int(NoteColumn)})
            item->setToolTip(column, tr("%1. Double-click to go to the row that shows it.").arg(note));
        item->setData(PackageColumn, shownAboveRole, key);
        return;
    }
    if (path.size() >= maxDepth) {
        if (down ? !graph.dependenciesOf(next).isEmpty() : !graph.requiredBy(next).isEmpty())
            item->setText(NoteColumn, tr("not followed further: %n level(s) deep", nullptr, maxDepth));
        return;
    }
    path.append(key);
    addChildren(next);
    path.removeLast();
    if (item->childCount() > 0)
        m_built.insert(key, item); // complete now: later rows of this package point here
}

void DependencyTreeWidget::showFirst(QTreeWidgetItem *item)
{
    QTreeWidgetItem *first = item ? m_built.value(item->data(PackageColumn, shownAboveRole).toString()) : nullptr;
    if (!first)
        return;
    m_tree->scrollToItem(first); // expands the rows that lead to it
    m_tree->setCurrentItem(first);
}

void DependencyTreeWidget::applyFilter(const QString &text)
{
    // A top-level row stays when it or anything below it matches, so the path to a match stays visible; a "shown
    // above" row matches as the row it points to does (each row is looked at once).
    QHash<const QTreeWidgetItem *, bool> known;
    const auto matches = [this, &text, &known](QTreeWidgetItem *item, const auto &self) -> bool {
        if (const auto it = known.constFind(item); it != known.cend())
            return *it;
        bool any = item->text(PackageColumn).contains(text, Qt::CaseInsensitive);
        for (int i = 0; i < item->childCount(); ++i)
            any = self(item->child(i), self) || any;
        if (QTreeWidgetItem *first = m_built.value(item->data(PackageColumn, shownAboveRole).toString()))
            any = self(first, self) || any;
        known.insert(item, any);
        return any;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setHidden(!text.isEmpty() && !matches(item, matches));
    }
}

} // namespace venvdeck
