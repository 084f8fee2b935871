// PEP 508 environment markers with a fixed environment (CPython 3.11.2 on x86_64 Linux): the grammar (and, or,
// parentheses, in, not in, both orders, both quotes, the PEP 345 aliases), version against string comparison,
// `extra`, pip's printed form, and errors that name the marker's text.
#include "model/Pep508Marker.h"

#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

MarkerEnvironment linuxPython311()
{
    MarkerEnvironment environment;
    environment.values = {{u"implementation_name"_s, u"cpython"_s},
                          {u"implementation_version"_s, u"3.11.2"_s},
                          {u"os_name"_s, u"posix"_s},
                          {u"platform_machine"_s, u"x86_64"_s},
                          {u"platform_release"_s, u"6.1.0-13-amd64"_s},
                          {u"platform_system"_s, u"Linux"_s},
                          {u"platform_version"_s, u"#1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)"_s},
                          {u"python_full_version"_s, u"3.11.2"_s},
                          {u"platform_python_implementation"_s, u"CPython"_s},
                          {u"python_version"_s, u"3.11"_s},
                          {u"sys_platform"_s, u"linux"_s}};
    return environment;
}

} // namespace

class TestPep508Marker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentIsComplete()
    {
        QVERIFY(linuxPython311().isComplete());
        MarkerEnvironment partial = linuxPython311();
        partial.values.remove(u"sys_platform"_s);
        QVERIFY(!partial.isComplete());
    }

    void evaluates_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<bool>("expected");

        // Versions compare as versions: 3.11 > 3.9, though "3.11" < "3.9" as strings.
        QTest::newRow("python 2 only") << u"python_version < \"3\""_s << QString() << false;
        QTest::newRow("at least 3.8") << u"python_version >= \"3.8\""_s << QString() << true;
        QTest::newRow("as versions") << u"python_version > \"3.9\""_s << QString() << true;
        QTest::newRow("value first") << u"\"3.8\" <= python_version"_s << QString() << true;
        QTest::newRow("value first, false") << u"\"3.12\" <= python_version"_s << QString() << false;
        QTest::newRow("single quotes") << u"python_version >= '3.6'"_s << QString() << true;
        QTest::newRow("no spaces") << u"python_version<\"3\""_s << QString() << false;
        QTest::newRow("tabs") << u"python_version\t>=\t\"3\""_s << QString() << true;
        QTest::newRow("full version") << u"python_full_version < \"3.11.2\""_s << QString() << false;
        QTest::newRow("pre-release bound") << u"python_full_version >= \"3.11.0rc1\""_s << QString() << true;
        QTest::newRow("== pads with zeros") << u"python_full_version == \"3.11\""_s << QString() << false;
        QTest::newRow("wildcard") << u"python_version == \"3.*\""_s << QString() << true;
        QTest::newRow("not wildcard") << u"python_version != \"3.11.*\""_s << QString() << false;
        QTest::newRow("compatible") << u"python_version ~= \"3.10\""_s << QString() << true;
        QTest::newRow("arbitrary equality") << u"python_version === \"3.11\""_s << QString() << true;
        QTest::newRow("release as a string") << u"platform_release >= \"6\""_s << QString() << true;

        // Strings.
        QTest::newRow("platform") << u"sys_platform == \"linux\""_s << QString() << true;
        QTest::newRow("other platform") << u"sys_platform == 'win32'"_s << QString() << false;
        QTest::newRow("not nt") << u"os_name != \"nt\""_s << QString() << true;
        QTest::newRow("in") << u"'linux' in sys_platform"_s << QString() << true;
        QTest::newRow("variable in") << u"platform_machine in \"x86_64 aarch64\""_s << QString() << true;
        QTest::newRow("substring") << u"\"x86\" in platform_machine"_s << QString() << true;
        QTest::newRow("not in") << u"sys_platform not in \"win32 cygwin\""_s << QString() << true;
        QTest::newRow("not  in") << u"sys_platform not  in \"linux2\""_s << QString() << false;
        QTest::newRow("implementation") << u"implementation_name == \"cpython\""_s << QString() << true;
        QTest::newRow("case matters") << u"platform_system == \"linux\""_s << QString() << false;
        QTest::newRow("string order") << u"platform_system < \"Windows\""_s << QString() << true;

        // PEP 345's and setuptools' spellings.
        QTest::newRow("os.name") << u"os.name == \"posix\""_s << QString() << true;
        QTest::newRow("sys.platform") << u"sys.platform == \"linux\""_s << QString() << true;
        QTest::newRow("platform.machine") << u"platform.machine == \"x86_64\""_s << QString() << true;
        QTest::newRow("python_implementation") << u"python_implementation == \"CPython\""_s << QString() << true;
        QTest::newRow("platform.python_implementation")
            << u"platform.python_implementation == 'PyPy'"_s << QString() << false;

        // extra: pip checks with "", PEP 685 compares normalised names.
        QTest::newRow("extra, none") << u"extra == \"socks\""_s << QString() << false;
        QTest::newRow("extra, that one") << u"extra == \"socks\""_s << u"socks"_s << true;
        QTest::newRow("extra, normalised") << u"extra == 'Test_Utils'"_s << u"test-utils"_s << true;
        QTest::newRow("extra, value first") << u"\"socks\" == extra"_s << u"socks"_s << true;
        QTest::newRow("extra is empty") << u"extra == \"\""_s << QString() << true;

        // and, or, parentheses: `and` binds closer.
        QTest::newRow("and") << u"python_version < \"3\" and os_name == \"posix\""_s << QString() << false;
        QTest::newRow("or") << u"python_version < \"3\" or os_name == \"posix\""_s << QString() << true;
        QTest::newRow("and before or")
            << u"os_name == \"nt\" and python_version < \"3\" or sys_platform == \"linux\""_s << QString() << true;
        QTest::newRow("parentheses first")
            << u"os_name == \"nt\" and (python_version < \"3\" or sys_platform == \"linux\")"_s << QString() << false;
        QTest::newRow("or of ands") << u"sys_platform == \"win32\" or python_version >= \"3\" and os_name == 'posix'"_s
                                    << QString() << true;
        QTest::newRow("nested")
            << u"(python_version >= \"3.8\" and (sys_platform == \"linux\" or sys_platform == \"darwin\")) and "
               "extra == \"\""_s
            << QString() << true;
        QTest::newRow("redundant parentheses") << u"((python_version < \"3\"))"_s << QString() << false;
        QTest::newRow("no space before and") << u"os_name=='posix'and python_version>'3'"_s << QString() << true;
        QTest::newRow("extra inside or")
            << u"(python_version < \"3\" or extra == \"tests\") and os_name == \"posix\""_s << u"tests"_s << true;
    }

    void evaluates()
    {
        QFETCH(QString, marker);
        QFETCH(QString, extra);
        QFETCH(bool, expected);
        QString error;
        const std::optional<Pep508Marker> parsed = Pep508Marker::parse(marker, &error);
        QVERIFY2(parsed, qPrintable(error));
        const std::optional<bool> value = parsed->evaluate(linuxPython311(), extra, &error);
        QVERIFY2(value, qPrintable(error));
        QCOMPARE(*value, expected);
        // What it prints parses again to a marker of the same value and the same text.
        const std::optional<Pep508Marker> again = Pep508Marker::parse(parsed->toString(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toString(), parsed->toString());
        QCOMPARE(again->evaluate(linuxPython311(), extra), value);
    }

    void printsAsPip_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("printed"); // str(packaging.markers.Marker(marker)), packaging 21.3 (pip 23)

        QTest::newRow("spaces and quotes") << u"python_version<'3'"_s << u"python_version < \"3\""_s;
        QTest::newRow("outer parentheses") << u"(python_version < \"3\")"_s << u"python_version < \"3\""_s;
        QTest::newRow("value first") << u"'3.8'<=python_version"_s << u"\"3.8\" <= python_version"_s;
        QTest::newRow("aliases") << u"os.name=='nt' and (sys.platform=='win32' or sys_platform=='cygwin')"_s
                                 << u"os_name == \"nt\" and (sys_platform == \"win32\" or sys_platform == \"cygwin\")"_s;
        QTest::newRow("one comparison in parentheses")
            << u"python_version >= \"3\" and (os_name == \"posix\")"_s
            << u"python_version >= \"3\" and os_name == \"posix\""_s;
        QTest::newRow("not in") << u"sys_platform not \t in \"win32\""_s << u"sys_platform not in \"win32\""_s;
        QTest::newRow("kept parentheses") << u"(os_name == 'nt' or os_name == 'posix') and extra == 'x'"_s
                                          << u"(os_name == \"nt\" or os_name == \"posix\") and extra == \"x\""_s;
    }

    void printsAsPip()
    {
        QFETCH(QString, marker);
        QFETCH(QString, printed);
        QString error;
        const std::optional<Pep508Marker> parsed = Pep508Marker::parse(marker, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toString(), printed);
    }

    void refusesWhatIsNotAMarker_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("why");

        QTest::newRow("empty") << QString() << u"expected a variable or a quoted string at column 1"_s;
        QTest::newRow("no value") << u"python_version <"_s << u"expected a variable or a quoted string at column 17"_s;
        QTest::newRow("unclosed string") << u"python_version < \"3"_s << u"without its closing quote"_s;
        QTest::newRow("unknown variable") << u"python_versio < \"3\""_s
                                          << u"'python_versio' is not an environment marker variable"_s;
        QTest::newRow("no operator") << u"python_version \"3\""_s << u"expected a comparison operator"_s;
        QTest::newRow("notin") << u"sys_platform notin \"linux\""_s << u"expected a comparison operator"_s;
        QTest::newRow("unclosed parenthesis") << u"(python_version < \"3\""_s << u"expected ')'"_s;
        QTest::newRow("stray parenthesis") << u"python_version < \"3\")"_s << u"a ')' without its '('"_s;
        QTest::newRow("dangling and") << u"python_version < \"3\" and"_s << u"expected a variable or a quoted string"_s;
        QTest::newRow("xor") << u"python_version < \"3\" xor os_name == \"nt\""_s << u"expected 'and', 'or' or the end"_s;
        QTest::newRow("two strings") << u"\"3\" < \"4\""_s << u"a comparison of two quoted strings"_s;
        QTest::newRow("two variables") << u"python_version == python_full_version"_s
                                       << u"a comparison of two variables"_s;
        QTest::newRow("newline in a string") << u"os_name == \"po\nsix\""_s << u"without its closing quote"_s;
        QTest::newRow("too deep") << QString(65, u'(') + u"os_name == \"nt\""_s + QString(65, u')')
                                  << u"parentheses nested more than 64 deep"_s;
    }

    void refusesWhatIsNotAMarker()
    {
        QFETCH(QString, marker);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!Pep508Marker::parse(marker, &error));
        QVERIFY2(error.contains(u"invalid marker '"_s + marker + u"'"_s), qPrintable(error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void deepButAllowedNesting()
    {
        const QString marker = QString(64, u'(') + u"os_name == \"nt\""_s + QString(64, u')');
        const std::optional<Pep508Marker> parsed = Pep508Marker::parse(marker);
        QVERIFY(parsed);
        QCOMPARE(parsed->evaluate(linuxPython311()), std::optional<bool>(false));
        QCOMPARE(parsed->toString(), u"os_name == \"nt\""_s);
    }

    void cannotEvaluateSaysSo()
    {
        // ~= on strings that are not versions is undefined: an error, never true or false.
        for (const QString &text : {u"platform_machine ~= \"x86\""_s, u"python_version ~= \"3\""_s}) {
            const std::optional<Pep508Marker> marker = Pep508Marker::parse(text);
            QVERIFY(marker);
            QString error;
            QVERIFY(!marker->evaluate(linuxPython311(), {}, &error));
            QVERIFY2(error.contains(text) && error.contains(u"cannot compare"_s), qPrintable(error));
        }
        // Even where `or` would not need it: every comparison is evaluated.
        const std::optional<Pep508Marker> hidden = Pep508Marker::parse(u"os_name == \"posix\" or platform_machine ~= \"x\""_s);
        QVERIFY(hidden);
        QVERIFY(!hidden->evaluate(linuxPython311()));
        // An environment without the variable.
        MarkerEnvironment partial = linuxPython311();
        partial.values.remove(u"platform_release"_s);
        QString error;
        QVERIFY(!Pep508Marker::parse(u"platform_release >= '5'"_s)->evaluate(partial, {}, &error));
        QVERIFY2(error.contains(u"no value for platform_release"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPep508Marker)
#include "tst_pep508marker.moc"
