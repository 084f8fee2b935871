#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace venvdeck {

// Measures how responsive the event loop of the thread it lives in is, for the benchmark's instrumented run of the
// window (`venvdeck --benchmark-report`). A precise heartbeat timer fires every `intervalMs`; the loop can run it only
// when it is between events, so the gap between two beats is at least as long as anything that held the loop
// (a model reset, a sort, a paint, a batch of rows). Gaps are kept per phase ("scanning", "after the scan", ...),
// and named moments (marks) as milliseconds since start(). Nothing here knows about windows: QtCore only.
class EventLoopMonitor final : public QObject
{
    Q_OBJECT

public:
    struct Gap
    {
        double ms = 0;    // from one beat to the next
        double atMs = 0;  // when it ended, since start()
        double cpuMs = 0; // of it, the time this thread ran (its own work; the rest it waited for a core or slept)
        QString phase;
    };

    explicit EventLoopMonitor(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_beat.isActive(); }
    double elapsedMs() const; // since start()

    // Gaps from now on count toward `phase`; the phase's order is kept in the report.
    void setPhase(const QString &phase);
    QString phase() const { return m_phase; }
    // Records `name` at the current time, the first time only (later calls keep the first time).
    void mark(const QString &name);
    bool hasMark(const QString &name) const;

    double longestGapMs(const QString &phase = {}) const; // all phases when empty
    // The most this thread ran within one gap: what the gaps would be on an idle machine (Linux; 0 elsewhere).
    double longestGapCpuMs(const QString &phase = {}) const;
    QList<Gap> longestGaps(int count) const;              // the longest first

    // {"heartbeatMs", "marksMs": {name: ms}, "phases": [{"phase", "longestGapMs", "atMs", "beats",
    //  "gapsOver50Ms", "durationMs", "longestGapCpuMs"}], "longestGaps": [{"ms", "atMs", "cpuMs", "phase"}],
    //  "peakResidentBytes"}.
    QJsonObject report() const;

private:
    void onBeat();

    struct Phase
    {
        QString name;
        double startMs = 0;
        double endMs = -1;
        double longestMs = 0;
        double longestAtMs = 0;
        double longestCpuMs = 0;
        int beats = 0;
        int over50 = 0;
    };
    double longestOf(double Phase::*field, const QString &phase) const; // of the phase, or of all when empty

    int m_intervalMs;
    QTimer m_beat;
    QElapsedTimer m_clock;
    qint64 m_lastBeatNs = 0;
    qint64 m_lastCpuNs = 0; // this thread's CPU time at the last beat
    QString m_phase;
    QList<Phase> m_phases;
    QList<Gap> m_gaps; // every gap longer than twice the interval
    QList<QPair<QString, double>> m_marks;
};

// The peak resident set of this process so far, in bytes (getrusage's ru_maxrss); -1 where it is not known.
qint64 peakResidentBytes();

} // namespace venvdeck
