#pragma once

#include "index/IndexClient.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The package server's health as the window's status bar and `index-status` tell it.
namespace venvdeck {

// An offline folder's health: there, and how many wheels and sdists it holds (in `files`).
IndexHealth offlineFolderHealth(const QString &folder, int *files);

struct IndexHealthReport
{
    enum class State
    {
        NotChecked,    // not asked yet
        Checking,      // the first answer is on its way
        Healthy,       // every source answered
        Unhealthy,     // some source did not, or answered with an error
        NotConfigured  // nothing to ask
    };

    State state = State::NotChecked;
    bool offline = false;        // sources.first() is a folder; offlineFiles counts its wheels and sdists
    int offlineFiles = 0;
    QList<IndexHealth> sources;  // the index, then the extra index (URLs masked); or the folder
    QDateTime checkedAt;         // when the last answer came
    QString configurationError;  // why nothing could be asked (a URL that is not http(s), ...)
    QString origin;              // where the configuration came from, in words

    bool healthy() const { return state == State::Healthy; }
    // One line for the status bar: "Package server: OK, 12 ms", "Package server: connection refused on qs:8036",
    // "Package server: none configured", "Package server: offline folder, 120 files".
    QString statusText() const;
    // Every source with its URL (credentials masked), status, latency and error; where the configuration came
    // from; the time of the check.
    QString toolTip() const;
};

// The report once `checks` (one per source, in order) have answered.
IndexHealthReport healthReport(const QList<IndexHealth> &checks, bool offline, int offlineFiles,
                               const QDateTime &checkedAt);

} // namespace venvdeck
