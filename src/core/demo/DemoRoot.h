#pragma once

#include "model/Problem.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace venvdeck {

// The marker file that labels a folder as VenvDeck's demo root (the GUI and CLI say "demo" when they see it).
inline constexpr char16_t demoRootMarkerFileName[] = u".venvdeck-demo";

// Where the demo root lives by default: <GenericDataLocation>/venvdeck/demo-root (~/.local/share/venvdeck/demo-root
// on Linux), the same for the GUI and the CLI whatever their application names.
QString defaultDemoRoot();
bool isDemoRoot(const QString &root);

// The folder names of the environments a demo root holds, in the order they are described in the marker.
QStringList demoEnvironmentNames();

// A demo root also holds something to build from: an unpacked driver folder (drivermetadata.xml, driver.py and a
// requirements.txt that the offline wheels of this machine satisfy), the next build of the demo's Cisco driver, in
// <root>/.venvdeck-demo-sources (hidden: not an environment). Writes it when it is missing and returns its path;
// a write that fails adds a problem naming the file.
inline constexpr char16_t demoSourcesFolderName[] = u".venvdeck-demo-sources";
QString demoBuildSource(const QString &root, Problems *problems = nullptr);

struct DemoRootResult
{
    QString root;
    QStringList created;    // folder names of the environments made
    QStringList notes;      // what could not be made real here and what was done instead, in words
    Problems problems;      // failures, each naming its path; empty on success
    bool reused = false;    // the root was complete already and was left as it was
    bool refused = false;   // the folder is not empty and not a demo root: nothing was touched
    bool cancelled = false; // cancel was asked for; what was complete stays, the next call finishes the rest
    qint64 elapsedMs = 0;   // how long the call took
    bool ok() const { return problems.isEmpty(); }
};

// Creates a demo root of real venvs with the Pythons found on this machine, named the way the execution
// server names them, with at least one superseded, one Python-mismatched and one broken environment.
// Blocking (runs python -m venv and pip, offline, a few at a time); run it on a worker thread in the GUI.
// `progress` is called from worker threads, one call at a time ("Creating X with Python 3.11.2…").
// An existing demo root is reused as it is, its build source written if missing (a half-made one, left by an interrupted run, is completed); a
// non-empty folder without the marker is refused and left untouched. Each environment is built under a
// temporary hidden sibling name and renamed into place when complete.
DemoRootResult createDemoRoot(const QString &root, const std::function<void(const QString &)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

} // namespace venvdeck
