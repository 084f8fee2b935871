#pragma once

#include "model/Problem.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace venvdeck {

// cloudshell-logging's logs root: /var/log/qualisystems on Linux, %ALLUSERSPROFILE%\QualiSystems\logs on Windows.
QString defaultLogsRoot();

// Newest log file per venv folder name under <logsRoot>/<reservation id>/<venv folder name>/ (files directly
// inside, across all reservations). A missing logs root is not a problem: it yields an empty map.
QHash<QString, QDateTime> newestDriverLogs(const QString &logsRoot, Problems *problems);

// Newest modification time of what a run leaves inside a venv: __pycache__ folders directly in each
// site-packages folder and in its top-level packages, and log folders (Logs, logs) at the venv top and in
// site-packages/cloudshell. Invalid when there are none.
QDateTime newestRunArtifact(const QString &venvPath, const QStringList &sitePackages);

} // namespace venvdeck
