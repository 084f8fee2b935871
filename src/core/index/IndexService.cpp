#include "index/IndexService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <utility>

namespace venvdeck {

IndexService::IndexService(QObject *parent)
    : QObject(parent)
{
    m_healthTimer.setInterval(defaultHealthIntervalMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &IndexService::checkHealth);
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(150);
    connect(&m_batchTimer, &QTimer::timeout, this, &IndexService::flushBatch);
    connect(&m_folderWatcher, &QFutureWatcher<std::pair<IndexHealth, int>>::finished, this,
            &IndexService::onOfflineHealth);
}

IndexService::~IndexService()
{
    m_folderWatcher.waitForFinished(); // a folder listing reports to this object
}

void IndexService::setConfiguration(const IndexConfiguration &configuration)
{
    const bool changed = !m_configured || !(configuration == m_configuration);
    m_configured = true;
    if (changed) {
        cancelUpdates();
        delete m_healthContext; // its answers are about the old configuration
        m_healthContext = nullptr;
        m_configuration = configuration;
        delete m_client;
        m_client = new IndexClient(m_configuration.clientOptions(), this);
        m_health = {};
        m_health.origin = m_configuration.describeOrigin();
        Q_EMIT healthChanged(m_health);
    }
}

void IndexService::setHealthInterval(int intervalMs)
{
    m_healthTimer.setInterval(intervalMs);
    if (intervalMs > 0 && m_configured)
        m_healthTimer.start();
    else
        m_healthTimer.stop();
}

void IndexService::checkHealth()
{
    if (m_healthTimer.interval() > 0 && m_configured)
        m_healthTimer.start(); // the next periodic check counts from now
    if (!m_configured || m_healthContext || m_folderWatcher.isRunning())
        return; // an answer is on its way
    const QString origin = m_configuration.describeOrigin();
    if (m_configuration.isOffline()) {
        const QString folder = m_configuration.pip.offlineFolder;
        m_checkedFolder = folder;
        if (m_health.state == IndexHealthReport::State::NotChecked) {
            m_health.state = IndexHealthReport::State::Checking;
            Q_EMIT healthChanged(m_health);
        }
        // A folder may sit on a slow network share: listed off this thread.
        m_folderWatcher.setFuture(QtConcurrent::run([folder] {
            int files = 0;
            IndexHealth health = offlineFolderHealth(folder, &files);
            return std::make_pair(health, files);
        }));
        return;
    }
    QString error;
    const std::optional<IndexSources> sources = m_configuration.sources(&error);
    if (!sources) {
        m_health = {};
        m_health.state = IndexHealthReport::State::NotConfigured;
        m_health.configurationError = m_configuration.hasSource() ? error : QString();
        m_health.origin = origin;
        m_health.checkedAt = QDateTime::currentDateTime();
        Q_EMIT healthChanged(m_health);
        return;
    }
    QList<QUrl> urls{sources->index};
    if (!sources->extraIndex.isEmpty())
        urls.append(sources->extraIndex);
    if (m_health.state == IndexHealthReport::State::NotChecked) {
        m_health.state = IndexHealthReport::State::Checking;
        m_health.origin = origin;
        Q_EMIT healthChanged(m_health);
    }
    m_client->forgetUnreachable(); // a server that was down may be up again
    m_healthContext = new QObject(this);
    auto checks = std::make_shared<QList<IndexHealth>>(urls.size());
    auto pending = std::make_shared<int>(int(urls.size()));
    for (int i = 0; i < urls.size(); ++i) {
        m_client->checkHealth(urls.at(i), m_healthContext, [this, checks, pending, i, origin](const IndexHealth &health) {
            (*checks)[i] = health;
            if (--*pending > 0)
                return;
            m_health = healthReport(*checks, false, 0, QDateTime::currentDateTime());
            m_health.origin = origin;
            m_healthContext->deleteLater();
            m_healthContext = nullptr;
            Q_EMIT healthChanged(m_health);
        });
    }
}

void IndexService::onOfflineHealth()
{
    const auto [health, files] = m_folderWatcher.result();
    if (m_checkedFolder != m_configuration.pip.offlineFolder) {
        checkHealth(); // the configuration changed meanwhile
        return;
    }
    m_health = healthReport({health}, true, files, QDateTime::currentDateTime());
    m_health.origin = m_configuration.describeOrigin();
    Q_EMIT healthChanged(m_health);
}

void IndexService::checkUpdates(const Environments &environments)
{
    cancelUpdates();
    Environments checked;
    for (const Environment &environment : environments) {
        if (environment.health != Health::NotAVenv)
            checked.append(environment);
    }
    QString error;
    const std::optional<IndexSources> sources = m_configured ? m_configuration.sources(&error) : std::nullopt;
    m_total = int(checked.size());
    m_done = 0;
    if (!sources) {
        if (error.isEmpty())
            error = tr("no package index is configured");
        QMetaObject::invokeMethod(this, [this, error] { Q_EMIT updatesFinished({}, false, error); },
                                  Qt::QueuedConnection);
        return;
    }
    m_client->forgetUnreachable();
    m_check = new OutdatedCheck(m_client, *sources, this);
    connect(m_check, &OutdatedCheck::environmentChecked, this, [this](const EnvironmentStatus &status) {
        m_batch.append(status);
        ++m_done;
        if (!m_batchTimer.isActive())
            m_batchTimer.start();
    });
    connect(m_check, &OutdatedCheck::finished, this, [this] { finishUpdates(false, {}); });
    Q_EMIT updatesStarted(m_total);
    m_check->start(checked);
}

void IndexService::flushBatch()
{
    if (m_batch.isEmpty())
        return;
    const QList<EnvironmentStatus> batch = std::exchange(m_batch, {});
    Q_EMIT environmentsChecked(batch);
    Q_EMIT updatesProgress(m_done, m_total);
}

void IndexService::cancelUpdates()
{
    if (!m_check)
        return;
    m_check->cancel();
    finishUpdates(true, {});
}

void IndexService::finishUpdates(bool cancelled, const QString &error)
{
    m_batchTimer.stop();
    if (!cancelled)
        flushBatch(); // what was checked before the end reaches the views first
    m_batch.clear();
    OutdatedCheck *check = std::exchange(m_check, nullptr);
    const OutdatedReport report = cancelled ? OutdatedReport{} : check->report();
    check->deleteLater(); // we may be inside its signal
    Q_EMIT updatesFinished(report, cancelled, error);
}

} // namespace venvdeck
