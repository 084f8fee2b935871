#pragma once

#include "index/SimpleIndex.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <functional>

class QNetworkAccessManager;

namespace venvdeck {

struct IndexClientOptions
{
    int transferTimeoutMs = 15000;  // no byte for this long ends an attempt (then retried)
    int totalTimeoutMs = 120000;    // one attempt, however steadily a server trickles bytes; 0: no limit
    int maxInFlight = 4;
    int maxRetries = 2;              // further attempts after a timeout or a 5xx
    int retryDelayMs = 250;          // doubled on each retry
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int maxRedirects = 5;
    QStringList trustedHosts;        // pip's --trusted-host: plain HTTP allowed, TLS errors ignored for these only
    QString cacheDirectory;          // QNetworkDiskCache folder (ETag / Last-Modified revalidation); empty: none
    bool useSystemProxy = true;      // http_proxy / https_proxy / no_proxy from the environment
};

// The answer of one request, and the server's health as that request saw it.
struct IndexReply
{
    QString url;           // masked
    bool reachable = false; // the server answered with HTTP at all
    int httpStatus = 0;     // 0 when there was no HTTP answer
    qint64 latencyMs = -1;  // of the last attempt
    int attempts = 0;
    bool fromCache = false; // the body came from the HTTP cache (the server said 304 Not Modified, or it was fresh)
    QString error;          // in words, empty on success ("connection refused on 127.0.0.1:8036")
    QByteArray body;
    QString contentType;

    bool ok() const { return error.isEmpty(); }
};

using IndexHealth = IndexReply; // a health check is a request whose body does not matter

// What one index says about one project.
struct ProjectFetch
{
    QString project;
    IndexReply reply;       // reply.body is dropped once parsed
    bool found = false;     // false for a 404 (an unknown project) as for any failure
    ProjectPage page;
    Problems problems;      // a malformed page
};

// The one QNetworkAccessManager of VenvDeck's index work (ARCHITECTURE.md, convention 7). Never blocks: each
// call queues a request and later calls `done` on `context`'s thread (and emits the matching signal).
// A server that gave no HTTP answer at all (refused, not found, timed out after the retries) is not asked again
// by this client: later requests to it fail at once with the same words (IndexReply::attempts says 1).
// Credentials in an index URL (https://user:password@host/simple) are sent as basic auth and never appear in
// a message: every URL the client reports is masked.
class IndexClient final : public QObject
{
    Q_OBJECT

public:
    explicit IndexClient(const IndexClientOptions &options = {}, QObject *parent = nullptr);
    ~IndexClient() override;

    void fetchProject(const QUrl &indexUrl, const QString &project, QObject *context,
                      std::function<void(const ProjectFetch &)> done);
    void checkHealth(const QUrl &indexUrl, QObject *context, std::function<void(const IndexHealth &)> done);

    const IndexClientOptions &options() const { return m_options; }

    // Drops the queued requests of `context` and aborts its requests in flight; none of their callbacks run.
    // (Requests whose context has been destroyed are never started.)
    void cancel(QObject *context);
    // Servers found dead are asked again: for a client that lives longer than one check (the window's).
    void forgetUnreachable() { m_unreachable.clear(); }

Q_SIGNALS:
    void projectFetched(const venvdeck::ProjectFetch &fetch);
    void healthChecked(const venvdeck::IndexHealth &health);

private:
    struct Job
    {
        QUrl url;
        bool head = false;
        int attempt = 0;
        QPointer<QObject> context;
        std::function<void(const IndexReply &)> done;
    };

    void enqueue(Job job);
    void startNext();
    void start(Job job);
    void finish(Job job, QNetworkReply *reply, bool oversized, const QElapsedTimer &timer);
    void complete(const Job &job, const IndexReply &reply);
    QString refusal(const QUrl &url) const; // non-empty when plain HTTP to an untrusted host
    static QString serverKey(const QUrl &url); // scheme://host:port

    IndexClientOptions m_options;
    QNetworkAccessManager *m_manager = nullptr;
    std::deque<Job> m_queue;
    QHash<QString, QString> m_unreachable; // serverKey -> why; until forgetUnreachable() (one check, one run)
    QHash<QNetworkReply *, QPointer<QObject>> m_replyContexts; // the requests in flight and who asked
    int m_inFlight = 0;
};

// "connection refused on host:port" and the like, for a reply that failed below HTTP or with an HTTP error.
QString describeNetworkError(QNetworkReply::NetworkError error, const QUrl &url, int httpStatus, bool hadCredentials,
                             const QString &detail);

} // namespace venvdeck

Q_DECLARE_METATYPE(venvdeck::IndexReply)
Q_DECLARE_METATYPE(venvdeck::ProjectFetch)
