#pragma once

#include "model/Environment.h"
#include "model/Problem.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace venvdeck {

struct ScanResult
{
    QString root;
    QDateTime scannedAt; // UTC, when the scan started
    Environments environments; // sorted by name
    Problems errors;           // every problem met, each naming its path (environment problems included)
    bool cancelled = false;
    int fromCache = 0; // environments reused from the rescan cache (ScanOptions::useCache), not read again
    // The environments' sizes together, a file hard-linked from several of them counted once (each environment's
    // own size counts it in full). Set by scanRoot when sizes were computed.
    std::optional<DiskUsage> total;
};

} // namespace venvdeck

Q_DECLARE_METATYPE(venvdeck::ScanResult)
