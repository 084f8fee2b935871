#pragma once

#include "model/Distribution.h"
#include "model/Problem.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace venvdeck {

// Parses the header block of a METADATA or PKG-INFO file (RFC 822 style, continuation lines, repeated
// Requires-Dist). Reading stops at the first blank line: the body (long description) is never needed.
// Returns nullopt with a problem naming `path` when Name or Version is missing.
Read<Distribution> parseMetadataHeaders(QByteArrayView headers, const QString &path);

// Reads one *.dist-info folder, *.egg-info folder or *.egg-info file: the metadata headers (only the
// header block is read from disk), INSTALLER, REQUESTED and direct_url.json.
Read<Distribution> readDistribution(const QString &metadataPath);

// Every distribution installed in one site-packages folder, the way pip list sees them: *.dist-info and
// *.egg-info entries, and *.egg-link (develop installs) pointing at an egg-info elsewhere. When two
// entries name the same project, the first in directory order wins and the other is reported as a problem.
// Sorted by name, case-insensitively.
Read<QList<Distribution>> readDistributions(const QString &sitePackagesPath);

} // namespace venvdeck
