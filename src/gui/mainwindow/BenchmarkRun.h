#pragma once

#include "diagnostics/EventLoopMonitor.h"

#include <QObject>
#include <QString>

#include <functional>

class QTableView;

namespace venvdeck {

class MainWindow;

// The instrumented run behind `venvdeck --benchmark-report FILE` (tests/benchmarks/run_benchmarks.py runs it
// offscreen). It lets the window settle, opens the root, and measures with an EventLoopMonitor: the longest gap of
// the GUI's event loop while the root is scanned and after (model resets, sorting, the cleanup check), the time
// from the start of the scan to the first rows in the table's model and on its viewport, to the end of the scan and
// to the window's ready(); then it sorts by size and searches, as a user would, and measures those too. It writes
// the figures, how many environments the scan reused from the rescan cache, and the peak resident memory as JSON
// to FILE and quits (exit code 1 when FILE cannot be written).
class BenchmarkRun final : public QObject
{
    Q_OBJECT

public:
    BenchmarkRun(MainWindow &window, const QString &reportFile, QObject *parent = nullptr);

    // `openRoot` opens the root to scan; it is called once the window has shown itself and settled.
    void start(const std::function<void()> &openRoot);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRowsShown();
    void step(); // after ready(): the next user action, then the report
    void finish();

    MainWindow &m_window;
    QString m_reportFile;
    QTableView *m_view = nullptr;
    EventLoopMonitor m_monitor;
    int m_step = 0;
    int m_fromCache = 0;
};

} // namespace venvdeck
