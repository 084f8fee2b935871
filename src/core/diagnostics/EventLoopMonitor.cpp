#include "diagnostics/EventLoopMonitor.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#endif

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

constexpr double stallMs = 50; // the benchmark's target: no gap of the GUI's loop over 50 ms

double round1(double ms)
{
    return std::round(ms * 10) / 10;
}

// The CPU time of the calling thread; 0 where it is not known.
qint64 threadCpuNs()
{
#if defined(Q_OS_LINUX)
    timespec time{};
    if (::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0)
        return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
#endif
    return 0;
}

} // namespace

EventLoopMonitor::EventLoopMonitor(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_beat.setTimerType(Qt::PreciseTimer);
    m_beat.setInterval(intervalMs);
    connect(&m_beat, &QTimer::timeout, this, &EventLoopMonitor::onBeat);
}

void EventLoopMonitor::start()
{
    m_clock.start();
    m_lastBeatNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_gaps.clear();
    m_marks.clear();
    m_phases.clear();
    setPhase(m_phase.isEmpty() ? u"start"_s : m_phase);
    m_beat.start();
}

void EventLoopMonitor::stop()
{
    onBeat(); // the gap up to now counts too
    m_beat.stop();
    if (!m_phases.isEmpty())
        m_phases.last().endMs = elapsedMs();
}

double EventLoopMonitor::elapsedMs() const
{
    return m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e6 : 0;
}

void EventLoopMonitor::setPhase(const QString &phase)
{
    if (!m_phases.isEmpty() && m_phases.last().name == phase)
        return;
    const double now = elapsedMs();
    if (!m_phases.isEmpty())
        m_phases.last().endMs = now;
    m_phase = phase;
    if (m_clock.isValid())
        m_phases.append({phase, now});
}

void EventLoopMonitor::mark(const QString &name)
{
    if (!hasMark(name))
        m_marks.append({name, elapsedMs()});
}

bool EventLoopMonitor::hasMark(const QString &name) const
{
    return std::any_of(m_marks.cbegin(), m_marks.cend(), [&name](const auto &mark) { return mark.first == name; });
}

void EventLoopMonitor::onBeat()
{
    if (!m_clock.isValid() || m_phases.isEmpty())
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = double(now - m_lastBeatNs) / 1e6;
    m_lastBeatNs = now;
    const qint64 cpuNow = threadCpuNs();
    const double cpuMs = double(cpuNow - m_lastCpuNs) / 1e6;
    m_lastCpuNs = cpuNow;
    // The gap belongs to the phase it ended in: a reset that starts a phase is counted in it.
    Phase &phase = m_phases.last();
    ++phase.beats;
    if (gapMs > phase.longestMs) {
        phase.longestMs = gapMs;
        phase.longestAtMs = double(now) / 1e6;
    }
    phase.longestCpuMs = std::max(phase.longestCpuMs, cpuMs);
    if (gapMs > stallMs)
        ++phase.over50;
    if (gapMs > 2.0 * m_intervalMs)
        m_gaps.append({gapMs, double(now) / 1e6, cpuMs, phase.name});
}

double EventLoopMonitor::longestOf(double Phase::*field, const QString &phase) const
{
    double longest = 0;
    for (const Phase &p : m_phases) {
        if (phase.isEmpty() || p.name == phase)
            longest = std::max(longest, p.*field);
    }
    return longest;
}

double EventLoopMonitor::longestGapMs(const QString &phase) const
{
    return longestOf(&Phase::longestMs, phase);
}

double EventLoopMonitor::longestGapCpuMs(const QString &phase) const
{
    return longestOf(&Phase::longestCpuMs, phase);
}

QList<EventLoopMonitor::Gap> EventLoopMonitor::longestGaps(int count) const
{
    QList<Gap> gaps = m_gaps;
    std::sort(gaps.begin(), gaps.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
    if (gaps.size() > count)
        gaps.resize(count);
    return gaps;
}

QJsonObject EventLoopMonitor::report() const
{
    QJsonObject marks;
    for (const auto &[name, ms] : m_marks)
        marks.insert(name, round1(ms));
    QJsonArray phases;
    for (const Phase &p : m_phases) {
        const double end = p.endMs >= 0 ? p.endMs : elapsedMs();
        phases.append(QJsonObject{{u"phase"_s, p.name},
                                  {u"startMs"_s, round1(p.startMs)},
                                  {u"durationMs"_s, round1(end - p.startMs)},
                                  {u"beats"_s, p.beats},
                                  {u"longestGapMs"_s, round1(p.longestMs)},
                                  {u"longestGapAtMs"_s, round1(p.longestAtMs)},
                                  {u"longestGapCpuMs"_s, round1(p.longestCpuMs)},
                                  {u"gapsOver50Ms"_s, p.over50}});
    }
    QJsonArray gaps;
    for (const Gap &gap : longestGaps(15))
        gaps.append(QJsonObject{{u"ms"_s, round1(gap.ms)},
                                {u"atMs"_s, round1(gap.atMs)},
                                {u"cpuMs"_s, round1(gap.cpuMs)},
                                {u"phase"_s, gap.phase}});
    return {{u"heartbeatMs"_s, m_intervalMs},
            {u"marksMs"_s, marks},
            {u"phases"_s, phases},
            {u"longestGaps"_s, gaps},
            {u"peakResidentBytes"_s, double(peakResidentBytes())}};
}

qint64 peakResidentBytes()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) == 0)
#ifdef Q_OS_MACOS
        return qint64(usage.ru_maxrss); // bytes on macOS
#else
        return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
#endif
#endif
    return -1;
}

} // namespace venvdeck
