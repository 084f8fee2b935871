#pragma once

#include "build/BuildRequest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace venvdeck {

class RootLock;

// The copy of the requirements as installed, kept next to venvdeck.json: what a refresh installs again.
inline constexpr char16_t builtRequirementsFileName[] = u"venvdeck-requirements.txt";

// Builds, refreshes or rebuilds one environment, the way the execution server does (issue 3):
//   build:   python -m venv (or virtualenv for Python 2.7) in a temporary sibling `<name>.venvdeck-partial-XXXXXX`
//            holding the incomplete-build marker -> pip install -r -> dependency check -> venvdeck.json -> rename;
//   refresh: pip install -r again in the existing venv (new dependencies come in, installed ones stay as they
//            are) -> dependency check -> venvdeck.json updated;
// The dependency check is pip check's, done in-process (model/DependencyCheck.h) after one short run of the venv's
// Python that reports its marker environment and sys.path.
//   rebuild: a fresh build swapped in; the old environment is kept as `<name>.venvdeck-replaced-<time>`.
// Asynchronous (QProcess on the caller's event loop): start() returns at once, finished() always comes
// later, exactly once. Every line pip prints goes to the log file and to logLine(), credentials masked.
// A RootLock per target name keeps two builds (or a build and a cleanup) off the same venv. At most
// maxConcurrentBuilds() builders of this process run at once; the others wait (stage Queued).
// Builders must live in one thread (the GUI's, or the CLI's main thread).
class Builder final : public QObject
{
    Q_OBJECT

public:
    explicit Builder(QObject *parent = nullptr);
    ~Builder() override; // a running build is killed and its temporary folder removed

    void start(const BuildRequest &request);
    // Ends the build at whatever step it is: the process tree is killed, the temporary folder removed;
    // finished() then reports cancelled. A refresh that is cancelled leaves the venv as pip left it.
    void cancel();
    bool isRunning() const { return m_running; }
    const BuildProgress &progress() const { return m_progress; }

    // 0 (the default) means the number of cores.
    static void setMaxConcurrentBuilds(int count);
    static int maxConcurrentBuilds();

Q_SIGNALS:
    void progressChanged(const venvdeck::BuildProgress &progress);
    void logLine(const QString &line);
    void finished(const venvdeck::BuildResult &result);

private:
    enum class Step
    {
        None,
        CreateVenv,
        Install,
        Check
    };

    void begin();
    bool prepare();
    void startBuild();
    void startRefresh();
    void runStep(Step step, const QString &program, const QStringList &arguments, std::function<void()> next);
    void readOutput(QProcess::ProcessChannel channel);
    void handleLine(const QString &line);
    void stepFinished(int exitCode, QProcess::ExitStatus status);
    bool checkInstalledDependencies(); // false: failed (fail() called)
    void finishBuild();
    void finishRefresh();
    bool writeRecordAndRequirements(const QString &venv);
    void killProcessTree();
    void setStage(BuildStage stage);
    void log(const QString &line);
    void fail(const QString &error, const QStringList &details = {});
    void complete();
    void releaseSlot();

    BuildRequest m_request;
    BuildResult m_result;
    BuildProgress m_progress;
    bool m_running = false;
    bool m_holdsSlot = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_refresh = false;
    QString m_final;
    QString m_temporary; // the partial sibling while it exists
    QString m_requirementsFile;
    QString m_pythonVersion;
    Step m_step = Step::None;
    std::function<void()> m_next;
    QStringList m_stepLines;
    QByteArray m_pending[2];
    QProcess *m_process = nullptr;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    QFile m_log;
    std::unique_ptr<RootLock> m_lock;
    std::unique_ptr<QTemporaryDir> m_scratch;
};

} // namespace venvdeck
