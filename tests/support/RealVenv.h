#pragma once

// Test helpers around the real Pythons of this machine: python -m venv, pip installing wheels offline,
// small wheels of our own, and `pip list --format=json` to compare the scanner with.

#include "build/PythonInterpreters.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace venvdeck::test {

// Hermetic pip for the rest of the test process: no configuration, find-links or cache of this machine.
void makePipHermetic();

// Debian's python3-pip-whl, python3-setuptools-whl and python3-wheel-whl put real wheels here.
QString systemWheelDir();
// The newest wheel of `project` in `folder` ("pip", "setuptools", "wheel"); empty when there is none.
QString findWheel(const QString &folder, const QString &project);

// The interpreters that can make venvs with `python -m venv` (findPythonInterpreters(), newest first).
QList<PythonInterpreter> venvInterpreters();
// The first of venvInterpreters() that `accept` takes; nullopt when none.
std::optional<PythonInterpreter> findVenvInterpreter(const std::function<bool(const PythonInterpreter &)> &accept);
// Debian's /usr/bin/python3 (by its real path), when it can make venvs.
std::optional<PythonInterpreter> systemPython3();
// The newest venv-capable interpreter of a major.minor ("3.8"); nullopt when none.
std::optional<PythonInterpreter> venvInterpreter(const QString &majorMinor);

// The result of one process run to its end.
struct ProcessRun
{
    bool started = false;
    bool finished = false; // within the timeout
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString command;

    bool ok() const { return started && finished && exitCode == 0; }
    QString describe() const; // the command, how it ended and the last lines of both streams (for QVERIFY2)
};

// Runs a program with an argument list and VenvDeck's Python environment (pythonProcessEnvironment()).
ProcessRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 180000,
                      const QString &workingDirectory = {});

// <venv>/bin/python (Scripts/python.exe on Windows).
QString venvPythonPath(const QString &venv);

// python -m venv [--without-pip] <dir> with the given interpreter.
ProcessRun createVenv(const PythonInterpreter &python, const QString &dir, bool withPip = true);

// <venv python> -m pip install --no-index --find-links <each folder> <extraArguments...> <requirements...>.
ProcessRun pipInstall(const QString &venv, const QStringList &requirements, const QStringList &findLinks,
                      const QStringList &extraArguments = {});

// Writes a pure-Python wheel <name>-<version>-py2.py3-none-any.whl into `outputDir` with a module
// <module>.py, METADATA (Name spelled as given, Version, Summary, Requires-Dist lines, Requires-Python when
// given), WHEEL and a RECORD with sha256 hashes, using `python`'s zipfile. Returns the wheel's path, or an empty
// string with the reason in `error`.
QString buildWheel(const PythonInterpreter &python, const QString &outputDir, const QString &name,
                   const QString &version, const QStringList &requiresDist = {}, QString *error = nullptr);

// One entry of a zip that writeZip makes: a file with `data`, a file of `zeros` NUL bytes (zip bombs), or a
// symbolic link to `symlinkTarget`. The name is written exactly as given (absolute paths and `..` included).
struct ZipEntry
{
    ZipEntry(const QString &entryName, const QByteArray &entryData)
        : name(entryName)
        , data(entryData)
    {
    }
    static ZipEntry ofZeros(const QString &entryName, qint64 count);
    static ZipEntry symlink(const QString &entryName, const QString &target);

    QString name;
    QByteArray data;
    qint64 zeros = -1;
    QString symlinkTarget;
};

// Writes a zip with Python's zipfile (deflated). Returns false with the reason in `error`.
bool writeZip(const QString &path, const QList<ZipEntry> &entries, QString *error = nullptr);

// Writes a setuptools project (setup.py, one module, and with `withPyproject` a pyproject.toml naming the
// setuptools backend) at `dir`, for editable installs: modern pip makes a PEP 660 editable of it with a
// pyproject.toml, old pip (or no pyproject.toml) a `setup.py develop` .egg-link. Returns false on error.
bool writeSetuptoolsProject(const QString &dir, const QString &name, const QString &version, bool withPyproject);

// pip list --format=json run inside the venv: name (as pip prints it) -> version. nullopt with the reason in
// `error` when pip fails or prints something else.
std::optional<QMap<QString, QString>> pipList(const QString &venv, QString *error = nullptr);

} // namespace venvdeck::test
