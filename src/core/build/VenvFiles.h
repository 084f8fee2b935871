#pragma once

#include "model/Problem.h"

#include <QString>

// Small helpers about the files of a venv that the builder and the demo root share.
namespace venvdeck {

// <venv>/bin/python, or <venv>/Scripts/python.exe on Windows.
QString venvPythonPath(const QString &venv);

// Before a venv built under a temporary name is renamed to its final name: the absolute path of the temporary
// folder (in pyvenv.cfg's command, the activate scripts, pip's script shebangs in bin/ or Scripts/) becomes
// `final`, so that the environment works under its live name. Files it cannot rewrite are problems.
void replaceTemporaryPath(const QString &temporary, const QString &final, Problems *problems);

// The wheel of `project` with the highest version in `folder` (e.g. /usr/share/python-wheels), or an empty string.
QString newestWheel(const QString &folder, const QString &project);

} // namespace venvdeck
