#pragma once

#include "cleanup/CleanupStatus.h"
#include "model/Environment.h"

#include <QString>
#include <QStringList>

namespace venvdeck {

// What the status bar sums up about a set of environments.
struct EnvironmentSummary
{
    int count = 0;
    int broken = 0;   // Health::Broken
    int notAVenv = 0; // Health::NotAVenv
    qint64 totalApparentBytes = 0;
    qint64 totalAllocatedBytes = 0;
    bool sizesKnown = false; // at least one environment had its sizes computed
    int proposed = 0;        // proposed for removal by the staleness rules (with cleanup status only)
    qint64 reclaimableBytes = 0; // their apparent sizes
    int pendingRemoval = 0;
    int inUse = 0;

    bool operator==(const EnvironmentSummary &) const = default;
};

// With `cleanup` (keyed by folder name), also what the staleness rules propose and what is flagged or in use.
EnvironmentSummary summarize(const Environments &environments, const QHash<QString, CleanupStatus> *cleanup = nullptr);

// "3.11" from "3.11.7", "2.7" from "2.7"; empty when the version does not have a major and a minor part.
QString pythonMajorMinor(const QString &pythonVersion);

// Every Python major.minor the environments use, newest first (compared as numbers: 3.10 after 3.9).
QStringList pythonMajorMinors(const Environments &environments);

// Compares version-like strings part by part: runs of digits as numbers, other runs as case-insensitive text,
// separators (. _ - +) only separate. A release sorts after its pre-releases ("1.0rc1" < "1.0"). Returns <0, 0, >0.
// A loose comparison for display and filtering; PEP 440 lives in the index module.
int compareVersions(const QString &left, const QString &right);

} // namespace venvdeck
