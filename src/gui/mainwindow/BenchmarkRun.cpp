#include "mainwindow/BenchmarkRun.h"

#include "mainwindow/MainWindow.h"
#include "model/EnvironmentFilterProxy.h"
#include "model/EnvironmentTableModel.h"
#include "scan/Scanner.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

constexpr int settleMs = 700; // the window's first paint and polish, before the scan starts
constexpr int stepMs = 400;   // between the user's actions after the scan

const QString scanStarted = u"scanStarted"_s;
const QString firstRowsInModel = u"firstRowsInModel"_s;
const QString firstRowsPainted = u"firstRowsPainted"_s;
const QString scanFinished = u"scanFinished"_s;
const QString ready = u"ready"_s;

// While the root is scanned and until the window has settled on it: the phases the 50 ms target is about.
const QStringList scanPhases = {u"scanning"_s, u"after the scan"_s, u"settled"_s};

} // namespace

BenchmarkRun::BenchmarkRun(MainWindow &window, const QString &reportFile, QObject *parent)
    : QObject(parent), m_window(window), m_reportFile(reportFile)
{
}

void BenchmarkRun::start(const std::function<void()> &openRoot)
{
    m_view = m_window.findChild<QTableView *>(u"environmentView"_s);
    if (m_view)
        m_view->viewport()->installEventFilter(this);
    EnvironmentFilterProxy *proxy = m_window.filterProxy();
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &BenchmarkRun::onRowsShown);
    connect(proxy, &QAbstractItemModel::modelReset, this, &BenchmarkRun::onRowsShown);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &BenchmarkRun::onRowsShown);
    // The window handles Scanner::finished first (it was connected first): the mark includes what it does then.
    if (auto *scanner = m_window.findChild<Scanner *>()) {
        connect(scanner, &Scanner::finished, this, [this](const ScanResult &result) {
            if (!m_monitor.hasMark(scanStarted))
                return;
            m_fromCache = result.fromCache;
            m_monitor.mark(scanFinished);
            m_monitor.setPhase(u"after the scan"_s);
        });
    }
    connect(&m_window, &MainWindow::ready, this, [this] {
        if (!m_monitor.hasMark(scanStarted) || m_monitor.hasMark(ready))
            return;
        m_monitor.mark(ready);
        m_monitor.setPhase(u"settled"_s);
        QTimer::singleShot(stepMs, this, &BenchmarkRun::step);
    });

    m_monitor.setPhase(u"startup"_s);
    m_monitor.start();
    QTimer::singleShot(settleMs, this, [this, openRoot] {
        m_monitor.setPhase(u"scanning"_s);
        m_monitor.mark(scanStarted);
        openRoot();
    });
}

void BenchmarkRun::onRowsShown()
{
    if (m_monitor.hasMark(scanStarted) && m_window.filterProxy()->rowCount() > 0)
        m_monitor.mark(firstRowsInModel);
}

bool BenchmarkRun::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport starts to paint rows: they are on the screen once this paint event is done.
    if (event->type() == QEvent::Paint && m_view && watched == m_view->viewport() &&
        m_monitor.hasMark(scanStarted) && m_window.filterProxy()->rowCount() > 0) {
        m_monitor.mark(firstRowsPainted);
        m_view->viewport()->removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

void BenchmarkRun::step()
{
    auto *search = m_window.findChild<QLineEdit *>(u"searchEdit"_s);
    switch (m_step++) {
    case 0:
        m_monitor.setPhase(u"sort by size"_s);
        if (m_view)
            m_view->sortByColumn(EnvironmentTableModel::SizeColumn, Qt::DescendingOrder);
        break;
    case 1:
        m_monitor.setPhase(u"search for a package"_s);
        if (search)
            search->setText(u"paramiko"_s);
        break;
    case 2:
        m_monitor.setPhase(u"clear the search"_s);
        if (search)
            search->clear();
        break;
    case 3:
        m_monitor.setPhase(u"sort by name"_s);
        if (m_view)
            m_view->sortByColumn(EnvironmentTableModel::NameColumn, Qt::AscendingOrder);
        break;
    default:
        finish();
        return;
    }
    QTimer::singleShot(stepMs, this, &BenchmarkRun::step);
}

void BenchmarkRun::finish()
{
    m_monitor.stop();
    QJsonObject report = m_monitor.report();
    const QJsonObject marks = report.value(u"marksMs"_s).toObject();
    const double start = marks.value(scanStarted).toDouble();
    const auto since = [&marks, start](const QString &name) {
        return marks.contains(name) ? QJsonValue(marks.value(name).toDouble() - start) : QJsonValue();
    };
    double longestWhileScanning = 0;
    double longestCpuWhileScanning = 0; // the GUI thread's own work in one gap: the gap on an idle machine
    for (const QString &phase : scanPhases) {
        longestWhileScanning = std::max(longestWhileScanning, m_monitor.longestGapMs(phase));
        longestCpuWhileScanning = std::max(longestCpuWhileScanning, m_monitor.longestGapCpuMs(phase));
    }
    qint64 packages = 0;
    const Environments &environments = m_window.environmentModel()->environments();
    for (const Environment &environment : environments)
        packages += environment.packages.size();
    report.insert(u"root"_s, QDir::toNativeSeparators(m_window.root()));
    report.insert(u"platform"_s, QGuiApplication::platformName());
    report.insert(u"environments"_s, int(environments.size()));
    report.insert(u"packages"_s, double(packages));
    report.insert(u"firstRowsMs"_s, since(firstRowsPainted));
    report.insert(u"firstRowsInModelMs"_s, since(firstRowsInModel));
    report.insert(u"scanMs"_s, since(scanFinished));
    report.insert(u"readyMs"_s, since(ready));
    report.insert(u"fromCache"_s, m_fromCache); // environments the scan reused from the last one (the rescan cache)
    report.insert(u"longestGapWhileScanningMs"_s, std::round(longestWhileScanning * 10) / 10);
    report.insert(u"longestGapCpuWhileScanningMs"_s, std::round(longestCpuWhileScanning * 10) / 10);
    report.insert(u"longestGapStartupMs"_s, std::round(m_monitor.longestGapMs(u"startup"_s) * 10) / 10);

    QSaveFile file(m_reportFile);
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    int exitCode = 0;
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("venvdeck: cannot write the benchmark report %1: %2")
                                    .arg(QDir::toNativeSeparators(m_reportFile), file.errorString())));
        exitCode = 1;
    }
    QApplication::exit(exitCode);
}

} // namespace venvdeck
