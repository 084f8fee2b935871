#pragma once

#include "build/PythonInterpreters.h"
#include "model/Enums.h"

#include <QMetaType>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <utility>

// The value types a build takes and gives back (Builder.h runs it).
namespace venvdeck {

// Where pip takes packages from. An offline folder wins over the index options.
struct IndexOptions
{
    QString indexUrl;      // --index-url
    QString trustedHost;   // --trusted-host; several hosts separated by spaces
    QString extraIndexUrl; // --extra-index-url
    QString offlineFolder; // --no-index --find-links DIR

    // pip's options. An index URL that carries credentials goes through pipEnvironment() instead: a command line
    // is readable by every local user (ps, /proc/<pid>/cmdline), a process's environment only by its owner.
    QStringList pipArguments() const;
    QList<std::pair<QString, QString>> pipEnvironment() const; // PIP_INDEX_URL, PIP_EXTRA_INDEX_URL
    QString describe() const; // for people and logs, credentials masked; "pip's own configuration" when empty

    Q_DECLARE_TR_FUNCTIONS(venvdeck::IndexOptions) // the context lupdate gives tr() in its members
};

// "https://user:secret@host/simple" -> "https://****@host/simple", for every URL in `text`.
QString maskCredentials(const QString &text);

// The folder name the execution server gives an owner's venv. `nameTemplate` holds placeholders:
// {name} the owner with spaces -> _ , {version} the owner's version with its parts joined by _,
// {python} the Python's major.minor with _ (3_11), {rawname} the owner as written. The default template
// (`defaultNameTemplate`) gives Cisco_IOS_Switch_2G_1_0_3 for "Cisco IOS Switch 2G" 1.0.3.
inline constexpr char16_t defaultNameTemplate[] = u"{name}_{version}";
QString environmentNameFor(const QString &nameTemplate, const QString &owner, const QString &version,
                           const QString &pythonMajorMinor = {});

enum class BuildMode
{
    BuildOrRefresh, // build; an existing target is refreshed instead
    Refresh,        // the target must exist
    Rebuild         // build afresh and swap in, keeping the old one
};

struct BuildRequest
{
    QString root;
    QString name;               // the final folder name in the root
    QString requirements;       // requirements.txt as pip gets it
    QString requirementsOrigin; // where it came from, for messages and the log
    QString ownerName;
    OwnerKind ownerKind = OwnerKind::Unknown;
    QString ownerVersion;
    PythonInterpreter interpreter; // for a refresh, the venv's own Python is used
    IndexOptions index;
    BuildMode mode = BuildMode::BuildOrRefresh;
    int timeoutSeconds = 1800; // the whole build; 0 = none
};

enum class BuildAction
{
    None,
    Built,
    Refreshed,
    Rebuilt
};
QString keyword(BuildAction action); // "none", "built", "refreshed", "rebuilt"

struct BuildResult
{
    bool ok = false;
    bool cancelled = false;
    bool timedOut = false;
    BuildAction action = BuildAction::None;
    QString name;
    QString path;        // the final folder
    QString logPath;     // the build's log file
    QString keptOldPath;         // a rebuild keeps the old environment here
    bool keptOldFlagged = false; // ... and flags it for removal at the next restart
    QString pythonVersion;
    QStringList installed; // "name-version" as pip reported "Successfully installed"
    qint64 elapsedMs = 0;
    QString error;       // one line, credentials masked
    QStringList details; // the lines of pip's output that matter
};

enum class BuildStage
{
    Queued,
    Preparing,
    CreatingVenv,
    Installing,
    Checking,
    Finishing,
    Finished
};
QString describe(BuildStage stage);

// Progress derived from pip's own output. Counts pip gives no total for are indeterminate (total -1).
struct BuildProgress
{
    BuildStage stage = BuildStage::Queued;
    int collected = 0;  // "Collecting X" / "Requirement already satisfied"
    int obtained = 0;   // "Downloading X" / "Processing X" / "Using cached X"
    int toInstall = -1; // "Installing collected packages: a, b, c"; -1 until pip says
    QString text;       // one line for a status bar
};

} // namespace venvdeck

Q_DECLARE_METATYPE(venvdeck::BuildResult)
Q_DECLARE_METATYPE(venvdeck::BuildProgress)
