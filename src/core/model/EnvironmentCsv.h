#pragma once

#include "model/Environment.h"

#include <QString>
#include <QStringList>

namespace venvdeck {

// One RFC 4180 record: fields quoted where needed, CRLF line end.
QString csvRecord(const QStringList &fields);

struct CleanupView;

// The CSV of `venvdeck-cli list --format csv` and of the window's Export: a header row, then one row per
// environment with the JSON fields that fit a cell (packages as a count, health reasons joined with "; "),
// and with `cleanup` also staleness (rules joined with ";"), pinned, pendingRemoval and inUsePids.
QString environmentsToCsv(const QList<Environment> &environments, const CleanupView *cleanup = nullptr);

} // namespace venvdeck
