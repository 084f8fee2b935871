#pragma once

#include "index/IndexConfiguration.h"
#include "index/IndexHealthReport.h"
#include "index/OutdatedCheck.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace venvdeck {

// The window's package-index work, off its thread's back: one IndexClient (one QNetworkAccessManager, a bounded
// number of requests in flight), the package server's health checked now and every few minutes, and checks for
// updates whose results arrive in batches, environment by environment. Nothing here blocks: every answer comes
// later, by signal.
class IndexService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultHealthIntervalMs = 5 * 60 * 1000;

    explicit IndexService(QObject *parent = nullptr);
    ~IndexService() override;

    // A new configuration (the same again changes nothing): a running check for updates is cancelled and the
    // health is forgotten (NotChecked) until checkHealth().
    void setConfiguration(const IndexConfiguration &configuration);
    const IndexConfiguration &configuration() const { return m_configuration; }

    // The health: asked now (unless an answer is on its way), then every `intervalMs` after (0: only when asked).
    void checkHealth();
    void setHealthInterval(int intervalMs);
    const IndexHealthReport &health() const { return m_health; }

    // Asks the index about every package of `environments` (not-a-venv folders are skipped). Cancels a running
    // check first. Results come by environmentsChecked(), then updatesFinished().
    void checkUpdates(const Environments &environments);
    void cancelUpdates();
    bool isCheckingUpdates() const { return m_check != nullptr; }
    int updatesTotal() const { return m_total; }
    int updatesDone() const { return m_done; }

Q_SIGNALS:
    void healthChanged(const venvdeck::IndexHealthReport &health);
    void updatesStarted(int environments);
    // A batch of complete environments (collected for a moment, so that a view updates a few times a second).
    void environmentsChecked(const QList<venvdeck::EnvironmentStatus> &statuses);
    void updatesProgress(int done, int total);
    // `report` holds every environment checked; empty when `cancelled` or when nothing could be asked (`error`).
    void updatesFinished(const venvdeck::OutdatedReport &report, bool cancelled, const QString &error);

private:
    void flushBatch();
    void finishUpdates(bool cancelled, const QString &error);
    void onOfflineHealth();

    IndexConfiguration m_configuration;
    bool m_configured = false;
    IndexClient *m_client = nullptr;
    IndexHealthReport m_health;
    QTimer m_healthTimer;
    QObject *m_healthContext = nullptr; // parent of the running health check's callbacks; null when none runs
    QFutureWatcher<std::pair<IndexHealth, int>> m_folderWatcher;
    QString m_checkedFolder; // the offline folder m_folderWatcher lists

    OutdatedCheck *m_check = nullptr;
    QList<EnvironmentStatus> m_batch;
    QTimer m_batchTimer;
    int m_total = 0;
    int m_done = 0;
};

} // namespace venvdeck
