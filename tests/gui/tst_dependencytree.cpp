#include "details/DependencyTreeWidget.h"

#include <QLineEdit>
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
