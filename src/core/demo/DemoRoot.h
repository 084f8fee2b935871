#pragma once

#include "model/Problem.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace venvdeck {

// The marker file that labels a folder as VenvDeck's demo root (the GUI and CLI say "demo" when they see it).
inline constexpr char16_t demoRootMarkerFileName[] = u".venvdeck-demo";

// Where the demo root lives by default: <AppLocalDataLocation>/demo-root.
QString defaultDemoRoot();
bool isDemoRoot(const QString &root);

struct DemoRootResult
{
    QString root;
    QStringList created; // folder names of the environments made
    QStringList notes;   // what could not be made real here and what was done instead, in words
    Problems problems;   // failures, each naming its path; empty on success
    bool ok() const { return problems.isEmpty(); }
};

// Creates a demo root of real venvs with the Pythons found on this machine, named the way the execution
// server names them, with at least one superseded, one Python-mismatched and one broken environment.
// Blocking (runs python -m venv and pip, offline); run it on a worker thread in the GUI. An existing demo
// root is reused as it is; a non-empty folder without the marker is refused.
DemoRootResult createDemoRoot(const QString &root, const std::function<void(const QString &)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

} // namespace venvdeck
