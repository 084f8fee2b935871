// PEP 440: parsing, normalisation and ordering, table-driven, with the edge cases the spec spells out.
#include "index/Pep440Version.h"

#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

class TestPep440Version final : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("plain") << u"1.0"_s << u"1.0"_s;
        QTest::newRow("leading zeros") << u"01.002.0"_s << u"1.2.0"_s;
        QTest::newRow("v prefix") << u"v1.0"_s << u"1.0"_s;
        QTest::newRow("V prefix, spaces") << u"  V2.1 \n"_s << u"2.1"_s;
        QTest::newRow("epoch") << u"1!2.0"_s << u"1!2.0"_s;
        QTest::newRow("epoch zero dropped") << u"0!2.0"_s << u"2.0"_s;
        QTest::newRow("rc dash") << u"1.0-rc1"_s << u"1.0rc1"_s;
        QTest::newRow("c is rc") << u"1.0c1"_s << u"1.0rc1"_s;
        QTest::newRow("pre is rc") << u"1.0pre2"_s << u"1.0rc2"_s;
        QTest::newRow("preview is rc") << u"1.0.preview.3"_s << u"1.0rc3"_s;
        QTest::newRow("alpha") << u"1.0alpha"_s << u"1.0a0"_s;
        QTest::newRow("beta underscore") << u"1.0_beta_2"_s << u"1.0b2"_s;
        QTest::newRow("upper case") << u"1.0RC1"_s << u"1.0rc1"_s;
        QTest::newRow("post implicit") << u"1.0.post"_s << u"1.0.post0"_s;
        QTest::newRow("post dash number") << u"1.0-1"_s << u"1.0.post1"_s;
        QTest::newRow("rev") << u"1.0rev4"_s << u"1.0.post4"_s;
        QTest::newRow("r") << u"1.0-r4"_s << u"1.0.post4"_s;
        QTest::newRow("dev implicit") << u"1.0dev"_s << u"1.0.dev0"_s;
        QTest::newRow("dev separators") << u"1.0-dev_3"_s << u"1.0.dev3"_s;
        QTest::newRow("everything") << u"v1!2.0-C3_POST-4.DEV-5+Ubuntu-1_A"_s << u"1!2.0rc3.post4.dev5+ubuntu.1.a"_s;
        QTest::newRow("local numbers") << u"1.0+0001.02"_s << u"1.0+1.2"_s;
        QTest::newRow("huge numbers") << u"99999999999999999999999.1"_s << u"99999999999999999999999.1"_s;
    }

    void normalises()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        const std::optional<Pep440Version> version = Pep440Version::parse(text);
        QVERIFY2(version, qPrintable(text));
        QCOMPARE(version->toString(), normalised);
        // The normal form parses to itself.
        QCOMPARE(Pep440Version::parse(normalised)->toString(), normalised);
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text : {u""_s, u" "_s, u"1.0.x"_s, u"4_10"_s, u"french toast"_s, u"1.0+"_s, u"1.0+a..b"_s,
                                    u"1.0++1"_s, u"!1.0"_s, u"1!"_s, u"1.0.dev1.post1"_s, u"1.0rc1rc2"_s, u"a1.0"_s,
                                    u"1..0"_s, u".1"_s, u"1.0-"_s, u"1.0+ü"_s, u"vv1.0"_s, u"1,0"_s})
            QTest::newRow(qPrintable(u"\""_s + text + u'"')) << text;
    }

    void rejectsInvalid()
    {
        QFETCH(QString, text);
        QVERIFY(!Pep440Version::parse(text));
    }

    // Each row is strictly older than the next (the ordering example of PEP 440 and more).
    void orders()
    {
        const QStringList ascending{
            u"1.0.dev456"_s,
            u"1.0a1"_s,
            u"1.0a2.dev456"_s,
            u"1.0a12.dev456"_s,
            u"1.0a12"_s,
            u"1.0b1.dev456"_s,
            u"1.0b2"_s,
            u"1.0b2.post345.dev456"_s,
            u"1.0b2.post345"_s,
            u"1.0rc1.dev456"_s,
            u"1.0rc1"_s,
            u"1.0"_s,
            u"1.0+abc.5"_s,
            u"1.0+abc.7"_s,
            u"1.0+5"_s,
            u"1.0.post456.dev34"_s,
            u"1.0.post456"_s,
            u"1.0.15"_s,
            u"1.1.dev1"_s,
            u"1.1"_s,
            u"1.10"_s,
            u"2.0"_s,
            u"99999999999999999999999"_s,
            u"1!0.1"_s,
            u"2!0.0.dev0"_s,
        };
        for (qsizetype i = 0; i < ascending.size(); ++i) {
            const std::optional<Pep440Version> a = Pep440Version::parse(ascending.at(i));
            QVERIFY2(a, qPrintable(ascending.at(i)));
            QCOMPARE(Pep440Version::compare(*a, *a), 0);
            for (qsizetype j = i + 1; j < ascending.size(); ++j) {
                const std::optional<Pep440Version> b = Pep440Version::parse(ascending.at(j));
                QVERIFY2(Pep440Version::compare(*a, *b) < 0, qPrintable(ascending.at(i) + u" < "_s + ascending.at(j)));
                QVERIFY2(Pep440Version::compare(*b, *a) > 0, qPrintable(ascending.at(j) + u" > "_s + ascending.at(i)));
                QVERIFY(*a < *b);
            }
        }
    }

    void equalities_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("trailing zeros") << u"1.0"_s << u"1.0.0.0"_s;
        QTest::newRow("c and rc") << u"1.0c1"_s << u"1.0rc1"_s;
        QTest::newRow("implicit post") << u"1.0.post"_s << u"1.0-post0"_s;
        QTest::newRow("post dash") << u"1.0-1"_s << u"1.0.post1"_s;
        QTest::newRow("epoch zero") << u"0!1.0"_s << u"1.0"_s;
        QTest::newRow("leading zeros") << u"1.01"_s << u"1.1"_s;
        QTest::newRow("local case and separators") << u"1.0+Ubuntu-1"_s << u"1.0+ubuntu.1"_s;
        QTest::newRow("local leading zeros") << u"1.0+01"_s << u"1.0+1"_s;
    }

    void equalities()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(Pep440Version::compare(*Pep440Version::parse(a), *Pep440Version::parse(b)), 0);
        QVERIFY(*Pep440Version::parse(a) == *Pep440Version::parse(b));
    }

    void prerelease_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("prerelease");
        QTest::newRow("final") << u"1.0"_s << false;
        QTest::newRow("alpha") << u"1.0a1"_s << true;
        QTest::newRow("rc") << u"1.0rc1"_s << true;
        QTest::newRow("dev") << u"1.0.dev0"_s << true;
        QTest::newRow("post of dev") << u"1.0.post1.dev1"_s << true;
        QTest::newRow("post") << u"1.0.post1"_s << false;
        QTest::newRow("local") << u"1.0+local"_s << false;
    }

    void prerelease()
    {
        QFETCH(QString, text);
        QFETCH(bool, prerelease);
        QCOMPARE(Pep440Version::parse(text)->isPrerelease(), prerelease);
    }

    void parts()
    {
        const Pep440Version version = *Pep440Version::parse(u"2!1.02.3rc4.post5.dev6+Abc.007"_s);
        QCOMPARE(version.epoch(), u"2"_s);
        QCOMPARE(version.release(), (QStringList{u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(version.local(), (QStringList{u"abc"_s, u"7"_s}));
        QCOMPARE(version.publicVersion(), u"2!1.2.3rc4.post5.dev6"_s);
        QVERIFY(version.isPostRelease() && version.isDevRelease() && version.hasLocal());
    }

    void digitsCompareByValue()
    {
        QCOMPARE(compareDigits(u"0010", u"9"), 1);
        QCOMPARE(compareDigits(u"000", u"0"), 0);
        QCOMPARE(compareDigits(u"123456789012345678901234567890", u"123456789012345678901234567891"), -1);
    }

    void neverCrashesOnGarbage()
    {
        // Every prefix and some mutations of tricky strings: parse may refuse, never crash.
        const QString tricky = u"v1!2.0-C3_POST-4.DEV-5+Ubuntu-1_A\u0000\uffff..++!!"_s;
        for (qsizetype i = 0; i <= tricky.size(); ++i) {
            if (const std::optional<Pep440Version> version = Pep440Version::parse(tricky.left(i)))
                QVERIFY(Pep440Version::parse(version->toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPep440Version)
#include "tst_pep440version.moc"
