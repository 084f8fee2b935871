#pragma once

#include <QList>
#include <QString>

namespace venvdeck {

// An installed Python interpreter, probed once.
struct PythonInterpreter
{
    QString path;           // absolute path of the executable
    QString version;        // "3.11.7"
    QString implementation; // "CPython", "PyPy"
    bool hasVenvModule = false;  // `import venv, ensurepip` works
    bool hasVirtualenv = false;  // `import virtualenv` works (the way to make Python 2.7 environments)

    int major() const;
    int minor() const;
    QString majorMinor() const; // "3.11"
};

// Finds the Pythons on this machine: PATH (python3, python, python2, python3.X), /usr/bin/python3.*,
// /usr/local/bin/python3.*, pyenv's versions (~/.pyenv/versions/*/bin, $PYENV_ROOT), and on Windows the
// py launcher's and registry's ones. Each is probed once (one short Python process, with a timeout) and the
// result cached for the life of the process; duplicates (same real file) are listed once. Sorted newest first.
QList<PythonInterpreter> findPythonInterpreters();

// The newest interpreter of a major version (2 or 3) that can make venvs, or the exact "X.Y[.Z]" asked for.
const PythonInterpreter *choosePythonInterpreter(const QList<PythonInterpreter> &interpreters,
                                                 const QString &wanted);

} // namespace venvdeck
