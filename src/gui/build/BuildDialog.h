#pragma once

#include "build/BuildPlan.h"
#include "build/BuildRequest.h"
#include "build/BuildSource.h"
#include "model/Problem.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class BuildDialog;
}

namespace venvdeck {

class BuildQueue;
class Builder;
class Settings;

// What the dialog starts with: the settings' package sources, name template, timeout, and customer.config's
// DefaultPythonVersion.
struct BuildDialogDefaults
{
    BuildDefaults build;
    IndexOptions index;

    static BuildDialogDefaults from(const Settings &settings);
};

// Build from Package (ui/builddialog.ui). Page 1: the source (a shell package zip, a driver zip or folder, or a
// requirements.txt), what was read from it, the owner of a requirements file, the Python, the package sources,
// the target name; Build stays disabled, with the reason shown, until planBuild() accepts it. Page 2: pip's live
// log, the stage and a progress bar, Cancel, then the result. The dialog owns its Builder; sources are read and
// Pythons discovered on worker threads, so the window never waits.
class BuildDialog final : public QDialog
{
    Q_OBJECT

public:
    BuildDialog(const QString &root, const BuildDialogDefaults &defaults, QWidget *parent = nullptr);
    ~BuildDialog() override;

    // Builds started from now on are handed to `queue` (the window's Builds panel): closing the dialog while one
    // runs leaves it running there. Without a queue, closing cancels the build first.
    void setBuildQueue(BuildQueue *queue);
    void setSource(const QString &path); // reads it (in the background)
    // Refresh or rebuild an environment of the root: straight to the log page once the Pythons are known;
    // a plan that cannot start (no kept requirements) is shown as the result.
    void startExisting(const Environment &environment, BuildMode mode);

    bool isReading() const { return m_reading; }
    bool interpretersKnown() const { return m_interpretersKnown; }
    bool canBuild() const { return m_plan.request.has_value(); }
    QString reason() const { return m_reason; } // why Build is disabled; empty when it is not
    bool isBuilding() const;
    const std::optional<BuildResult> &result() const { return m_result; }

    void build(); // what the Build button does

Q_SIGNALS:
    void sourceRead(); // the source named last has been read (or failed to be)
    void buildFinished(const venvdeck::BuildResult &result);

protected:
    void reject() override; // Esc or the window's close while building: cancels it first, unless a queue has it

private:
    void chooseFile();
    void chooseFolder();
    void chooseOfflineFolder();
    void onSourceRead();
    void onInterpretersFound();
    void fillPythons();
    void showSource();
    void chooseDefaultPython();
    void updateName();
    void updatePlan();
    void startRequest(const BuildRequest &request);
    void onProgress(const BuildProgress &progress);
    void onFinished(const BuildResult &result);
    void showPage(bool log);
    QList<PythonInterpreter> interpreters() const;

    std::unique_ptr<Ui::BuildDialog> m_ui;
    QString m_root;
    BuildDialogDefaults m_defaults;
    QString m_sourcePath;
    QFutureWatcher<Read<BuildSource>> m_readWatcher;
    QFutureWatcher<void> m_pythonWatcher;
    std::optional<Read<BuildSource>> m_source;
    bool m_reading = false;
    bool m_interpretersKnown = false;
    bool m_pythonChosen = false; // the admin picked a Python: the source no longer chooses it
    bool m_nameEdited = false;   // the admin typed a name: the template no longer fills it
    BuildPlan m_plan;
    QString m_reason;
    std::optional<Environment> m_pendingExisting;
    BuildMode m_pendingMode = BuildMode::Refresh;
    QPointer<Builder> m_builder; // owned by the queue when there is one, else by the dialog
    BuildQueue *m_queue = nullptr;
    std::optional<BuildResult> m_result;
};

} // namespace venvdeck
