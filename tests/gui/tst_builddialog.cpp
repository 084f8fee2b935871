// The Build dialog driven as an admin drives it: a real offline build with Debian's python3 and real pip, and
// the validation that keeps Build disabled (with the reason) until the choices make sense.
#include "build/BuildDialog.h"

#include "build/Builder.h"
#include "support/RealVenv.h"
#include "support/TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace venvdeck;

class TestBuildDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    QString m_wheels;
    std::optional<PythonInterpreter> m_python;

    template <typename T> static T *child(const BuildDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s in the dialog", name);
        return widget;
    }

    static BuildDialogDefaults offlineDefaults()
    {
        BuildDialogDefaults defaults;
        defaults.index.indexUrl = u"https://pypi.org/simple/"_s;
        return defaults;
    }

    // Waits until the source is read and the Pythons are known.
    static bool settle(const BuildDialog &dialog)
    {
        return QTest::qWaitFor([&dialog] { return dialog.interpretersKnown() && !dialog.isReading(); }, 60000);
    }

    void saveScreenshot(BuildDialog &dialog, const QString &name)
    {
        const QByteArray folder = qgetenv("VENVDECK_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QTest::qWait(200); // let the layouts catch up with the texts just set, as they do on screen
        QVERIFY(dialog.grab().save(QString::fromLocal8Bit(folder) + u'/' + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::makePipHermetic();
        m_root = m_dir.filePath(u"root"_s);
        m_wheels = m_dir.filePath(u"wheels"_s);
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(QDir().mkpath(m_wheels));
        m_python = test::systemPython3();
    }

    void buildsOfflineFromARequirementsFile()
    {
        if (!m_python)
            QSKIP("Debian's /usr/bin/python3 with the venv module is needed (apt install python3-venv)");
        QString error;
        QVERIFY2(!test::buildWheel(*m_python, m_wheels, u"alpha"_s, u"1.0"_s, {u"beta>=1.0"_s}, &error).isEmpty(),
                 qPrintable(error));
        QVERIFY2(!test::buildWheel(*m_python, m_wheels, u"beta"_s, u"1.0"_s, {}, &error).isEmpty(), qPrintable(error));
        for (const QString &project : {u"setuptools"_s, u"wheel"_s}) {
            const QString wheel = test::findWheel(test::systemWheelDir(), project);
            QVERIFY2(!wheel.isEmpty(), "Debian's python3-setuptools-whl and python3-wheel-whl are needed");
            QVERIFY(QFile::copy(wheel, m_wheels + u'/' + QFileInfo(wheel).fileName()));
        }
        const QString requirements = m_dir.filePath(u"requirements.txt"_s);
        QVERIFY(test::writeFile(requirements, "alpha\n"));

        BuildDialog dialog(m_root, offlineDefaults());
        dialog.resize(860, 800);
        dialog.show();
        dialog.setSource(requirements);
        QVERIFY(settle(dialog));
        QVERIFY(!dialog.canBuild()); // no owner yet
        child<QLineEdit>(dialog, "ownerNameEdit")->setText(u"Alpha Script"_s);
        child<QLineEdit>(dialog, "ownerVersionEdit")->setText(u"1.0"_s);
        child<QRadioButton>(dialog, "offlineRadio")->setChecked(true);
        child<QLineEdit>(dialog, "offlineFolderEdit")->setText(m_wheels);
        QComboBox *pythons = child<QComboBox>(dialog, "pythonCombo");
        int chosen = -1;
        for (int row = 0; row < pythons->count(); ++row) {
            if (QFileInfo(pythons->itemData(row).toString()).canonicalFilePath() ==
                QFileInfo(m_python->path).canonicalFilePath())
                chosen = row;
        }
        QVERIFY2(chosen >= 0, "Debian's python3 is not in the picker");
        pythons->setCurrentIndex(chosen);
        Q_EMIT pythons->activated(chosen);
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), u"Alpha_Script_1_0"_s);
        QVERIFY2(dialog.canBuild(), qPrintable(dialog.reason()));
        QPushButton *build = child<QPushButton>(dialog, "buildButton");
        QVERIFY(build->isEnabled());
        saveScreenshot(dialog, u"build-dialog-source.png"_s);

        QSignalSpy finished(&dialog, &BuildDialog::buildFinished);
        QTest::mouseClick(build, Qt::LeftButton);
        QVERIFY(dialog.isBuilding());
        QVERIFY(child<QPushButton>(dialog, "cancelButton")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const BuildResult result = finished.first().first().value<BuildResult>();
        QVERIFY2(result.ok, qPrintable(result.error + u'\n' + result.details.join(u'\n')));
        const QString venv = m_root + u"/Alpha_Script_1_0"_s;
        QVERIFY(QFileInfo(venv).isDir());
        QVERIFY(QFileInfo::exists(venv + u"/venvdeck.json"_s));
        QVERIFY(QFileInfo::exists(venv + u'/' + QString::fromUtf16(builtRequirementsFileName)));
        const QString log = child<QPlainTextEdit>(dialog, "logView")->toPlainText();
        QVERIFY2(log.contains(u"Successfully installed"_s), qPrintable(log));
        const QString shown = child<QLabel>(dialog, "resultLabel")->text();
        QVERIFY2(shown.contains(u"Alpha_Script_1_0"_s) && shown.contains(u"Built"_s), qPrintable(shown));
        QVERIFY(child<QPushButton>(dialog, "closeButton")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "cancelButton")->isVisible());
        saveScreenshot(dialog, u"build-dialog-log.png"_s);
    }

    void missingFileDisablesBuild()
    {
        BuildDialog dialog(m_root, offlineDefaults());
        // Opened with nothing chosen, the dialog says what to do where the source's values will show.
        const auto *read = child<QTreeWidget>(dialog, "readTree");
        QCOMPARE(read->topLevelItemCount(), 1);
        QVERIFY2(read->topLevelItem(0)->text(0).contains(u"Choose File"_s), qPrintable(read->topLevelItem(0)->text(0)));
        QCOMPARE(dialog.reason(), u"Choose what to build."_s);
        // Nor does it say what Python a package asks for before there is one (a Python that can make venvs here).
        QCOMPARE(child<QLabel>(dialog, "pythonNoteLabel")->text(), QString());
        const QString missing = m_dir.filePath(u"nowhere/requirements.txt"_s);
        dialog.setSource(missing);
        QVERIFY(settle(dialog));
        QVERIFY(!dialog.canBuild());
        QVERIFY(!child<QPushButton>(dialog, "buildButton")->isEnabled());
        QVERIFY2(dialog.reason().contains(missing), qPrintable(dialog.reason()));
        const QString status = child<QLabel>(dialog, "sourceStatusLabel")->text();
        QVERIFY2(status.contains(missing), qPrintable(status));
    }

    void zipWithDotDotIsRefused()
    {
        const QString zip = m_dir.filePath(u"evil.zip"_s);
        QString error;
        QVERIFY2(test::writeZip(zip,
                                {{u"drivermetadata.xml"_s, R"(<Driver Name="Evil" Version="1.0" PythonVersion="3"/>)"},
                                 {u"requirements.txt"_s, "alpha\n"},
                                 {u"../../escape.py"_s, "x"}},
                                &error),
                 qPrintable(error));
        BuildDialog dialog(m_root, offlineDefaults());
        dialog.setSource(zip);
        QVERIFY(settle(dialog));
        QVERIFY(!dialog.canBuild());
        QVERIFY(!child<QPushButton>(dialog, "buildButton")->isEnabled());
        const QString status = child<QLabel>(dialog, "sourceStatusLabel")->text();
        QVERIFY2(status.contains(zip) && status.contains(u"'..'"_s), qPrintable(status));
        QVERIFY2(child<QLabel>(dialog, "reasonLabel")->text().contains(zip), qPrintable(dialog.reason()));
    }

    void requirementsWithoutOwnerDisablesBuild()
    {
        const QString requirements = m_dir.filePath(u"ownerless.txt"_s);
        QVERIFY(test::writeFile(requirements, "alpha\n"));
        BuildDialog dialog(m_root, offlineDefaults());
        dialog.setSource(requirements);
        QVERIFY(settle(dialog));
        QVERIFY(child<QWidget>(dialog, "ownerGroup")->isVisibleTo(&dialog));
        QVERIFY(!dialog.canBuild());
        QVERIFY(!child<QPushButton>(dialog, "buildButton")->isEnabled());
        QVERIFY2(dialog.reason().contains(u"owner"_s), qPrintable(dialog.reason()));
        QVERIFY(child<QLineEdit>(dialog, "nameEdit")->text().isEmpty());
        child<QLineEdit>(dialog, "ownerNameEdit")->setText(u"Some Script"_s);
        if (!dialog.reason().contains(u"Python"_s)) // a machine without a Python that makes venvs says so instead
            QVERIFY2(dialog.canBuild() || dialog.reason().contains(u"offline"_s), qPrintable(dialog.reason()));
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text().startsWith(u"Some_Script"_s), true);
    }

    void refreshOfAForeignVenvSaysItHasNoKeptRequirements()
    {
        Environment environment;
        environment.name = u"Foreign_Driver_1_2"_s;
        environment.path = m_root + u'/' + environment.name;
        QVERIFY(QDir().mkpath(environment.path));
        BuildDialog dialog(m_root, offlineDefaults());
        QSignalSpy finished(&dialog, &BuildDialog::buildFinished);
        dialog.startExisting(environment, BuildMode::Refresh);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!dialog.result()->ok);
        const QString shown = child<QLabel>(dialog, "resultLabel")->text();
        QVERIFY2(shown.contains(u"not built by VenvDeck"_s) && shown.contains(environment.name), qPrintable(shown));
    }
};

QTEST_MAIN(TestBuildDialog)
#include "tst_builddialog.moc"
