#pragma once

#include "index/SimpleIndex.h"

#include <QList>
#include <QString>

namespace venvdeck {

// What to choose the latest version for: one installed distribution in one environment.
struct SelectionContext
{
    QString installedVersion; // decides whether pre-releases count (only when it is one itself)
    QString pythonVersion;    // the environment's Python, for requires-python; empty: not known, not checked
    QString pin;              // the owner's requirement specifier, when known ("==1.2", ">=2,<3"); empty otherwise
};

// The result of choosing, pip's way, among the files of every index merged.
struct Selection
{
    QString latestAllowed;  // highest version installable here: not yanked (unless pinned), requires-python met
    QString latestOverall;  // highest version on the index for any Python (yanked excluded unless pinned)
    QString latestPinned;   // highest installable version the pin accepts; empty when no pin or none
    int invalidVersions = 0; // distinct file versions that are not PEP 440 (skipped)
    int yankedSkipped = 0;   // distinct versions skipped because every file of them is yanked
    int badRequiresPython = 0; // files whose requires-python could not be parsed (treated as allowing, as pip does)
    bool pythonChecked = false; // false when the environment's Python was not known: latestAllowed is uncertain

    bool updateAvailable = false; // latestAllowed is newer than the installed version
    std::optional<bool> pinAcceptsLatest; // does the pin accept latestAllowed? nullopt when no pin is known
};

Selection selectLatest(const QList<IndexFile> &files, const SelectionContext &context);

} // namespace venvdeck
