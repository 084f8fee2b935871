#include "model/DependencyGraph.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace venvdeck;

namespace {

Distribution distribution(const QString &name, const QString &version, const QStringList &requiresDist = {})
{
    Distribution result;
    result.name = name;
    result.version = version;
    result.requiresDist = requiresDist;
    return result;
}

QStringList names(const QList<const Distribution *> &distributions)
{
    QStringList result;
    for (const Distribution *distribution : distributions)
        result.append(distribution->name);
    return result;
}

} // namespace

class TestDependencyGraph final : public QObject
{
    Q_OBJECT

private slots:
    void parsesRequiresDistAsMetadataWritesIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("extras");
        QTest::addColumn<QString>("specifier");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("extra");
        QTest::newRow("plain") << u"certifi>=2017.4.17"_s << u"certifi"_s << QStringList() << u">=2017.4.17"_s
                               << QString() << QString();
        QTest::newRow("several") << u"urllib3<3,>=1.21.1"_s << u"urllib3"_s << QStringList() << u"<3,>=1.21.1"_s
                                 << QString() << QString();
        QTest::newRow("extra marker") << u"PySocks!=1.5.7,>=1.5.6; extra == \"socks\""_s << u"PySocks"_s
                                      << QStringList() << u"!=1.5.7,>=1.5.6"_s << u"extra == \"socks\""_s
                                      << u"socks"_s;
        QTest::newRow("old parentheses") << u"idna (<3,>=2.5)"_s << u"idna"_s << QStringList() << u"<3,>=2.5"_s
                                         << QString() << QString();
        QTest::newRow("extras and marker")
            << u"cloudshell-core[ssh, telnet] ==1.0.3 ; python_version < \"3\""_s << u"cloudshell-core"_s
            << QStringList{u"ssh"_s, u"telnet"_s} << u"==1.0.3"_s << u"python_version < \"3\""_s << QString();
        QTest::newRow("url") << u"pip @ file:///tmp/pip.whl"_s << u"pip"_s << QStringList() << u"@ file:///tmp/pip.whl"_s
                             << QString() << QString();
        QTest::newRow("bare name") << u"six"_s << u"six"_s << QStringList() << QString() << QString() << QString();
    }

    void parsesRequiresDistAsMetadataWritesIt()
    {
        QFETCH(QString, text);
        const std::optional<Requirement> requirement = parseRequirement(text);
        QVERIFY(requirement);
        QTEST(requirement->name, "name");
        QTEST(requirement->extras, "extras");
        QTEST(requirement->specifier, "specifier");
        QTEST(requirement->marker, "marker");
        QTEST(requirement->extra, "extra");
    }

    void refusesWhatIsNotARequirement()
    {
        QVERIFY(!parseRequirement(QString()));
        QVERIFY(!parseRequirement(u"   "_s));
        QVERIFY(!parseRequirement(u">=1.0"_s));
        QVERIFY(!parseRequirement(u"-e ."_s));
    }

    void forwardAndReverseEdges()
    {
        // The shape of a real driver venv: requests and its dependencies, paramiko, a stray package.
        const QList<Distribution> installed = {
            distribution(u"requests"_s, u"2.31.0"_s,
                         {u"charset-normalizer<4,>=2"_s, u"idna<4,>=2.5"_s, u"urllib3<3,>=1.21.1"_s,
                          u"certifi>=2017.4.17"_s, u"PySocks!=1.5.7,>=1.5.6; extra == \"socks\""_s}),
            distribution(u"charset_normalizer"_s, u"3.3.2"_s),
            distribution(u"idna"_s, u"3.6"_s),
            distribution(u"urllib3"_s, u"2.1.0"_s),
            distribution(u"certifi"_s, u"2023.11.17"_s),
            distribution(u"paramiko"_s, u"2.7.2"_s, {u"bcrypt>=3.1.3"_s, u"cryptography>=2.5"_s, u"idna>=2"_s}),
            distribution(u"bcrypt"_s, u"4.1.1"_s),
            distribution(u"stray"_s, u"1.0"_s),
        };
        const DependencyGraph graph(installed);

        const QList<DependencyGraph::Dependency> ofRequests = graph.dependenciesOf(installed.at(0));
        QCOMPARE(ofRequests.size(), 5);
        QCOMPARE(ofRequests.at(0).requirement.name, u"charset-normalizer"_s);
        QVERIFY(ofRequests.at(0).installed); // found despite the other spelling
        QCOMPARE(ofRequests.at(0).installed->version, u"3.3.2"_s);
        QCOMPARE(ofRequests.at(4).requirement.extra, u"socks"_s);
        QVERIFY(!ofRequests.at(4).installed);

        const QList<DependencyGraph::Dependency> ofParamiko = graph.dependenciesOf(installed.at(5));
        QVERIFY(!ofParamiko.at(1).installed); // cryptography is missing: the view shows it as not installed

        QCOMPARE(names(graph.requiredBy(installed.at(2))), (QStringList{u"paramiko"_s, u"requests"_s}));
        QCOMPARE(names(graph.requiredBy(installed.at(7))), QStringList());
        QCOMPARE(names(graph.topLevel()), (QStringList{u"paramiko"_s, u"requests"_s, u"stray"_s}));
    }

    void cyclesAndSelfReferencesDoNotHideAnything()
    {
        const QList<Distribution> installed = {
            distribution(u"a"_s, u"1"_s, {u"b"_s, u"a[extra]; extra == \"all\""_s}),
            distribution(u"b"_s, u"1"_s, {u"a"_s}),
        };
        const DependencyGraph graph(installed);
        QCOMPARE(names(graph.requiredBy(installed.at(0))), QStringList{u"b"_s});
        QCOMPARE(names(graph.requiredBy(installed.at(1))), QStringList{u"a"_s});
        QVERIFY(graph.topLevel().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDependencyGraph)
#include "tst_dependencygraph.moc"
