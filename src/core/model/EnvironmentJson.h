#pragma once

#include "model/Environment.h"
#include "model/Problem.h"

#include <QJsonArray>
#include <QJsonObject>

namespace venvdeck {

struct ScanResult;

// The JSON shape of `venvdeck-cli list/show --format json` (README documents it). Unknown values are null.
QJsonObject environmentToJson(const Environment &environment);
QJsonArray problemsToJson(const Problems &problems);
QJsonObject scanResultToJson(const ScanResult &result);
// ScanResult::total as {sizeBytes, allocatedBytes, fileCount}, or null when sizes were not computed.
QJsonValue totalToJson(const ScanResult &result);

// ISO-8601 UTC with a trailing Z, or null for an invalid time.
QJsonValue timeToJson(const QDateTime &time);

} // namespace venvdeck
