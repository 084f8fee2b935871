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

// Reads one *.dist-info folder, *.egg-info folder or *.egg-info file (or *.egg folder): the metadata
// headers (only the header block is read from disk), INSTALLER, REQUESTED and direct_url.json; for eggs
// without Requires-Dist, requires.txt turned into Requires-Dist strings as importlib.metadata does.
// Missing or unreadable METADATA/PKG-INFO, or one without Name or Version: no value, a problem naming the
// file. An unreadable INSTALLER or invalid direct_url.json: a problem, the distribution is still returned.
Read<Distribution> readDistribution(const QString &metadataPath);

// Every distribution installed in one site-packages folder, the way pip list sees them: *.dist-info and
// *.egg-info entries, *.egg folders (EGG-INFO/PKG-INFO), and *.egg-link (develop installs) pointing at an
// egg-info elsewhere (marked editable, directUrl the project folder as a file: URL). When two entries name
// the same project (PEP 503), the first wins -- dist-info and egg-info before eggs before egg-links, each in
// file-name order -- and the other is reported as a problem naming both. A folder that cannot be listed is
// no value and a problem. Sorted by name, case-insensitively.
Read<QList<Distribution>> readDistributions(const QString &sitePackagesPath);

} // namespace venvdeck
