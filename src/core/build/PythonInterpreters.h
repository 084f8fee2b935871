#pragma once

#include "model/Problem.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace venvdeck {

// An installed Python interpreter, probed once.
struct PythonInterpreter
{
    QString path;                // absolute path of the executable, as found (e.g. /usr/bin/python3)
    QString realPath;            // the same file with every link resolved (what duplicates are recognised by)
    QString version;             // "3.11.7" (major.minor.micro, as pyvenv.cfg writes it)
    QString implementation;      // "CPython", "PyPy"
    bool hasVenvModule = false;  // `import venv, ensurepip` works
    bool hasVirtualenv = false;  // `import virtualenv` works (the way to make Python 2.7 environments)
    QString ensurepipBundledDir; // ensurepip's folder of bundled wheels (pip, setuptools); empty when it has none
                                 // (Debian's python3 takes them from /usr/share/python-wheels instead)

    int major() const;
    int minor() const;
    QString majorMinor() const; // "3.11"
    bool canMakeVenvs() const { return hasVenvModule || hasVirtualenv; }
};

// What a search found, and every candidate that could not be probed (each naming its path).
struct PythonDiscovery
{
    QList<PythonInterpreter> interpreters; // sorted newest first
    Problems problems;
};

// Finds the Pythons on this machine: PATH (python3, python, python2, python3.X), /usr/bin/python3.*,
// /usr/local/bin/python3.*, pyenv's versions (~/.pyenv/versions/*/bin, $PYENV_ROOT), and on Windows the
// py launcher's and registry's ones. pyenv's shims are never probed: they are scripts that dispatch to one of
// pyenv's versions, which are listed themselves. Each is probed once (one short Python process, with a
// timeout; all probes run at the same time) and the result cached for the life of the process (thread-safe:
// concurrent first callers wait for one search); duplicates (same real file, or the same sys.executable) are
// listed once. Sorted newest first.
const PythonDiscovery &discoverPythonInterpreters();
QList<PythonInterpreter> findPythonInterpreters(); // discoverPythonInterpreters().interpreters

// The newest interpreter of a major version ("2" or "3") that can make venvs, or the newest one matching
// "X.Y" / exactly "X.Y.Z" (preferring one that can make venvs), or the one at a path. nullptr when none.
const PythonInterpreter *choosePythonInterpreter(const QList<PythonInterpreter> &interpreters, const QString &wanted);

// The building blocks, for tests and for an interpreter the admin names by path.
QStringList pythonInterpreterCandidates(); // unprobed candidates, shims left out, one path per real file
bool isPyenvShim(const QString &path);     // a pyenv (or pyenv-virtualenv) shim script
// Probes one interpreter (uncached). No value, and the reason in `error`, when it does not run as a Python.
std::optional<PythonInterpreter> probePythonInterpreter(const QString &path, QString *error = nullptr,
                                                        int timeoutMs = 20000);
int pythonInterpreterProbeCount(); // probe processes started in this process so far

// The environment every Python and pip process VenvDeck starts gets: the system environment without
// PYTHONPATH, PYTHONHOME, PYTHONSTARTUP, PYTHONUSERBASE, VIRTUAL_ENV, __PYVENV_LAUNCHER__ and PIP_REQUIRE_VIRTUALENV,
// plus PIP_DISABLE_PIP_VERSION_CHECK=1, PIP_NO_INPUT=1 and PYTHONIOENCODING=utf-8.
QProcessEnvironment pythonProcessEnvironment();

} // namespace venvdeck
