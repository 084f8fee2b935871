#include "scan/OwnerResolver.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace venvdeck;

Q_DECLARE_METATYPE(venvdeck::OwnerKind)

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(test::dataPath(u"records/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

OwnershipRecord sampleRecord()
{
    OwnershipRecord record;
    record.owner = u"Cisco IOS Switch 2G"_s;
    record.ownerKind = OwnerKind::Driver;
    record.ownerVersion = u"1.3.0"_s;
    record.pythonVersion = u"3.11.4"_s;
    record.requirementsSha256 = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    record.builtAt = QDateTime(QDate(2024, 5, 2), QTime(7, 41, 9), Qt::UTC);
    record.builtBy = u"venvdeck 0.1.0"_s;
    return record;
}

} // namespace

class TestOwnerResolver final : public QObject
{
    Q_OBJECT

private slots:
    void fromFolderName_data();
    void fromFolderName();

    void parsesValidRecords_data();
    void parsesValidRecords();
    void ignoresUnknownKeys();
    void readsNewerSchemaAsFarAsUnderstood();
    void refusesInvalidRecords_data();
    void refusesInvalidRecords();
    void illTypedOptionalFieldsAreProblems();
    void ownerFromRecordSaysRecord();

    void noRecordIsNoProblem();
    void unreadableRecordNamesThePath();
    void writeThenReadRoundTrips();
    void millisecondsSurviveARewrite();
    void writeReplacesAnOldRecordWhole();
    void writeIntoAMissingFolderFails();
    void unknownKindIsWrittenAsNull();
};

void TestOwnerResolver::fromFolderName_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<OwnerKind>("kind");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("uid");

    // The names ARCHITECTURE.md lists as seen on real execution servers.
    QTest::newRow("driver") << u"VCenter_Shell_Driver_4_10"_s << u"VCenter_Shell_Driver"_s << OwnerKind::Driver
                            << u"4_10"_s << QString();
    QTest::newRow("driver, digits in name") << u"Juniper_JunOS_Switch_2G_1_21"_s << u"Juniper_JunOS_Switch_2G"_s
                                            << OwnerKind::Driver << u"1_21"_s << QString();
    QTest::newRow("script") << u"decorator_test_1_4D96040DAC02F346B5AD4CF4AE41900B"_s << u"decorator_test"_s
                            << OwnerKind::Script << u"1"_s << u"4D96040DAC02F346B5AD4CF4AE41900B"_s;
    QTest::newRow("script with spaces and dots")
        << u"Default Sandbox Setup 2.0_1_638E3583B6A1E24F8A6A2B8F0D4E6C17"_s << u"Default Sandbox Setup 2.0"_s
        << OwnerKind::Script << u"1"_s << u"638E3583B6A1E24F8A6A2B8F0D4E6C17"_s;
    QTest::newRow("script, lower-case hex, bigger build")
        << u"setup_script_12_0123456789abcdef0123456789abcdef"_s << u"setup_script"_s << OwnerKind::Script << u"12"_s
        << u"0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("uid only, hex") << u"Ansible_Driver_A1B2C3D4E5F60718293A4B5C6D7E8F90"_s << u"Ansible_Driver"_s
                                   << OwnerKind::Unknown << QString() << u"A1B2C3D4E5F60718293A4B5C6D7E8F90"_s;
    QTest::newRow("uid only, uuid") << u"Ansible_Driver_1b4e28ba-2fa1-11d2-883f-0016d3cca427"_s << u"Ansible_Driver"_s
                                    << OwnerKind::Unknown << QString() << u"1b4e28ba-2fa1-11d2-883f-0016d3cca427"_s;
    QTest::newRow("three numbers: last two are the build")
        << u"Foo_Driver_2_1_7"_s << u"Foo_Driver_2"_s << OwnerKind::Driver << u"1_7"_s << QString();
    QTest::newRow("one number") << u"Generic_Driver_3"_s << u"Generic_Driver_3"_s << OwnerKind::Unknown << QString()
                                << QString();
    QTest::newRow("31 hex digits is no uid")
        << u"my_script_1_4D96040DAC02F346B5AD4CF4AE41900"_s << u"my_script_1_4D96040DAC02F346B5AD4CF4AE41900"_s
        << OwnerKind::Unknown << QString() << QString();
    QTest::newRow("33 hex digits is no uid")
        << u"my_script_1_4D96040DAC02F346B5AD4CF4AE41900BB"_s << u"my_script_1_4D96040DAC02F346B5AD4CF4AE41900BB"_s
        << OwnerKind::Unknown << QString() << QString();
    QTest::newRow("no name before numbers") << u"_1_2"_s << u"_1_2"_s << OwnerKind::Unknown << QString() << QString();
    QTest::newRow("plain folder") << u"not_a_venv_folder"_s << u"not_a_venv_folder"_s << OwnerKind::Unknown << QString()
                                  << QString();
    QTest::newRow("dotted") << u".venvdeck-trash"_s << u".venvdeck-trash"_s << OwnerKind::Unknown << QString()
                            << QString();
    QTest::newRow("unicode name") << u"Schalter_Stra\u00dfe_2_5"_s << u"Schalter_Stra\u00dfe"_s << OwnerKind::Driver
                                  << u"2_5"_s << QString();
}

void TestOwnerResolver::fromFolderName()
{
    QFETCH(QString, folder);
    const Owner owner = ownerFromFolderName(folder);
    QTEST(owner.name, "name");
    QTEST(owner.kind, "kind");
    QTEST(owner.version, "version");
    QTEST(owner.uid, "uid");
    QCOMPARE(owner.source, OwnerSource::Name);
}

void TestOwnerResolver::parsesValidRecords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<OwnerKind>("kind");
    QTest::addColumn<QString>("ownerVersion");
    QTest::addColumn<QString>("pythonVersion");
    QTest::addColumn<QDateTime>("builtAt");
    QTest::addColumn<QString>("builtBy");

    QTest::newRow("driver") << u"driver.json"_s << u"VCenter Shell Driver"_s << OwnerKind::Driver << u"4.10.0"_s
                            << u"3.9.13"_s << QDateTime(QDate(2024, 5, 2), QTime(7, 41, 9), Qt::UTC)
                            << u"venvdeck 0.1.0"_s;
    // An offset and milliseconds: read, and held in UTC.
    QTest::newRow("script, offset time") << u"script.json"_s << u"Default Sandbox Setup 2.0"_s << OwnerKind::Script
                                         << u"1"_s << u"3.11.7"_s
                                         << QDateTime(QDate(2024, 11, 30), QTime(21, 59, 59, 250), Qt::UTC)
                                         << u"cloudshell-es-hook"_s;
}

void TestOwnerResolver::parsesValidRecords()
{
    QFETCH(QString, file);
    const QString path = test::dataPath(u"records/"_s + file);
    const Read<OwnershipRecord> read = parseOwnershipRecord(fixture(file), path);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(read.value->schema, 1);
    QTEST(read.value->owner, "owner");
    QTEST(read.value->ownerKind, "kind");
    QTEST(read.value->ownerVersion, "ownerVersion");
    QTEST(read.value->pythonVersion, "pythonVersion");
    QTEST(read.value->builtAt, "builtAt");
    QCOMPARE(read.value->builtAt.timeSpec(), Qt::UTC);
    QTEST(read.value->builtBy, "builtBy");
}

void TestOwnerResolver::ignoresUnknownKeys()
{
    const Read<OwnershipRecord> read = parseOwnershipRecord(fixture(u"unknown-keys.json"_s), u"r"_s);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(read.value->owner, u"Juniper JunOS Switch 2G"_s);
    QCOMPARE(read.value->ownerKind, OwnerKind::Driver);
    // Absent keys are not known, never made up.
    QVERIFY(read.value->ownerVersion.isEmpty());
    QVERIFY(read.value->pythonVersion.isEmpty());
    QVERIFY(!read.value->builtAt.isValid());
}

void TestOwnerResolver::readsNewerSchemaAsFarAsUnderstood()
{
    const Read<OwnershipRecord> read = parseOwnershipRecord(fixture(u"newer-schema.json"_s), u"r"_s);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(read.value->schema, 3);
    QCOMPARE(read.value->owner, u"Ansible Driver"_s);
    QCOMPARE(read.value->ownerKind, OwnerKind::Unknown); // "service" means nothing to schema 1
    QVERIFY(read.value->ownerVersion.isEmpty());         // an object now; not understood
    QVERIFY(read.value->requirementsSha256.isEmpty());   // prefixed now; not understood
    QCOMPARE(read.value->pythonVersion, u"3.12.1"_s);
    QCOMPARE(read.value->builtAt, QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));

    // Found by tests/fuzz/fuzz_ownership_record: a schema beyond every integer type was cast to one (undefined
    // behaviour). It is just a newer schema, read as far as understood.
    const Read<OwnershipRecord> huge = parseOwnershipRecord(R"({"schema": 1e80, "owner": "X"})", u"r"_s);
    QVERIFY2(huge.problems.isEmpty(), qPrintable(describeProblems(huge.problems)));
    QVERIFY(huge.value);
    QCOMPARE(huge.value->schema, std::numeric_limits<int>::max());
    QCOMPARE(huge.value->owner, u"X"_s);
}

void TestOwnerResolver::refusesInvalidRecords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("needle");
    QTest::newRow("half written") << u"truncated.json"_s << u"JSON"_s;
    QTest::newRow("empty") << u"empty.json"_s << u"JSON"_s;
    QTest::newRow("array") << u"array.json"_s << u"object"_s;
    QTest::newRow("no owner") << u"no-owner.json"_s << u"\"owner\""_s;
    QTest::newRow("owner a number") << u"owner-number.json"_s << u"\"owner\""_s;
    QTest::newRow("owner blank") << u"owner-blank.json"_s << u"\"owner\""_s;
    QTest::newRow("no schema") << u"no-schema.json"_s << u"\"schema\""_s;
    QTest::newRow("schema a string") << u"schema-string.json"_s << u"\"schema\""_s;
    QTest::newRow("schema zero") << u"schema-zero.json"_s << u"\"schema\""_s;
    QTest::newRow("schema fraction") << u"schema-fraction.json"_s << u"\"schema\""_s;
}

void TestOwnerResolver::refusesInvalidRecords()
{
    QFETCH(QString, file);
    QFETCH(QString, needle);
    const QString path = test::dataPath(u"records/"_s + file);
    const Read<OwnershipRecord> read = parseOwnershipRecord(fixture(file), path);
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, path);
    QVERIFY2(read.problems.constFirst().message.contains(needle), qPrintable(read.problems.constFirst().message));
}

void TestOwnerResolver::illTypedOptionalFieldsAreProblems()
{
    const QString path = test::dataPath(u"records/bad-fields.json"_s);
    const Read<OwnershipRecord> read = parseOwnershipRecord(fixture(u"bad-fields.json"_s), path);
    // The owner is still known; each bad field is its own problem and is left unknown.
    QVERIFY(read.value);
    QCOMPARE(read.value->owner, u"VCenter Shell Driver"_s);
    QCOMPARE(read.value->ownerKind, OwnerKind::Unknown);
    QVERIFY(read.value->ownerVersion.isEmpty());
    QVERIFY(read.value->requirementsSha256.isEmpty());
    QVERIFY(!read.value->builtAt.isValid());
    QCOMPARE(read.problems.size(), 4);
    const QString all = describeProblems(read.problems);
    for (const QString &key :
         {u"\"ownerKind\""_s, u"\"ownerVersion\""_s, u"\"builtAt\""_s, u"\"requirementsSha256\""_s})
        QVERIFY2(all.contains(key), qPrintable(all));
    for (const Problem &problem : read.problems)
        QCOMPARE(problem.path, path);
}

void TestOwnerResolver::ownerFromRecordSaysRecord()
{
    const Owner owner = ownerFromRecord(sampleRecord());
    QCOMPARE(owner.name, u"Cisco IOS Switch 2G"_s);
    QCOMPARE(owner.kind, OwnerKind::Driver);
    QCOMPARE(owner.version, u"1.3.0"_s);
    QVERIFY(owner.uid.isEmpty());
    QCOMPARE(owner.source, OwnerSource::Record);
}

void TestOwnerResolver::noRecordIsNoProblem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Read<OwnershipRecord> read = readOwnershipRecord(dir.path());
    QVERIFY(!read.value);
    QVERIFY(read.problems.isEmpty());
}

void TestOwnerResolver::unreadableRecordNamesThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"venvdeck.json"_s);

    QVERIFY(test::makePath(path)); // a folder where the record belongs
    Read<OwnershipRecord> read = readOwnershipRecord(dir.path());
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, path);
    QVERIFY(QDir(path).removeRecursively());

    QVERIFY(QFile::link(dir.filePath(u"gone.json"_s), path)); // a link to nothing
    read = readOwnershipRecord(dir.path());
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, path);
    QVERIFY(QFile::remove(path));

    QVERIFY(test::writeFile(path, fixture(u"truncated.json"_s))); // a half-written file
    read = readOwnershipRecord(dir.path());
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, path);

    QVERIFY(test::writeFile(path, "{\"schema\": 1, \"owner\": \"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}"));
    read = readOwnershipRecord(dir.path());
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, path);
    QVERIFY(read.problems.constFirst().message.contains(u"KiB"_s));
}

void TestOwnerResolver::writeThenReadRoundTrips()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const OwnershipRecord record = sampleRecord();
    QCOMPARE(writeOwnershipRecord(dir.path(), record), QString());

    const Read<OwnershipRecord> read = readOwnershipRecord(dir.path());
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(*read.value, record);

    // The file is the documented shape: every schema-1 key, builtAt in UTC with "Z".
    QFile file(dir.filePath(u"venvdeck.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(object.keys(), (QStringList{u"builtAt"_s, u"builtBy"_s, u"owner"_s, u"ownerKind"_s, u"ownerVersion"_s,
                                         u"pythonVersion"_s, u"requirementsSha256"_s, u"schema"_s}));
    QCOMPARE(object.value(u"schema"_s).toInt(), 1);
    QCOMPARE(object.value(u"ownerKind"_s).toString(), u"driver"_s);
    QCOMPARE(object.value(u"builtAt"_s).toString(), u"2024-05-02T07:41:09Z"_s);
}

// Found by tests/fuzz/fuzz_ownership_record: a record another tool wrote with milliseconds lost them when VenvDeck
// wrote it back (a refresh keeps builtAt), so apply-pending would see "rebuilt since it was flagged".
void TestOwnerResolver::millisecondsSurviveARewrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Read<OwnershipRecord> read = parseOwnershipRecord(fixture(u"script.json"_s), u"script.json"_s);
    QVERIFY(read.value);
    QCOMPARE(read.value->builtAt, QDateTime(QDate(2024, 11, 30), QTime(21, 59, 59, 250), Qt::UTC));
    QCOMPARE(writeOwnershipRecord(dir.path(), *read.value), QString());
    const Read<OwnershipRecord> again = readOwnershipRecord(dir.path());
    QVERIFY2(again.problems.isEmpty(), qPrintable(describeProblems(again.problems)));
    QVERIFY(again.value);
    QCOMPARE(again.value->builtAt, read.value->builtAt);
    QCOMPARE(*again.value, *read.value);
}

void TestOwnerResolver::writeReplacesAnOldRecordWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"venvdeck.json"_s);
    QVERIFY(test::writeFile(path, fixture(u"unknown-keys.json"_s) + QByteArray(4096, ' ')));
    OwnershipRecord record = sampleRecord();
    record.ownerKind = OwnerKind::Script;
    record.builtAt = QDateTime(QDate(2024, 5, 2), QTime(9, 41, 9), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(writeOwnershipRecord(dir.path(), record), QString());
    const Read<OwnershipRecord> read = readOwnershipRecord(dir.path());
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(read.value->ownerKind, OwnerKind::Script);
    QCOMPARE(read.value->builtAt, QDateTime(QDate(2024, 5, 2), QTime(7, 41, 9), Qt::UTC));
    // No leftovers of QSaveFile's temporary file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"venvdeck.json"_s});
}

void TestOwnerResolver::writeIntoAMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"Cisco_IOS_Switch_2G_1_3"_s);
    const QString error = writeOwnershipRecord(missing, sampleRecord());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(missing + u"/venvdeck.json"_s), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestOwnerResolver::unknownKindIsWrittenAsNull()
{
    OwnershipRecord record = sampleRecord();
    record.ownerKind = OwnerKind::Unknown;
    record.builtAt = {};
    const QByteArray json = ownershipRecordToJson(record);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(object.value(u"ownerKind"_s).isNull());
    QVERIFY(object.value(u"builtAt"_s).isNull());
    // Null reads back as not known, without a problem.
    const Read<OwnershipRecord> read = parseOwnershipRecord(json, u"r"_s);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(*read.value, record);
}

QTEST_GUILESS_MAIN(TestOwnerResolver)
#include "tst_ownerresolver.moc"
