#pragma once

#include "model/Environment.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace venvdeck {

// The staleness rules (README: docs-draft/cleanup.md). Each rule that applies gives a reason an admin can read.
enum class StaleRule
{
    Superseded,
    PythonMismatch,
    Broken,
    Unused,
    RefreshDue
};

QString keyword(StaleRule rule); // "superseded", "python-mismatch", "broken", "unused", "refresh-due"
std::optional<StaleRule> staleRuleFromString(const QString &text);
QList<StaleRule> removableRules(); // every rule but refresh-due, which is shown and never a reason to remove

struct StaleReason
{
    StaleRule rule = StaleRule::Superseded;
    QString reason;

    bool operator==(const StaleReason &) const = default;
};

struct StalenessOptions
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    int keepNewest = 1;        // per owner, by version; never proposed unless broken (at least 1 is kept)
    int unusedDays = 30;       // `unused` when the last use is older than this; 0 or less: the rule is off
    int validityMinutes = 480; // VirtualEnvironmentLifetimeDurationInMinutes
    QSet<QString> pinned;      // folder names the admin pinned: never proposed
    QList<StaleRule> policy = removableRules(); // the rules that may propose a removal
};

// What the rules say about one environment.
struct Staleness
{
    QList<StaleReason> reasons; // every rule that applies, policy or not, in StaleRule order
    bool pinned = false;
    QString keptBecause;   // why a keep rule protects it; empty when none does
    bool proposed = false; // a removable reason in the policy, not pinned, not kept

    bool hasReason(StaleRule rule) const;
};

// Orders two owners' versions: nullopt when they cannot be compared (different owners or sources, or versions
// that are neither both PEP 440 nor both numeric build parts). Record versions are ordered by PEP 440 when
// both parse, otherwise (like name versions "4_10") by their numeric parts separated by `_` or `.`.
std::optional<int> compareOwnerVersions(const Owner &a, const Owner &b);

// Applies every rule to every environment. Keyed by folder name. Owners are grouped by name and kind;
// an owner with no comparable version never makes anything superseded (when in doubt, delete less).
QHash<QString, Staleness> evaluateStaleness(const Environments &environments, const StalenessOptions &options);

} // namespace venvdeck
