#pragma once

#include "index/Pep440Version.h"

#include <QString>

#include <optional>

namespace venvdeck {

// Does `version` satisfy the PEP 440 specifier set `specifiers` (">=3.7, !=3.8.*, <4", "~=2.1", "==1.0.*")?
// An empty set allows everything. nullopt when the set cannot be parsed (pip then ignores it and says so).
// Pre-release filtering is not done here (callers decide); ordered comparisons follow PEP 440's exclusions
// (<V excludes V's pre-releases, >V excludes V's post-releases, local labels ignored for the candidate).
std::optional<bool> specifierAllows(const QString &specifiers, const Pep440Version &version);
std::optional<bool> specifierAllows(const QString &specifiers, const QString &version);

// The version an exact pin names ("==1.2.3" or "===1.2.3"), empty when the set is anything else.
QString pinnedVersion(const QString &specifiers);

} // namespace venvdeck
