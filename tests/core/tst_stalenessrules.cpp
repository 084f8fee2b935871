// The staleness rules and keep rules on hand-made environments: every rule, every keep rule, pins, policy.
#include "cleanup/StalenessRules.h"
#include "scan/OwnerResolver.h"

#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

Environment byName(const QString &name, const QString &python)
{
    Environment environment;
    environment.name = name;
    environment.path = u"/root/"_s + name;
    environment.owner = ownerFromFolderName(name);
    environment.pythonVersion = python;
    environment.createdAt = now.addSecs(-60);
    return environment;
}

Environment byRecord(const QString &name, const QString &owner, const QString &version, const QString &python)
{
    Environment environment = byName(name, python);
    OwnershipRecord record;
    record.owner = owner;
    record.ownerKind = OwnerKind::Driver;
    record.ownerVersion = version;
    record.builtAt = now.addSecs(-120);
    environment.record = record;
    environment.owner = ownerFromRecord(record);
    return environment;
}

QStringList rules(const Staleness &staleness)
{
    QStringList names;
    for (const StaleReason &reason : staleness.reasons)
        names.append(keyword(reason.rule));
    return names;
}

StalenessOptions options()
{
    StalenessOptions result;
    result.now = now;
    return result;
}

} // namespace

class TestStalenessRules final : public QObject
{
    Q_OBJECT

private slots:
    void compareOwnerVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("record");
        QTest::addColumn<int>("expected"); // -1, 0, 1; 2: cannot be compared
        QTest::newRow("build numbers numerically") << u"4_9"_s << u"4_10"_s << false << -1;
        QTest::newRow("major first") << u"5_1"_s << u"4_10"_s << false << 1;
        QTest::newRow("equal") << u"4_10"_s << u"4_10"_s << false << 0;
        QTest::newRow("leading zeros") << u"4_010"_s << u"4_10"_s << false << 0;
        QTest::newRow("huge") << u"1_99999999999999999999"_s << u"1_100000000000000000000"_s << false << -1;
        QTest::newRow("name not PEP 440 ordered") << u"1.0rc1"_s << u"1.0"_s << false << 2;
        QTest::newRow("record PEP 440 rc") << u"1.0rc1"_s << u"1.0"_s << true << -1;
        QTest::newRow("record PEP 440 post") << u"1.0.post1"_s << u"1.0"_s << true << 1;
        QTest::newRow("record PEP 440 dev") << u"1.0.dev1"_s << u"1.0a1"_s << true << -1;
        QTest::newRow("record PEP 440 epoch") << u"1!0.1"_s << u"2.0"_s << true << 1;
        QTest::newRow("record PEP 440 local") << u"1.0+build.2"_s << u"1.0"_s << true << 1;
        QTest::newRow("record trailing zeros") << u"1.0.0"_s << u"1"_s << true << 0;
        QTest::newRow("record build numbers") << u"4_9"_s << u"4_10"_s << true << -1;
        QTest::newRow("record garbage") << u"latest"_s << u"1.0"_s << true << 2;
        QTest::newRow("empty") << QString() << u"1.0"_s << true << 2;
    }

    void compareOwnerVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, record);
        QFETCH(int, expected);
        Owner left{u"Owner"_s, OwnerKind::Driver, a, {}, record ? OwnerSource::Record : OwnerSource::Name};
        Owner right = left;
        right.version = b;
        const std::optional<int> result = venvdeck::compareOwnerVersions(left, right);
        if (expected == 2) {
            QVERIFY(!result);
        } else {
            QVERIFY(result);
            QCOMPARE((*result > 0) - (*result < 0), expected);
        }
    }

    void differentOwnersOrSourcesNeverCompare()
    {
        const Owner a{u"A"_s, OwnerKind::Driver, u"1_1"_s, {}, OwnerSource::Name};
        Owner b = a;
        b.name = u"B"_s;
        QVERIFY(!venvdeck::compareOwnerVersions(a, b));
        b = a;
        b.kind = OwnerKind::Script;
        QVERIFY(!venvdeck::compareOwnerVersions(a, b));
        b = a;
        b.source = OwnerSource::Record;
        QVERIFY(!venvdeck::compareOwnerVersions(a, b));
    }

    void supersededAndKeepRules()
    {
        const Environments environments{byName(u"Drv_1_2"_s, u"3.9.18"_s), byName(u"Drv_1_10"_s, u"3.9.18"_s),
                                        byName(u"Drv_1_9"_s, u"3.9.18"_s), byName(u"Drv_2_1"_s, u"3.11.2"_s)};
        const QHash<QString, Staleness> result = evaluateStaleness(environments, options());
        // 2_1 is the newest: kept, no reason.
        QCOMPARE(rules(result[u"Drv_2_1"_s]), QStringList());
        QVERIFY(!result[u"Drv_2_1"_s].keptBecause.isEmpty());
        QVERIFY(!result[u"Drv_2_1"_s].proposed);
        // 1_10 is superseded and on another Python, but the newest for Python 3.9: kept.
        QCOMPARE(rules(result[u"Drv_1_10"_s]), (QStringList{u"superseded"_s, u"python-mismatch"_s}));
        QVERIFY(result[u"Drv_1_10"_s].keptBecause.contains(u"3.9"_s));
        QVERIFY(!result[u"Drv_1_10"_s].proposed);
        // 1_9 and 1_2: superseded by 2_1 (the highest), numerically below 1_10: proposed.
        for (const QString &name : {u"Drv_1_9"_s, u"Drv_1_2"_s}) {
            QVERIFY2(result[name].proposed, qPrintable(name));
            QVERIFY(result[name].reasons.first().reason.contains(u"Drv_2_1"_s));
            QVERIFY(result[name].keptBecause.isEmpty());
        }
        QVERIFY(result[u"Drv_1_9"_s].reasons.at(1).reason.contains(u"3.11"_s));
    }

    void sameVersionOnAnotherPythonBuiltLater()
    {
        // A script's venvs carry its version and a uid: the same script on another Python ties on the version.
        Environment older = byName(u"Setup 2.0_1_4D96040DAC02F346B5AD4CF4AE41900B"_s, u"3.10.13"_s);
        Environment newer = byName(u"Setup 2.0_1_638E3583A1F04C2B9D7E5A6B4C3D2E1F"_s, u"3.11.2"_s);
        QCOMPARE(older.owner.kind, OwnerKind::Script);
        older.createdAt = now.addDays(-9);
        newer.createdAt = now.addDays(-1);
        StalenessOptions noValidity = options();
        noValidity.validityMinutes = 0; // refresh-due would apply to both: not what this test looks at
        QHash<QString, Staleness> result = evaluateStaleness({older, newer}, noValidity);
        QCOMPARE(rules(result[older.name]), QStringList{u"python-mismatch"_s});
        QVERIFY(result[older.name].reasons.first().reason.contains(newer.name));
        QVERIFY(result[older.name].reasons.first().reason.contains(u"3.11"_s));
        QCOMPARE(rules(result[newer.name]), QStringList());
        // Still the newest venv for Python 3.10: shown, never proposed.
        QVERIFY(!result[older.name].keptBecause.isEmpty());
        QVERIFY(!result[older.name].proposed);

        // Same Python, or a build time that is not known: no reason.
        newer.pythonVersion = u"3.10.4"_s;
        result = evaluateStaleness({older, newer}, noValidity);
        QCOMPARE(rules(result[older.name]), QStringList());
        newer.pythonVersion = u"3.11.2"_s;
        older.createdAt = QDateTime();
        older.modifiedAt = QDateTime();
        result = evaluateStaleness({older, newer}, noValidity);
        QCOMPARE(rules(result[older.name]), QStringList());
        QCOMPARE(rules(result[newer.name]), QStringList());
    }

    void keepNewestPerOwner()
    {
        const Environments environments{byRecord(u"r1"_s, u"Rec"_s, u"1.0rc1"_s, u"3.11.2"_s),
                                        byRecord(u"r2"_s, u"Rec"_s, u"1.0"_s, u"3.11.2"_s),
                                        byRecord(u"r3"_s, u"Rec"_s, u"1.0.post1"_s, u"3.11.2"_s),
                                        byRecord(u"r0"_s, u"Rec"_s, u"1.0.dev1"_s, u"3.11.2"_s)};
        StalenessOptions keepOne = options();
        QHash<QString, Staleness> result = evaluateStaleness(environments, keepOne);
        QVERIFY(!result[u"r3"_s].proposed);
        QVERIFY(result[u"r2"_s].proposed);
        QVERIFY(result[u"r1"_s].proposed);
        QVERIFY(result[u"r0"_s].proposed);
        QVERIFY(result[u"r1"_s].reasons.first().reason.contains(u"r3"_s));

        StalenessOptions keepThree = options();
        keepThree.keepNewest = 3;
        result = evaluateStaleness(environments, keepThree);
        QVERIFY(!result[u"r3"_s].proposed);
        QVERIFY(!result[u"r2"_s].proposed);
        QVERIFY(!result[u"r1"_s].proposed);
        QVERIFY(result[u"r0"_s].proposed);
        QVERIFY(result[u"r1"_s].keptBecause.contains(u"3"_s));

        StalenessOptions keepZero = options();
        keepZero.keepNewest = 0; // at least one is always kept
        result = evaluateStaleness(environments, keepZero);
        QVERIFY(!result[u"r3"_s].proposed);
    }

    void pinsAndPolicy()
    {
        const Environments environments{byName(u"Drv_1_1"_s, u"3.9.1"_s), byName(u"Drv_1_2"_s, u"3.9.1"_s),
                                        byName(u"Drv_1_3"_s, u"3.9.1"_s)};
        StalenessOptions pinned = options();
        pinned.pinned = {u"Drv_1_1"_s};
        QHash<QString, Staleness> result = evaluateStaleness(environments, pinned);
        QVERIFY(result[u"Drv_1_1"_s].pinned);
        QVERIFY(result[u"Drv_1_1"_s].hasReason(StaleRule::Superseded)); // still shown
        QVERIFY(!result[u"Drv_1_1"_s].proposed);
        QVERIFY(result[u"Drv_1_2"_s].proposed);

        StalenessOptions brokenOnly = options();
        brokenOnly.policy = {StaleRule::Broken};
        result = evaluateStaleness(environments, brokenOnly);
        QVERIFY(!result[u"Drv_1_1"_s].proposed);
        QVERIFY(!result[u"Drv_1_2"_s].proposed);
    }

    void brokenNewestIsProposedUnlessPinned()
    {
        Environment newest = byName(u"Drv_1_3"_s, u"3.9.1"_s);
        newest.health = Health::Broken;
        newest.healthReasons = {u"bin/python is missing"_s};
        const Environments environments{byName(u"Drv_1_2"_s, u"3.9.1"_s), newest};
        QHash<QString, Staleness> result = evaluateStaleness(environments, options());
        QVERIFY(result[u"Drv_1_3"_s].proposed);
        QCOMPARE(result[u"Drv_1_3"_s].reasons.first().rule, StaleRule::Broken);
        QCOMPARE(result[u"Drv_1_3"_s].reasons.first().reason, u"bin/python is missing"_s);
        StalenessOptions pinned = options();
        pinned.pinned = {u"Drv_1_3"_s};
        QVERIFY(!evaluateStaleness(environments, pinned)[u"Drv_1_3"_s].proposed);
    }

    void unusedShowsItsSource()
    {
        Environment lonely = byName(u"Lonely_1_1"_s, u"3.11.2"_s);
        lonely.lastUsedAt = now.addDays(-40);
        lonely.lastUsedSource = LastUsedSource::DriverLogs;
        Environment old = byName(u"Lonely_1_0"_s, u"3.11.2"_s);
        old.lastUsedAt = now.addDays(-29);
        old.lastUsedSource = LastUsedSource::FolderTimes;
        Environment unknown = byName(u"Unknown_Thing"_s, u"3.11.2"_s); // never used as far as anyone knows
        QHash<QString, Staleness> result = evaluateStaleness({lonely, old, unknown}, options());
        QVERIFY(result[u"Lonely_1_1"_s].hasReason(StaleRule::Unused));
        QVERIFY(result[u"Lonely_1_1"_s].reasons.first().reason.contains(describe(LastUsedSource::DriverLogs)));
        QVERIFY(result[u"Lonely_1_1"_s].reasons.first().reason.contains(u"40"_s));
        QVERIFY(!result[u"Lonely_1_1"_s].proposed); // the newest of its owner
        QVERIFY(!result[u"Lonely_1_0"_s].hasReason(StaleRule::Unused));
        QVERIFY(!result[u"Unknown_Thing"_s].hasReason(StaleRule::Unused));

        StalenessOptions off = options();
        off.unusedDays = 0;
        QVERIFY(!evaluateStaleness({lonely}, off)[u"Lonely_1_1"_s].hasReason(StaleRule::Unused));
    }

    void refreshDueIsNeverAReasonToRemove()
    {
        Environment built = byRecord(u"Old_1"_s, u"Old"_s, u"1.0"_s, u"3.11.2"_s);
        built.record->builtAt = now.addSecs(-9 * 3600);
        Environment older = byRecord(u"Old_0"_s, u"Old"_s, u"0.9"_s, u"3.11.2"_s);
        older.record->builtAt = now.addSecs(-9 * 3600);
        StalenessOptions everything = options();
        everything.policy = {StaleRule::RefreshDue};
        const QHash<QString, Staleness> result = evaluateStaleness({built, older}, everything);
        QCOMPARE(rules(result[u"Old_1"_s]), QStringList{u"refresh-due"_s});
        QVERIFY(result[u"Old_1"_s].reasons.first().reason.contains(u"480"_s));
        QVERIFY(!result[u"Old_1"_s].proposed);
        QVERIFY(!result[u"Old_0"_s].proposed); // superseded, but the policy has only refresh-due

        StalenessOptions longer = options();
        longer.validityMinutes = 600;
        QVERIFY(!evaluateStaleness({built}, longer)[u"Old_1"_s].hasReason(StaleRule::RefreshDue));
    }

    void whenInDoubtNothingIsSuperseded()
    {
        // Incomparable versions, mixed sources, unknown owners, things that are not venvs.
        const Environments environments{byRecord(u"a"_s, u"Same"_s, u"latest"_s, u"3.11.2"_s),
                                        byRecord(u"b"_s, u"Same"_s, u"1.0"_s, u"3.11.2"_s),
                                        byName(u"Same_1_1"_s, u"3.11.2"_s),
                                        byName(u"Same_1_0"_s, u"3.11.2"_s),
                                        byName(u"random-folder"_s, u"3.11.2"_s),
                                        byName(u"Script_2_0123456789ABCDEF0123456789ABCDEF"_s, u"3.9.1"_s)};
        Environment notVenv = byName(u"Drv_9_9"_s, QString());
        notVenv.health = Health::NotAVenv;
        Environments all = environments;
        all.append(notVenv);
        all.append(byName(u"Drv_1_1"_s, u"3.9.1"_s));
        const QHash<QString, Staleness> result = evaluateStaleness(all, options());
        QVERIFY(!result[u"a"_s].proposed);
        QVERIFY(!result[u"b"_s].proposed);
        QVERIFY(!result[u"Same_1_1"_s].proposed);
        QVERIFY(result[u"Same_1_0"_s].proposed); // name-sourced build numbers do compare among themselves
        QVERIFY(!result[u"random-folder"_s].proposed);
        QVERIFY(!result[u"Script_2_0123456789ABCDEF0123456789ABCDEF"_s].proposed);
        QCOMPARE(rules(result[u"Drv_9_9"_s]), QStringList());
        QVERIFY(!result[u"Drv_9_9"_s].proposed);
        QVERIFY(!result[u"Drv_1_1"_s].proposed); // a not-a-venv never supersedes anything
    }

    void ruleKeywordsRoundTrip()
    {
        for (StaleRule rule : {StaleRule::Superseded, StaleRule::PythonMismatch, StaleRule::Broken, StaleRule::Unused,
                               StaleRule::RefreshDue})
            QCOMPARE(staleRuleFromString(keyword(rule)), rule);
        QVERIFY(!staleRuleFromString(u"everything"_s));
        QVERIFY(!removableRules().contains(StaleRule::RefreshDue));
    }
};

QTEST_GUILESS_MAIN(TestStalenessRules)
#include "tst_stalenessrules.moc"
