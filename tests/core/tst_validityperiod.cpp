// The validity period imported from a Quali Server customer.config.
#include "cleanup/ValidityPeriod.h"

#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

class TestValidityPeriod final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("minutes"); // -1: none
        QTest::addColumn<int>("problems");
        QTest::newRow("configuration") << QByteArray(R"(<?xml version="1.0" encoding="utf-8"?>
<configuration><appSettings>
  <add key="DefaultPythonVersion" value="3"/>
  <add key="VirtualEnvironmentLifetimeDurationInMinutes" value=" 720 "/>
</appSettings></configuration>)") << 720
                                       << 0;
        QTest::newRow("bare appSettings")
            << QByteArray(
                   R"(<appSettings><add key="VirtualEnvironmentLifetimeDurationInMinutes" value="60"/></appSettings>)")
            << 60 << 0;
        QTest::newRow("last wins") << QByteArray(R"(<appSettings>
  <add key="VirtualEnvironmentLifetimeDurationInMinutes" value="60"/>
  <add key="VirtualEnvironmentLifetimeDurationInMinutes" value="90"/></appSettings>)")
                                   << 90 << 0;
        QTest::newRow("absent") << QByteArray(R"(<appSettings><add key="Other" value="1"/></appSettings>)") << -1 << 0;
        QTest::newRow("outside appSettings")
            << QByteArray(
                   R"(<configuration><add key="VirtualEnvironmentLifetimeDurationInMinutes" value="5"/></configuration>)")
            << -1 << 0;
        QTest::newRow("not a number")
            << QByteArray(
                   R"(<appSettings><add key="VirtualEnvironmentLifetimeDurationInMinutes" value="soon"/></appSettings>)")
            << -1 << 1;
        QTest::newRow("zero")
            << QByteArray(
                   R"(<appSettings><add key="VirtualEnvironmentLifetimeDurationInMinutes" value="0"/></appSettings>)")
            << -1 << 1;
        QTest::newRow("broken XML") << QByteArray("<appSettings><add key=") << -1 << 1;
    }

    void parses()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, minutes);
        QFETCH(int, problems);
        Problems found;
        const std::optional<int> result = parseValidityMinutes(xml, u"customer.config"_s, &found);
        QCOMPARE(result.value_or(-1), minutes);
        QCOMPARE(found.size(), problems);
        if (problems)
            QCOMPARE(found.first().path, u"customer.config"_s);
    }

    void missingFileIsAProblem()
    {
        Problems found;
        QVERIFY(!readValidityMinutes(u"/nonexistent/customer.config"_s, &found));
        QCOMPARE(found.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestValidityPeriod)
#include "tst_validityperiod.moc"
