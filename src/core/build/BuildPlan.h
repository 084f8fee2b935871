#pragma once

#include "build/BuildRequest.h"
#include "build/BuildSource.h"
#include "model/Environment.h"

#include <QList>
#include <QString>

#include <optional>

// The one rule that turns what was read from a build source plus what the admin chose into a BuildRequest.
// The CLI (build) and the window's Build dialog both go through planBuild(); no widget or command repeats it.
namespace venvdeck {

// What the admin chose; empty fields mean "the default".
struct BuildChoices
{
    QString ownerName;    // overrides the source's (a requirements file has none)
    QString ownerVersion; // overrides the source's
    QString python;       // 2, 3, X.Y, X.Y.Z or a path; empty: the package's PythonVersion, then customer.config
    QString name;         // the target folder name; empty: the name template
    IndexOptions index;
    bool rebuild = false;
};

// The settings (and customer.config value) the rule reads, as plain values: the function stays pure.
struct BuildDefaults
{
    QString nameTemplate = QString::fromUtf16(defaultNameTemplate);
    QString defaultPythonVersion; // customer.config's DefaultPythonVersion; empty when unknown
    int timeoutSeconds = 1800;
};

struct BuildPlan
{
    std::optional<BuildRequest> request; // set when the build can start
    QString error;                       // otherwise: why not, in words
    QString wantedPython;                // the Python that was looked for ("3", "2", a path, ...)
};

// The Python a build asks for: the admin's choice, else the package's PythonVersion, else customer.config's
// DefaultPythonVersion (scripts), else "3".
QString wantedPythonVersion(const BuildSource &source, const QString &choice, const QString &defaultPythonVersion);

// Applies the choices to `source` (owner overrides), chooses the interpreter among `interpreters`
// (choosePythonInterpreter; a path must be among them: probe it first), names the target (the choice, else the
// template) and checks the name. `root` is the venv root.
BuildPlan planBuild(const QString &root, const BuildSource &source, const BuildChoices &choices,
                    const BuildDefaults &defaults, const QList<PythonInterpreter> &interpreters);

// A refresh (BuildMode::Refresh) or rebuild (BuildMode::Rebuild) of an environment in the root: the requirements
// are the copy VenvDeck kept when it built it (builtRequirementsFileName in Builder.h), the owner comes from what
// the scanner resolved, and a rebuild uses the newest interpreter of the environment's major.minor Python. The
// error says so when the environment was not built by VenvDeck and so has no kept requirements.
BuildPlan planExisting(const QString &root, const Environment &environment, BuildMode mode, const IndexOptions &index,
                       const BuildDefaults &defaults, const QList<PythonInterpreter> &interpreters);

} // namespace venvdeck
