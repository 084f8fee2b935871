#pragma once

#include "build/BuildRequest.h"

#include <QString>
#include <QStringList>

// Pure functions over the lines pip prints: progress, what was installed, and what went wrong.
namespace venvdeck {

// Updates `progress` with one line pip printed; true when it changed.
bool updateProgress(BuildProgress &progress, const QString &line);

// The packages of pip's "Successfully installed a-1.0 b-2.0" line ({"a-1.0", "b-2.0"}); empty otherwise.
QStringList successfullyInstalled(const QString &line);

// What failed, from pip's output: a headline ("No matching distribution found for X==1.2 on <index>",
// "the package index is unreachable: <url>", "requirement line 7 is invalid: ...") and the lines that matter.
struct PipFailure
{
    QString headline;
    QStringList details;
};
PipFailure summarizePipFailure(const QStringList &lines, const IndexOptions &index, int exitCode);

// Whether a failed step's output says the disk is full (ENOSPC: "No space left on device", "[Errno 28]",
// or a file-size limit: "File too large", "[Errno 27]"); the line that says so, empty otherwise.
QString diskFullLine(const QStringList &lines);

} // namespace venvdeck
