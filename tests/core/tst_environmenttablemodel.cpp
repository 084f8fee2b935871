#include "model/EnvironmentSummary.h"
#include "model/EnvironmentFilterProxy.h"
#include "model/EnvironmentTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace venvdeck;

namespace {

Distribution package(const QString &name, const QString &version)
{
    Distribution distribution;
    distribution.name = name;
    distribution.version = version;
    distribution.installer = u"pip"_s;
    distribution.metadataPath = u"/srv/venv/x/lib/python3.11/site-packages/%1-%2.dist-info"_s.arg(name, version);
    return distribution;
}

Environment environment(const QString &name, qint64 bytes, Health health = Health::Ok)
{
    Environment e;
    e.name = name;
    e.path = u"/usr/share/QualiSystems/venv/"_s + name;
    e.layout = Layout::Posix;
    e.owner.name = name.section(u'_', 0, -3);
    e.owner.kind = OwnerKind::Driver;
    e.owner.version = name.section(u'_', -2).replace(u'_', u'.');
    e.owner.source = OwnerSource::Name;
    e.pythonVersion = u"3.11.2"_s;
    e.pythonImplementation = u"CPython"_s;
    e.baseInterpreter = u"/usr/bin/python3.11"_s;
    e.baseInterpreterExists = true;
    e.interpreter = e.path + u"/bin/python"_s;
    e.packages = {package(u"cloudshell-core"_s, u"1.0.3"_s), package(u"paramiko"_s, u"2.7.2"_s)};
    e.usage = DiskUsage{bytes, bytes + 4096, 120};
    e.createdAt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    e.modifiedAt = e.createdAt.addDays(1);
    e.lastUsedAt = e.createdAt.addDays(10);
    e.lastUsedSource = LastUsedSource::DriverLogs;
    e.health = health;
    if (health == Health::Broken)
        e.healthReasons = {u"base interpreter /usr/bin/python3.11 is missing"_s};
    else if (health == Health::NotAVenv)
        e.healthReasons = {u"no pyvenv.cfg, no bin/python, no site-packages"_s};
    return e;
}

QVariant cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role);
}

} // namespace

class TestEnvironmentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterThroughBatchesAndResets()
    {
        EnvironmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(EnvironmentTableModel::ColumnCount));
        model.appendEnvironments({environment(u"VCenter_Shell_Driver_4_10"_s, 1000)});
        model.appendEnvironments({environment(u"Juniper_JunOS_Switch_2G_1_21"_s, 5000, Health::Broken),
                                  environment(u"stray-folder_0_0"_s, 10, Health::NotAVenv)});
        model.appendEnvironments({});
        QCOMPARE(model.rowCount(), 3);
        model.setDemoRoot(true);
        model.setEnvironments({environment(u"A_1_1"_s, 1)});
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void appendInsertsABatchWithOneSignal()
    {
        EnvironmentTableModel model;
        model.appendEnvironments({environment(u"A_1_1"_s, 1)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.appendEnvironments({environment(u"B_1_1"_s, 1), environment(u"C_1_1"_s, 1), environment(u"D_1_1"_s, 1)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 3);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.environmentAt(3).name, u"D_1_1"_s);
        QCOMPARE(model.rowOfPath(u"/usr/share/QualiSystems/venv/C_1_1"_s), 2);
        QCOMPARE(model.rowOfPath(u"/nowhere"_s), -1);
    }

    void headersAreNamed()
    {
        EnvironmentTableModel model;
        QCOMPARE(model.headerData(EnvironmentTableModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
        QCOMPARE(model.headerData(EnvironmentTableModel::SizeColumn, Qt::Horizontal).toString(), u"Size"_s);
        QCOMPARE(model.headerData(EnvironmentTableModel::LastUsedColumn, Qt::Horizontal).toString(), u"Last used"_s);
        QCOMPARE(model.headerData(EnvironmentTableModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 u"Health"_s);
        for (int column = EnvironmentTableModel::NameColumn; column < EnvironmentTableModel::ColumnCount; ++column)
            QVERIFY2(!model.headerData(column, Qt::Horizontal).toString().isEmpty(),
                     qPrintable(QString::number(column)));
    }

    void displaysWhatTheScannerKnows()
    {
        EnvironmentTableModel model;
        Environment e = environment(u"VCenter_Shell_Driver_4_10"_s, 3 * 1024 * 1024);
        model.appendEnvironments({e});
        QCOMPARE(cell(model, 0, EnvironmentTableModel::NameColumn).toString(), e.name);
        QCOMPARE(cell(model, 0, EnvironmentTableModel::NameColumn, Qt::ToolTipRole).toString(), e.path);
        QCOMPARE(cell(model, 0, EnvironmentTableModel::OwnerColumn).toString(), u"VCenter_Shell_Driver"_s);
        QCOMPARE(cell(model, 0, EnvironmentTableModel::OwnerVersionColumn).toString(), u"4.10"_s);
        QCOMPARE(cell(model, 0, EnvironmentTableModel::PythonColumn).toString(), u"3.11.2 (CPython)"_s);
        QCOMPARE(cell(model, 0, EnvironmentTableModel::PackagesColumn).toInt(), 2);
        QCOMPARE(cell(model, 0, EnvironmentTableModel::SizeColumn).toString(),
                 QLocale().formattedDataSize(3 * 1024 * 1024));
        QCOMPARE(cell(model, 0, EnvironmentTableModel::LastUsedColumn).toString(),
                 e.lastUsedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        QVERIFY(cell(model, 0, EnvironmentTableModel::StatusColumn).toString().isEmpty());
        QCOMPARE(cell(model, 0, EnvironmentTableModel::StatusColumn, Qt::AccessibleTextRole).toString(), u"OK"_s);
        QCOMPARE(cell(model, 0, EnvironmentTableModel::StatusColumn, EnvironmentTableModel::HealthRole).toInt(),
                 int(Health::Ok));
        QCOMPARE(cell(model, 0, EnvironmentTableModel::OwnerColumn, EnvironmentTableModel::PathRole).toString(),
                 e.path);
        const auto alignment =
            cell(model, 0, EnvironmentTableModel::SizeColumn, Qt::TextAlignmentRole).value<Qt::Alignment>();
        QVERIFY(alignment.testFlag(Qt::AlignRight));
        const Environment back =
            cell(model, 0, EnvironmentTableModel::NameColumn, EnvironmentTableModel::EnvironmentRole)
                .value<Environment>();
        QCOMPARE(back.name, e.name);
        QCOMPARE(back.packages, e.packages);
    }

    void toolTipsNameTheirSources()
    {
        EnvironmentTableModel model;
        Environment fromName = environment(u"VCenter_Shell_Driver_4_10"_s, 1);
        Environment fromRecord = environment(u"Cisco_IOS_3_2"_s, 1);
        fromRecord.owner.source = OwnerSource::Record;
        fromRecord.lastUsedSource = LastUsedSource::FolderTimes;
        model.appendEnvironments({fromName, fromRecord});
        QVERIFY(
            cell(model, 0, EnvironmentTableModel::OwnerColumn, Qt::ToolTipRole).toString().contains(u"folder name"));
        QVERIFY(
            cell(model, 1, EnvironmentTableModel::OwnerColumn, Qt::ToolTipRole).toString().contains(u"venvdeck.json"));
        QVERIFY(cell(model, 0, EnvironmentTableModel::LastUsedColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(describe(LastUsedSource::DriverLogs)));
        QVERIFY(cell(model, 1, EnvironmentTableModel::LastUsedColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(describe(LastUsedSource::FolderTimes)));
    }

    void unknownValuesAreNotMadeUp()
    {
        EnvironmentTableModel model;
        Environment e = environment(u"odd_1_1"_s, 1);
        e.usage.reset();
        e.lastUsedAt = {};
        e.lastUsedSource = LastUsedSource::None;
        e.pythonVersion.clear();
        e.pythonImplementation.clear();
        model.appendEnvironments({e});
        QCOMPARE(cell(model, 0, EnvironmentTableModel::SizeColumn, EnvironmentTableModel::SortRole).toLongLong(), -1);
        QCOMPARE(cell(model, 0, EnvironmentTableModel::SizeColumn, EnvironmentTableModel::SizeFractionRole).toDouble(),
                 0.0);
        QVERIFY(!cell(model, 0, EnvironmentTableModel::LastUsedColumn, EnvironmentTableModel::SortRole)
                     .toDateTime()
                     .isValid());
        QVERIFY(cell(model, 0, EnvironmentTableModel::PythonColumn).toString().isEmpty());
        QVERIFY(!cell(model, 0, EnvironmentTableModel::SizeColumn).toString().contains(u'0'));
    }

    void sortRoleGivesRealValues()
    {
        EnvironmentTableModel model;
        model.appendEnvironments({environment(u"A_4_10"_s, 123456789)});
        const QVariant size = cell(model, 0, EnvironmentTableModel::SizeColumn, EnvironmentTableModel::SortRole);
        QCOMPARE(size.metaType(), QMetaType::fromType<qint64>());
        QCOMPARE(size.toLongLong(), 123456789);
        const QVariant used = cell(model, 0, EnvironmentTableModel::LastUsedColumn, EnvironmentTableModel::SortRole);
        QCOMPARE(used.metaType(), QMetaType::fromType<QDateTime>());
        const QVariant python = cell(model, 0, EnvironmentTableModel::PythonColumn, EnvironmentTableModel::SortRole);
        QCOMPARE(python.metaType(), QMetaType::fromType<VersionSortKey>());
        QCOMPARE(python.value<VersionSortKey>().version, u"3.11.2"_s);
        QVERIFY(VersionSortKey{u"3.9.18"_s} < VersionSortKey{u"3.10.1"_s});
        QVERIFY(!(VersionSortKey{u"3.10"_s} < VersionSortKey{u"3.9"_s}));
        QCOMPARE(cell(model, 0, EnvironmentTableModel::PackagesColumn, EnvironmentTableModel::SortRole).toInt(), 2);
    }

    void sizeFractionFollowsTheLargest()
    {
        EnvironmentTableModel model;
        model.appendEnvironments({environment(u"A_1_1"_s, 100), environment(u"B_1_1"_s, 50)});
        const auto fraction = [&model](int row) {
            return cell(model, row, EnvironmentTableModel::SizeColumn, EnvironmentTableModel::SizeFractionRole)
                .toDouble();
        };
        QCOMPARE(fraction(0), 1.0);
        QCOMPARE(fraction(1), 0.5);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendEnvironments({environment(u"C_1_1"_s, 400)});
        QCOMPARE(model.largestSize(), 400);
        QCOMPARE(changed.size(), 1); // the earlier bars shrink
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(fraction(0), 0.25);
        QCOMPARE(fraction(1), 0.125);
        QCOMPARE(fraction(2), 1.0);
        changed.clear();
        model.appendEnvironments({environment(u"D_1_1"_s, 10)});
        QCOMPARE(changed.size(), 0); // the largest did not change
    }

    void flagsSayBrokenNotAVenvAndDemo()
    {
        EnvironmentTableModel model;
        model.appendEnvironments({environment(u"A_1_1"_s, 1), environment(u"B_1_1"_s, 1, Health::Broken),
                                  environment(u"C_1_1"_s, 1, Health::NotAVenv)});
        const auto flags = [&model](int row) {
            return cell(model, row, EnvironmentTableModel::FlagsColumn, EnvironmentTableModel::FlagsRole)
                .toStringList();
        };
        QCOMPARE(flags(0), QStringList());
        QCOMPARE(flags(1), QStringList{u"broken"_s});
        QCOMPARE(flags(2), QStringList{u"not-a-venv"_s});
        QCOMPARE(cell(model, 1, EnvironmentTableModel::FlagsColumn).toString(), u"broken"_s);
        QVERIFY(cell(model, 1, EnvironmentTableModel::FlagsColumn, Qt::ToolTipRole).toString().contains(u"missing"));
        QVERIFY(cell(model, 1, EnvironmentTableModel::StatusColumn, Qt::ToolTipRole).toString().contains(u"missing"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDemoRoot(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(flags(0), QStringList{u"demo"_s});
        QCOMPARE(flags(1), (QStringList{u"broken"_s, u"demo"_s}));
        QCOMPARE(cell(model, 2, EnvironmentTableModel::FlagsColumn).toString(), u"not a venv, demo"_s);
    }

    void comparesVersionsPartByPart_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("expected");
        QTest::newRow("minor as number") << u"3.9.18"_s << u"3.10.0"_s << -1;
        QTest::newRow("patch as number") << u"2.7.18"_s << u"2.7.9"_s << 1;
        QTest::newRow("equal") << u"1.0.3"_s << u"1.0.3"_s << 0;
        QTest::newRow("trailing zero") << u"1.0"_s << u"1.0.0"_s << 0;
        QTest::newRow("longer is later") << u"1.0"_s << u"1.0.1"_s << -1;
        QTest::newRow("pre-release before release") << u"1.0rc1"_s << u"1.0"_s << -1;
        QTest::newRow("pre-release order") << u"1.0a2"_s << u"1.0b1"_s << -1;
        QTest::newRow("post-release after release") << u"1.0.post1"_s << u"1.0"_s << 1;
        QTest::newRow("build numbers with underscores") << u"4_9"_s << u"4_10"_s << -1;
        QTest::newRow("leading zeros") << u"1.02"_s << u"1.2"_s << 0;
        QTest::newRow("huge numbers") << u"20240101123456789012"_s << u"9"_s << 1;
        QTest::newRow("empty before anything") << QString() << u"0.1"_s << -1;
    }

    void comparesVersionsPartByPart()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(int, expected);
        QCOMPARE(compareVersions(left, right), expected);
        QCOMPARE(compareVersions(right, left), -expected);
    }

    void summarizesEnvironments()
    {
        Environment unsized = environment(u"D_1_1"_s, 0);
        unsized.usage.reset();
        Environment old = environment(u"E_1_1"_s, 5);
        old.pythonVersion = u"2.7"_s;
        Environment newer = environment(u"F_1_1"_s, 5);
        newer.pythonVersion = u"3.9.18"_s;
        const Environments all{environment(u"A_1_1"_s, 100),
                               environment(u"B_1_1"_s, 20, Health::Broken),
                               environment(u"C_1_1"_s, 3, Health::NotAVenv),
                               unsized,
                               old,
                               newer};
        const EnvironmentSummary summary = summarize(all);
        QCOMPARE(summary.count, 6);
        QCOMPARE(summary.broken, 1);
        QCOMPARE(summary.notAVenv, 1);
        QCOMPARE(summary.totalApparentBytes, 133);
        QCOMPARE(summary.totalAllocatedBytes, 133 + 5 * 4096);
        QVERIFY(summary.sizesKnown);
        QVERIFY(!summarize({unsized}).sizesKnown);
        QCOMPARE(summarize({}), EnvironmentSummary());
        QCOMPARE(pythonMajorMinors(all), (QStringList{u"3.11"_s, u"3.9"_s, u"2.7"_s}));
        QCOMPARE(pythonMajorMinor(u"3.12.0rc1"_s), u"3.12"_s);
        QCOMPARE(pythonMajorMinor(u"3"_s), QString());
    }

    // What a check for updates found: shown, filtered on, and dropped once the packages change.
    void updatesFromACheck()
    {
        EnvironmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Environment a = environment(u"A_1_1"_s, 1024);
        Environment b = environment(u"B_1_1"_s, 2048);
        model.appendEnvironments({a, b});
        QCOMPARE(cell(model, 0, 0, EnvironmentTableModel::UpdatesRole).toInt(), -1);

        EnvironmentStatus status;
        status.name = a.name;
        status.path = a.path;
        for (const Distribution &distribution : a.packages) {
            PackageStatus package;
            package.name = distribution.name;
            package.installed = distribution.version;
            package.found = true;
            status.packages.append(package);
        }
        status.packages[1].selection.updateAvailable = true;
        status.packages[1].selection.latestAllowed = u"3.4.0"_s;
        status.updates = 1;
        model.setUpdatesChecking({a.name, b.name});
        QCOMPARE(cell(model, 1, EnvironmentTableModel::UpdatesColumn).toString(), u"checking…"_s);
        model.setUpdateStatuses({status});
        QCOMPARE(cell(model, 0, 0, EnvironmentTableModel::UpdatesRole).toInt(), 1);
        QVERIFY(cell(model, 0, EnvironmentTableModel::UpdatesColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"paramiko 2.7.2 \u2192 3.4.0"_s));
        QCOMPARE(model.environmentsWithUpdates(), 1);

        EnvironmentFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setQuickFilter(EnvironmentFilterProxy::QuickFilter::UpdatesAvailable);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, EnvironmentTableModel::NameColumn).data().toString(), a.name);

        // paramiko was upgraded since: the check no longer describes A.
        a.packages[1].version = u"3.4.0"_s;
        model.setEnvironments({a, b});
        QCOMPARE(cell(model, 0, 0, EnvironmentTableModel::UpdatesRole).toInt(), -1);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentTableModel)
#include "tst_environmenttablemodel.moc"
