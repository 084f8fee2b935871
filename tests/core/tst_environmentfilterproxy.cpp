#include "model/EnvironmentFilterProxy.h"
#include "model/EnvironmentGroupModel.h"
#include "model/EnvironmentTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace venvdeck;

namespace {

Distribution package(const QString &name, const QString &version)
{
    Distribution distribution;
    distribution.name = name;
    distribution.version = version;
    return distribution;
}

Environment environment(const QString &name, const QString &owner, const QString &python, qint64 bytes,
                        const QList<Distribution> &packages, Health health = Health::Ok)
{
    Environment e;
    e.name = name;
    e.path = u"/usr/share/QualiSystems/venv/"_s + name;
    e.layout = Layout::Posix;
    e.owner.name = owner;
    e.owner.kind = OwnerKind::Driver;
    e.owner.version = name.section(u'_', -2);
    e.pythonVersion = python;
    e.pythonImplementation = u"CPython"_s;
    e.packages = packages;
    e.usage = DiskUsage{bytes, bytes, 10};
    e.health = health;
    return e;
}

// Five environments shaped like an execution server's: two drivers at two builds, a script, a broken and a stray.
Environments fixture()
{
    Environment vcenterOld =
        environment(u"VCenter_Shell_Driver_4_9"_s, u"VCenter Shell Driver"_s, u"3.9.18"_s, 9000,
                    {package(u"cloudshell-core"_s, u"1.0.3"_s), package(u"paramiko"_s, u"2.7.2"_s)});
    vcenterOld.lastUsedAt = QDateTime(QDate(2024, 1, 5), QTime(10, 0), Qt::UTC);
    Environment vcenterNew =
        environment(u"VCenter_Shell_Driver_4_10"_s, u"VCenter Shell Driver"_s, u"3.10.12"_s, 120'000'000,
                    {package(u"cloudshell-core"_s, u"1.0.3"_s), package(u"paramiko"_s, u"2.11.0"_s),
                     package(u"PyYAML"_s, u"6.0"_s)});
    vcenterNew.lastUsedAt = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
    Environment script =
        environment(u"Default Sandbox Setup 2.0_1_638E3583A1B2C3D4E5F60718293A4B5C"_s, u"Default Sandbox Setup 2.0"_s,
                    u"3.11.2"_s, 40'000, {package(u"cloudshell_orch_core"_s, u"3.5.0"_s)});
    Environment broken = environment(u"Juniper_JunOS_Switch_2G_1_21"_s, u"Juniper JunOS Switch 2G"_s, u"3.11.7"_s,
                                     500'000, {package(u"paramiko"_s, u"2.8.0"_s)}, Health::Broken);
    Environment stray = environment(u"notes"_s, u"notes"_s, QString(), 12, {}, Health::NotAVenv);
    return {vcenterOld, vcenterNew, script, broken, stray};
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, EnvironmentTableModel::NameColumn).data().toString());
    return result;
}

} // namespace

class TestEnvironmentFilterProxy : public QObject
{
    Q_OBJECT

private:
    EnvironmentTableModel *m_model = nullptr;
    EnvironmentFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    QStringList shown()
    {
        QStringList result = names(*m_proxy);
        result.sort();
        return result;
    }

private slots:
    void init()
    {
        m_model = new EnvironmentTableModel(this);
        m_proxy = new EnvironmentFilterProxy(this);
        m_proxy->setSourceModel(m_model);
        m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        const Environments all = fixture();
        m_model->appendEnvironments(all.mid(0, 2));
        m_model->appendEnvironments(all.mid(2));
    }

    void cleanup()
    {
        delete m_tester;
        delete m_proxy;
        delete m_model;
    }

    void showsEverythingByDefault() { QCOMPARE(m_proxy->rowCount(), 5); }

    void searchMatchesNameOwnerAndPackages_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name part, any case") << u"junos"_s << QStringList{u"Juniper_JunOS_Switch_2G_1_21"_s};
        QTest::newRow("owner with a space")
            << u"Sandbox"_s << QStringList{u"Default Sandbox Setup 2.0_1_638E3583A1B2C3D4E5F60718293A4B5C"_s};
        QTest::newRow("package name") << u"PYYAML"_s << QStringList{u"VCenter_Shell_Driver_4_10"_s};
        QTest::newRow("package name normalised")
            << u"cloudshell-orch"_s << QStringList{u"Default Sandbox Setup 2.0_1_638E3583A1B2C3D4E5F60718293A4B5C"_s};
        QTest::newRow("all terms must match") << u"vcenter yaml"_s << QStringList{u"VCenter_Shell_Driver_4_10"_s};
        QTest::newRow("nothing") << u"ansible"_s << QStringList();
        QTest::newRow("blank shows all") << u"   "_s
                                         << QStringList{
                                                u"Default Sandbox Setup 2.0_1_638E3583A1B2C3D4E5F60718293A4B5C"_s,
                                                u"Juniper_JunOS_Switch_2G_1_21"_s, u"VCenter_Shell_Driver_4_10"_s,
                                                u"VCenter_Shell_Driver_4_9"_s, u"notes"_s};
    }

    void searchMatchesNameOwnerAndPackages()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        m_proxy->setSearchText(search);
        QCOMPARE(shown(), expected);
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void packageSpecComparesVersionsAsNumbers_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        // 2.11.0 is not below 2.8, although it is as text: the comparison must be numeric.
        QTest::newRow("below") << u"paramiko<2.8"_s << QStringList{u"VCenter_Shell_Driver_4_9"_s};
        QTest::newRow("at most") << u"paramiko<=2.8"_s
                                 << QStringList{u"Juniper_JunOS_Switch_2G_1_21"_s, u"VCenter_Shell_Driver_4_9"_s};
        QTest::newRow("above, spaces") << u"paramiko > 2.8"_s << QStringList{u"VCenter_Shell_Driver_4_10"_s};
        QTest::newRow("at least") << u"Paramiko>=2.8.0"_s
                                  << QStringList{u"Juniper_JunOS_Switch_2G_1_21"_s, u"VCenter_Shell_Driver_4_10"_s};
        QTest::newRow("exact, trailing zero") << u"paramiko==2.8"_s << QStringList{u"Juniper_JunOS_Switch_2G_1_21"_s};
        QTest::newRow("not equal needs the package")
            << u"paramiko!=2.8"_s << QStringList{u"VCenter_Shell_Driver_4_10"_s, u"VCenter_Shell_Driver_4_9"_s};
        QTest::newRow("normalised name") << u"cloudshell_core==1.0.3"_s
                                         << QStringList{u"VCenter_Shell_Driver_4_10"_s, u"VCenter_Shell_Driver_4_9"_s};
        QTest::newRow("with a text term")
            << u"paramiko>=2.8 juniper"_s << QStringList{u"Juniper_JunOS_Switch_2G_1_21"_s};
    }

    void packageSpecComparesVersionsAsNumbers()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        m_proxy->setSearchText(search);
        QCOMPARE(shown(), expected);
    }

    void parsesPackageSpecs()
    {
        const auto spec = parsePackageSpec(u"paramiko<2.8"_s);
        QVERIFY(spec.has_value());
        QCOMPARE(spec->name, u"paramiko"_s);
        QCOMPARE(spec->comparison, PackageSpec::Comparison::Less);
        QCOMPARE(spec->version, u"2.8"_s);
        QCOMPARE(parsePackageSpec(u" zope.interface >= 5.0 "_s)->comparison, PackageSpec::Comparison::GreaterOrEqual);
        QCOMPARE(parsePackageSpec(u"a!=1"_s)->comparison, PackageSpec::Comparison::NotEqual);
        QCOMPARE(parsePackageSpec(u"a==1.0rc1"_s)->version, u"1.0rc1"_s);
        QVERIFY(!parsePackageSpec(u"paramiko"_s));
        QVERIFY(!parsePackageSpec(u"<2.8"_s));
        QVERIFY(!parsePackageSpec(u"paramiko<"_s));
        QVERIFY(!parsePackageSpec(u"paramiko=2.8"_s));
    }

    void quickFilters()
    {
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::Broken);
        QCOMPARE(shown(), QStringList{u"Juniper_JunOS_Switch_2G_1_21"_s});
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::NotAVenv);
        QCOMPARE(shown(), QStringList{u"notes"_s});
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::Python, u"3.11"_s);
        QCOMPARE(shown(), (QStringList{u"Default Sandbox Setup 2.0_1_638E3583A1B2C3D4E5F60718293A4B5C"_s,
                                       u"Juniper_JunOS_Switch_2G_1_21"_s}));
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::Python, u"3.1"_s);
        QCOMPARE(shown(), QStringList()); // 3.10 and 3.11 are not 3.1
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::Python, u"3.10"_s);
        QCOMPARE(shown(), QStringList{u"VCenter_Shell_Driver_4_10"_s});
        m_proxy->setSearchText(u"paramiko"_s); // combines with the search
        QCOMPARE(shown(), QStringList{u"VCenter_Shell_Driver_4_10"_s});
        m_proxy->setSearchText(u"junos"_s);
        QCOMPARE(shown(), QStringList());
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::All);
        QCOMPARE(shown(), QStringList{u"Juniper_JunOS_Switch_2G_1_21"_s});
        QCOMPARE(m_proxy->pythonFilter(), QString());
    }

    void newRowsAreFilteredToo()
    {
        m_proxy->setSearchText(u"ansible"_s);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_model->appendEnvironments({environment(u"Ansible_Driver_1_2"_s, u"Ansible Driver"_s, u"3.11.2"_s, 1, {})});
        QCOMPARE(names(*m_proxy), QStringList{u"Ansible_Driver_1_2"_s});
    }

    void sortsByValue_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::newRow("size as bytes") << int(EnvironmentTableModel::SizeColumn)
                                       << QStringList{u"notes"_s, u"VCenter_Shell_Driver_4_9"_s,
                                                      u"Default Sandbox Setup 2.0_1_638E3583A1B2C3D4E5F60718293A4B5C"_s,
                                                      u"Juniper_JunOS_Switch_2G_1_21"_s,
                                                      u"VCenter_Shell_Driver_4_10"_s};
        QTest::newRow("python as version")
            << int(EnvironmentTableModel::PythonColumn)
            << QStringList{u"notes"_s, u"VCenter_Shell_Driver_4_9"_s, u"VCenter_Shell_Driver_4_10"_s,
                           u"Default Sandbox Setup 2.0_1_638E3583A1B2C3D4E5F60718293A4B5C"_s,
                           u"Juniper_JunOS_Switch_2G_1_21"_s};
        // Unknown times first, ties broken by name.
        QTest::newRow("last used as time")
            << int(EnvironmentTableModel::LastUsedColumn)
            << QStringList{u"Default Sandbox Setup 2.0_1_638E3583A1B2C3D4E5F60718293A4B5C"_s,
                           u"Juniper_JunOS_Switch_2G_1_21"_s, u"notes"_s, u"VCenter_Shell_Driver_4_9"_s,
                           u"VCenter_Shell_Driver_4_10"_s};
        QTest::newRow("packages as count")
            << int(EnvironmentTableModel::PackagesColumn)
            << QStringList{u"notes"_s, u"Default Sandbox Setup 2.0_1_638E3583A1B2C3D4E5F60718293A4B5C"_s,
                           u"Juniper_JunOS_Switch_2G_1_21"_s, u"VCenter_Shell_Driver_4_9"_s,
                           u"VCenter_Shell_Driver_4_10"_s};
        QTest::newRow("status, then name")
            << int(EnvironmentTableModel::StatusColumn)
            << QStringList{u"Default Sandbox Setup 2.0_1_638E3583A1B2C3D4E5F60718293A4B5C"_s,
                           u"VCenter_Shell_Driver_4_10"_s, u"VCenter_Shell_Driver_4_9"_s,
                           u"Juniper_JunOS_Switch_2G_1_21"_s, u"notes"_s};
    }

    void sortsByValue()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        m_proxy->sort(column, Qt::AscendingOrder);
        QCOMPARE(names(*m_proxy), ascending);
        m_proxy->sort(column, Qt::DescendingOrder);
        QStringList descending = names(*m_proxy);
        std::reverse(descending.begin(), descending.end());
        if (column != EnvironmentTableModel::StatusColumn && column != EnvironmentTableModel::LastUsedColumn)
            QCOMPARE(descending, ascending);
        QCOMPARE(names(*m_proxy).first(), ascending.last());
    }

    void groupsByOwnerNewestFirstAndFollowsTheFilter()
    {
        EnvironmentGroupModel groups;
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::Fatal);
        groups.setSourceModel(m_proxy);
        QStringList owners;
        for (int row = 0; row < groups.rowCount(); ++row)
            owners.append(groups.index(row, EnvironmentTableModel::NameColumn).data().toString());
        QCOMPARE(owners, (QStringList{u"Default Sandbox Setup 2.0"_s, u"Juniper JunOS Switch 2G"_s, u"notes"_s,
                                      u"VCenter Shell Driver"_s}));

        const QModelIndex vcenter = groups.index(3, 0);
        QVERIFY(groups.isOwnerRow(vcenter));
        QCOMPARE(groups.rowCount(vcenter), 2);
        QVERIFY(groups.index(3, EnvironmentTableModel::OwnerColumn)
                    .data()
                    .toString()
                    .startsWith(u"2 environment"_s)); // no translator here: "environment(s)"
        // Build 4_10 is newer than 4_9: numbers, not text.
        const QModelIndex newest = groups.index(0, EnvironmentTableModel::NameColumn, vcenter);
        QCOMPARE(newest.data().toString(), u"VCenter_Shell_Driver_4_10"_s);
        QCOMPARE(groups.index(1, EnvironmentTableModel::NameColumn, vcenter).data().toString(),
                 u"VCenter_Shell_Driver_4_9"_s);
        // The owner row adds the sizes up and carries the worst health of its environments.
        QCOMPARE(groups.index(3, EnvironmentTableModel::SizeColumn).data().toString(),
                 QLocale().formattedDataSize(120'009'000));
        QCOMPARE(groups.index(1, 0).data(EnvironmentTableModel::HealthRole).toInt(), int(Health::Broken));

        // Rows map both ways onto the filter proxy, so the details pane and actions find the environment.
        const QModelIndex source = groups.mapToSource(newest);
        QCOMPARE(source.data().toString(), u"VCenter_Shell_Driver_4_10"_s);
        QCOMPARE(groups.mapFromSource(source), newest);
        QVERIFY(!groups.mapToSource(vcenter).isValid());

        // The search box narrows the groups too, and new rows land in their group.
        m_proxy->setSearchText(u"paramiko"_s);
        QCOMPARE(groups.rowCount(), 2);
        m_proxy->setSearchText(QString());
        m_model->appendEnvironments({environment(u"VCenter_Shell_Driver_4_11"_s, u"VCenter Shell Driver"_s,
                                                 u"3.11.2"_s, 1, {})});
        QCOMPARE(groups.rowCount(groups.index(3, 0)), 3);
        QCOMPARE(groups.index(0, EnvironmentTableModel::NameColumn, groups.index(3, 0)).data().toString(),
                 u"VCenter_Shell_Driver_4_11"_s);

        // Inactive (no view shows it), it holds nothing and follows no change; active again, it is current.
        groups.setActive(false);
        QCOMPARE(groups.rowCount(), 0);
        m_model->appendEnvironments({environment(u"Ansible_Driver_1_1"_s, u"Ansible Driver"_s, u"3.11.2"_s, 1, {})});
        QCOMPARE(groups.rowCount(), 0);
        groups.setActive(true);
        QCOMPARE(groups.rowCount(), 5);
        QCOMPARE(groups.index(0, EnvironmentTableModel::NameColumn).data().toString(), u"Ansible Driver"_s);
    }

    void ownerVersionSortsBuildNumbersAsNumbers()
    {
        m_proxy->setSearchText(u"vcenter"_s);
        m_proxy->sort(EnvironmentTableModel::OwnerVersionColumn, Qt::AscendingOrder);
        QCOMPARE(names(*m_proxy), (QStringList{u"VCenter_Shell_Driver_4_9"_s, u"VCenter_Shell_Driver_4_10"_s}));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentFilterProxy)
#include "tst_environmentfilterproxy.moc"
