#include "details/DependencyTreeWidget.h"

#include <QHash>
#include <QLineEdit>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace venvdeck;

namespace {

Distribution distribution(const QString &name, const QString &version, const QStringList &requiresDist = {},
                          bool requested = false)
{
    Distribution result;
    result.name = name;
    result.version = version;
    result.requiresDist = requiresDist;
    result.requested = requested;
    return result;
}

QStringList topLevelNames(const QTreeWidget *tree)
{
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden())
            names.append(tree->topLevelItem(i)->text(0));
    }
    return names;
}

// Every row of the tree, top to bottom.
QList<QTreeWidgetItem *> allItems(const QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> items;
    const auto add = [&items](QTreeWidgetItem *item, const auto &self) -> void {
        items.append(item);
        for (int i = 0; i < item->childCount(); ++i)
            self(item->child(i), self);
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        add(tree->topLevelItem(i), add);
    return items;
}

// chain-0 requires chain-1 and chain-2, chain-1 requires chain-2 and chain-3, ...: every path down the chain is a
// different way to the same packages (a tree of them all would hold millions of rows).
QList<Distribution> crossingChain(int length)
{
    QList<Distribution> packages;
    for (int i = 0; i < length; ++i) {
        QStringList needs;
        for (int next = i + 1; next <= i + 2 && next < length; ++next)
            needs.append(u"chain-%1>=1"_s.arg(next));
        packages.append(distribution(u"chain-%1"_s.arg(i), u"1.0"_s, needs, i == 0));
    }
    return packages;
}

QStringList childNames(const QTreeWidgetItem *item)
{
    QStringList names;
    for (int i = 0; i < item->childCount(); ++i)
        names.append(item->child(i)->text(0));
    return names;
}

} // namespace

class TestDependencyTree final : public QObject
{
    Q_OBJECT

    Environment m_environment;

private slots:
    void initTestCase()
    {
        m_environment.name = u"VCenter_Shell_Driver_4_10"_s;
        m_environment.packages = {
            distribution(u"requests"_s, u"2.31.0"_s,
                         {u"idna<4,>=2.5"_s, u"certifi>=2017.4.17"_s, u"PySocks>=1.5.6; extra == \"socks\""_s}, true),
            distribution(u"idna"_s, u"3.6"_s),
            distribution(u"certifi"_s, u"2023.11.17"_s),
            distribution(u"paramiko"_s, u"2.7.2"_s, {u"bcrypt>=3.1.3"_s, u"idna>=2"_s}, true),
        };
    }

    void showsWhatEachTopLevelPackagePulledIn()
    {
        DependencyTreeWidget widget;
        widget.setEnvironment(m_environment);
        const QTreeWidget *tree = widget.tree();
        QCOMPARE(topLevelNames(tree), (QStringList{u"paramiko"_s, u"requests"_s}));

        const QTreeWidgetItem *requests = tree->topLevelItem(1);
        QCOMPARE(childNames(requests), (QStringList{u"idna"_s, u"certifi"_s, u"PySocks"_s}));
        QCOMPARE(requests->child(0)->text(1), u"3.6"_s);
        QCOMPARE(requests->child(0)->text(2), u"<4,>=2.5"_s);
        QCOMPARE(requests->child(2)->text(1), u"not installed"_s);
        QVERIFY(requests->child(2)->text(3).contains(u"socks"_s));
        // bcrypt is required without a marker and missing: the admin is told.
        const QTreeWidgetItem *paramiko = tree->topLevelItem(0);
        QCOMPARE(paramiko->child(0)->text(1), u"not installed"_s);
        QVERIFY(paramiko->child(0)->text(3).contains(u"missing"_s));
    }

    void turnedAroundShowsWhatRequiresEachPackage()
    {
        DependencyTreeWidget widget;
        widget.setEnvironment(m_environment);
        widget.setDirection(DependencyTreeWidget::Direction::RequiredBy);
        const QTreeWidget *tree = widget.tree();
        QCOMPARE(topLevelNames(tree), (QStringList{u"certifi"_s, u"idna"_s, u"paramiko"_s, u"requests"_s}));
        QCOMPARE(childNames(tree->topLevelItem(1)), (QStringList{u"paramiko"_s, u"requests"_s}));
        QCOMPARE(tree->topLevelItem(3)->childCount(), 0);
    }

    void filterKeepsThePathToAMatch()
    {
        DependencyTreeWidget widget;
        widget.setEnvironment(m_environment);
        widget.findChild<QLineEdit *>(u"dependencyFilter"_s)->setText(u"certifi"_s);
        QCOMPARE(topLevelNames(widget.tree()), QStringList{u"requests"_s});
        widget.clear();
        QCOMPARE(widget.tree()->topLevelItemCount(), 0);
    }

    void crossingChainsAreBuiltOncePerPackage()
    {
        Environment environment;
        environment.packages = crossingChain(40); // 40 packages, 77 requirements
        DependencyTreeWidget widget;
        widget.setEnvironment(environment);
        const QList<QTreeWidgetItem *> items = allItems(widget.tree());
        QVERIFY2(items.size() <= 1 + 77, qPrintable(QString::number(items.size())));
        // Nothing is lost: every package has a row, and exactly one row of each shows what it requires.
        QHash<QString, int> built;
        QSet<QString> names;
        QTreeWidgetItem *pointer = nullptr;
        for (QTreeWidgetItem *item : items) {
            names.insert(item->text(0));
            if (item->childCount() > 0)
                ++built[item->text(0)];
            else if (item->text(3) == u"what it requires is shown above"_s && !pointer)
                pointer = item;
        }
        QCOMPARE(names.size(), 40);
        for (auto it = built.cbegin(); it != built.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QCOMPARE(built.size(), 39); // all but the last, which requires nothing

        // The row that says "shown above" leads to the row that shows it, which is above it.
        QVERIFY(pointer);
        emit widget.tree()->itemActivated(pointer, 0);
        QTreeWidgetItem *current = widget.tree()->currentItem();
        QVERIFY(current && current != pointer);
        QCOMPARE(current->text(0), pointer->text(0));
        QVERIFY(current->childCount() > 0);
        QVERIFY(items.indexOf(current) < items.indexOf(pointer));
        QVERIFY(!current->parent() || current->parent()->isExpanded());

        // The filter follows "shown above": the top of the chain leads to its last package.
        widget.findChild<QLineEdit *>(u"dependencyFilter"_s)->setText(u"chain-39"_s);
        QCOMPARE(topLevelNames(widget.tree()), QStringList{u"chain-0"_s});

        // Turned around, every package is a top-level row and still shows its own dependants.
        widget.findChild<QLineEdit *>(u"dependencyFilter"_s)->clear();
        widget.setDirection(DependencyTreeWidget::Direction::RequiredBy);
        QCOMPARE(widget.tree()->topLevelItemCount(), 40);
        QVERIFY(allItems(widget.tree()).size() <= 40 + 2 * 77);
        const QList<QTreeWidgetItem *> last = widget.tree()->findItems(u"chain-39"_s, Qt::MatchExactly);
        QCOMPARE(last.size(), 1);
        QCOMPARE(childNames(last.first()), (QStringList{u"chain-37"_s, u"chain-38"_s}));
    }

    void aHiddenTabBuildsItsTreeWhenShown()
    {
        // The details pane's Dependencies tab: the window sets every selected environment, the tree follows once
        // the tab is looked at, and the same packages set again keep the tree that is there.
        QTabWidget tabs;
        tabs.addTab(new QWidget, u"Overview"_s);
        auto *widget = new DependencyTreeWidget;
        tabs.addTab(widget, u"Dependencies"_s);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        widget->setEnvironment(m_environment);
        QCOMPARE(widget->tree()->topLevelItemCount(), 0);
        tabs.setCurrentWidget(widget);
        QCOMPARE(topLevelNames(widget->tree()), (QStringList{u"paramiko"_s, u"requests"_s}));
        const QTreeWidgetItem *first = widget->tree()->topLevelItem(0);
        widget->setEnvironment(m_environment);
        QCOMPARE(widget->tree()->topLevelItem(0), first);
        Environment other = m_environment;
        other.packages.removeLast(); // paramiko goes
        widget->setEnvironment(other);
        QCOMPARE(topLevelNames(widget->tree()), QStringList{u"requests"_s});
    }
};

QTEST_MAIN(TestDependencyTree)
#include "tst_dependencytree.moc"
