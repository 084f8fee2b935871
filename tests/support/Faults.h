#pragma once

// Helpers of the fault-injection tests (tests/faults): the real venvdeck-cli run as an admin runs it, killed
// at a chosen moment, mounts that exist only for the test, and a fingerprint of a tree to prove nothing else
// changed.

#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace venvdeck::test {

// One venvdeck-cli run to its end.
struct CliRun
{
    bool finished = false; // within the timeout
    bool crashed = false;  // ended by a signal
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const;
    QString describe() const; // exit, stdout and stderr, for QVERIFY2
};

// venvdeck-cli `arguments` with its own settings (XDG_CONFIG_HOME=`configHome`, so the admin's saved settings
// never change what a test sees), stdin from /dev/null, `extraEnvironment` on top of this process's. With a
// `launcher` (`setpriv --reuid=nobody ...`, `prlimit --fsize=N`), the CLI runs under it.
CliRun runCli(const QStringList &arguments, const QString &configHome, int timeoutMs = 60000,
              const QMap<QString, QString> &extraEnvironment = {}, const QStringList &launcher = {});

// Starts venvdeck-cli and SIGKILLs it `delayMs` after it started (or not at all when it ends first). Returns
// true when the kill landed on a running process.
bool runCliAndKill(const QStringList &arguments, const QString &configHome, int delayMs, int *exitCode = nullptr);

// A random generator seeded from VENVDECK_FAULT_SEED when set (to replay a run), else from the clock; the
// seed is printed with qInfo so a failure can be replayed.
QRandomGenerator seededGenerator(const char *testName);

// Linux, as root: moves this process into a mount namespace of its own (and makes every mount in it private),
// so the tmpfs and bind mounts a test makes are seen by it and its children only, and vanish when it ends,
// however it ends. Empty on success, else why not (then the test skips what needs mounts, and says so).
QString enterPrivateMountNamespace();
// Empty on success, else the error (mount(2) errno in words).
QString mountTmpfs(const QString &path, qint64 bytes);
QString bindMountReadOnly(const QString &source, const QString &target);
QString unmount(const QString &path);

// Every path under `dir` (relative) with its type and, for files, size and content hash; links are not
// followed but their targets recorded. Two equal fingerprints: nothing under `dir` changed.
QMap<QString, QString> treeFingerprint(const QString &dir);
// The paths where two fingerprints differ (for messages), at most `limit` of them.
QStringList fingerprintDifferences(const QMap<QString, QString> &before, const QMap<QString, QString> &after,
                                   int limit = 8);

} // namespace venvdeck::test
