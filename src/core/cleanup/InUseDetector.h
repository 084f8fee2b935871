#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace venvdeck {

// One process that uses a folder, and how.
struct ProcessUse
{
    qint64 pid = 0;
    QString command; // its command line, arguments joined by spaces
    QString how;     // "executable", "interpreter", "working directory", "mapped file", "open file"
    QString path;    // the path inside the folder that it uses
};

struct InUseScan
{
    QHash<QString, QList<ProcessUse>> byFolder; // folder (as given) -> processes using it; absent: none seen
    int unreadableProcesses = 0;                // processes whose /proc entries could not be read (normal without root)
    bool supported = true;                      // false where this platform cannot tell (then nothing counts as unused)
};

// Which processes use anything inside each of `folders` right now. Linux: /proc/<pid>/exe, cwd, the started
// program (argv[0] when absolute), maps and open file descriptors. Links are compared after resolving the
// folder itself, so a root reached through a link still matches. Processes that vanish or deny access are
// skipped and counted; the calling process is never reported.
InUseScan findProcessesUsing(const QStringList &folders);

} // namespace venvdeck
