#pragma once

#include "model/Environment.h"
#include "scan/ScanOptions.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace venvdeck {

// What a scan prepares once and every environment reader shares (read-only across threads).
struct ScanContext
{
    ScanOptions options;
    QHash<QString, QDateTime> newestDriverLog; // venv folder name -> newest log file time, across reservations
};

// Describes one direct child of the root without starting any Python process. Never throws: every
// problem ends up in Environment::problems, naming its path.
Environment readEnvironment(const QString &path, const ScanContext &context);

} // namespace venvdeck
