#include "index/IndexClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

QString hostPort(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    return u"%1:%2"_s.arg(url.host()).arg(url.port(defaultPort));
}

bool isLoopback(const QUrl &url)
{
    if (url.host() == u"localhost")
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString describeNetworkError(QNetworkReply::NetworkError error, const QUrl &url, int httpStatus, bool hadCredentials,
                             const QString &detail)
{
    if (httpStatus == 401)
        return hadCredentials ? tr("401: credentials rejected") : tr("401: credentials required (put them in the index URL)");
    if (httpStatus == 403)
        return tr("403: access forbidden");
    if (httpStatus == 404)
        return tr("404: not found");
    if (httpStatus == 407)
        return tr("407: the proxy wants credentials");
    if (httpStatus >= 500)
        return tr("%1: server error").arg(httpStatus);
    if (httpStatus >= 400)
        return tr("HTTP %1").arg(httpStatus);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused on %1").arg(hostPort(url));
    case QNetworkReply::HostNotFoundError:
        return tr("host %1 not found").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection").arg(hostPort(url));
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        return tr("%1 did not answer in HTTP (is it a package index? check the URL and the port)").arg(hostPort(url));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("no answer from %1 in time").arg(hostPort(url));
    case QNetworkReply::SslHandshakeFailedError:
        return detail.isEmpty() ? tr("TLS certificate not trusted") : tr("TLS certificate not trusted (%1)").arg(detail);
    case QNetworkReply::TooManyRedirectsError:
        return tr("too many redirects");
    case QNetworkReply::InsecureRedirectError:
        return tr("redirected from HTTPS to plain HTTP; refused");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return tr("the proxy failed (%1); check http_proxy / https_proxy").arg(detail);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("the proxy wants credentials");
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return tr("the network is down");
    default:
        return detail.isEmpty() ? tr("network error %1").arg(int(error)) : detail;
    }
}

IndexClient::IndexClient(const IndexClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_manager(new QNetworkAccessManager(this))
{
    if (m_options.useSystemProxy)
        QNetworkProxyFactory::setUseSystemConfiguration(true); // reads http_proxy, https_proxy, no_proxy on Linux
    else
        m_manager->setProxy(QNetworkProxy::NoProxy);
    if (!m_options.cacheDirectory.isEmpty()) {
        auto *cache = new QNetworkDiskCache(m_manager);
        cache->setCacheDirectory(m_options.cacheDirectory);
        cache->setMaximumCacheSize(64 * 1024 * 1024);
        m_manager->setCache(cache);
    }
    m_manager->setAutoDeleteReplies(false);
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
}

IndexClient::~IndexClient()
{
    // Replies still in flight must not call back into a half-destroyed client.
    m_queue.clear();
    m_replyContexts.clear();
    const QList<QNetworkReply *> replies = m_manager->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

void IndexClient::fetchProject(const QUrl &indexUrl, const QString &project, QObject *context,
                               std::function<void(const ProjectFetch &)> done)
{
    Job job;
    job.url = projectUrl(indexUrl, project);
    job.context = context;
    job.done = [this, project, done = std::move(done)](const IndexReply &reply) {
        ProjectFetch fetch;
        fetch.project = project;
        fetch.reply = reply;
        if (reply.ok()) {
            Read<ProjectPage> read = parseSimplePage(reply.body, reply.contentType, project, QUrl(reply.url));
            fetch.problems = read.problems;
            if (read.value) {
                fetch.found = true;
                fetch.page = *read.value;
            } else if (!read.problems.isEmpty()) {
                fetch.reply.error = read.problems.first().message;
            }
        }
        fetch.reply.body.clear();
        if (done)
            done(fetch);
        Q_EMIT projectFetched(fetch);
    };
    enqueue(std::move(job));
}

void IndexClient::checkHealth(const QUrl &indexUrl, QObject *context, std::function<void(const IndexHealth &)> done)
{
    Job job;
    job.url = indexUrl;
    job.head = true;
    job.context = context;
    job.done = [this, done = std::move(done)](const IndexReply &reply) {
        IndexHealth health = reply;
        // A server that will not answer HEAD still answered.
        if (health.httpStatus == 405 || health.httpStatus == 501)
            health.error.clear();
        if (done)
            done(health);
        Q_EMIT healthChecked(health);
    };
    enqueue(std::move(job));
}

QString IndexClient::refusal(const QUrl &url) const
{
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return tr("not an http(s) URL; give the index as https://host/simple/");
    if (url.scheme() == u"http" && !isLoopback(url) && !m_options.trustedHosts.contains(url.host(), Qt::CaseInsensitive))
        return tr("plain HTTP to %1, which is not a trusted host; use https or add --trusted-host %1").arg(url.host());
    return {};
}

void IndexClient::enqueue(Job job)
{
    m_queue.push_back(std::move(job));
    startNext();
}

void IndexClient::startNext()
{
    while (m_inFlight < m_options.maxInFlight && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        if (job.context) // nobody waits for the answer of a context that is gone
            start(std::move(job));
    }
}

void IndexClient::cancel(QObject *context)
{
    if (!context)
        return;
    std::erase_if(m_queue, [context](const Job &job) { return job.context == context; });
    QList<QNetworkReply *> replies;
    for (auto it = m_replyContexts.cbegin(); it != m_replyContexts.cend(); ++it) {
        if (it.value() == context)
            replies.append(it.key());
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        reply->setProperty("venvdeckCancelled", true);
        reply->abort(); // finished() follows: it frees the slot and calls nobody
    }
}

void IndexClient::start(Job job)
{
    ++job.attempt;
    QString refused = refusal(job.url);
    if (refused.isEmpty())
        refused = m_unreachable.value(serverKey(job.url)); // one that did not answer: no more waiting on it
    if (!refused.isEmpty()) {
        IndexReply reply;
        reply.url = maskedUrl(job.url);
        reply.attempts = job.attempt;
        reply.error = refused;
        // Later, never from inside the caller's own call.
        QTimer::singleShot(0, this, [this, job, reply] { complete(job, reply); });
        return;
    }
    ++m_inFlight;
    QUrl bare = job.url;
    bare.setUserInfo(QString());
    QNetworkRequest request(bare);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("VenvDeck/%1").arg(QStringLiteral(VENVDECK_VERSION)));
    request.setRawHeader("Accept", simpleAcceptHeader());
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferNetwork);
    const bool credentials = !job.url.userName().isEmpty();
    if (credentials) {
        const QByteArray pair = job.url.userName(QUrl::FullyDecoded).toUtf8() + ':' +
                                job.url.password(QUrl::FullyDecoded).toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = job.head ? m_manager->head(request) : m_manager->get(request);
    m_replyContexts.insert(reply, job.context);
    auto oversized = std::make_shared<bool>(false);
    auto tooSlow = std::make_shared<bool>(false);
    if (m_options.totalTimeoutMs > 0) {
        // The transfer timeout restarts with every byte: a server that sends one byte a second never trips it.
        QTimer::singleShot(m_options.totalTimeoutMs, reply, [reply, tooSlow] {
            if (reply->isRunning()) {
                *tooSlow = true;
                reply->abort();
            }
        });
    }
    auto sslDetail = std::make_shared<QString>();
    // A HEAD has no body: its Content-Length (PyPI's /simple/ is tens of MiB) must not trip the cap.
    const qint64 cap = job.head ? std::numeric_limits<qint64>::max() : m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, oversized, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap) {
            *oversized = true;
            reply->abort();
        }
    });
    // The body is taken as it comes, so that Qt never holds more than a small buffer of it: an endless chunked
    // answer otherwise piles up inside Qt 6.4 without any progress being reported.
    auto body = std::make_shared<QByteArray>();
    if (!job.head)
        reply->setReadBufferSize(256 * 1024);
    connect(reply, &QNetworkReply::readyRead, this, [reply, body, oversized, cap] {
        if (*oversized)
            return;
        body->append(reply->readAll());
        if (body->size() > cap) {
            *oversized = true;
            body->clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, oversized, cap](qint64 received, qint64) {
        if (received > cap && !*oversized) {
            *oversized = true;
            reply->abort();
        }
    });
    const QUrl origin = bare;
    auto redirectProblem = std::make_shared<QString>();
    auto redirects = std::make_shared<int>(0);
    const int maxRedirects = m_options.maxRedirects;
    connect(reply, &QNetworkReply::redirected, this,
            [this, reply, origin, credentials, redirectProblem, redirects, maxRedirects](const QUrl &target) {
                // Credentials go to the host they were given for only; HTTPS never downgrades.
                const bool sameHost = target.host().compare(origin.host(), Qt::CaseInsensitive) == 0;
                const bool downgrade = origin.scheme() == u"https" && target.scheme() != u"https";
                if (++*redirects > maxRedirects) {
                    *redirectProblem = tr("too many redirects (more than %1)").arg(maxRedirects);
                    reply->abort();
                } else if ((sameHost || !credentials) && !downgrade && refusal(target).isEmpty()) {
                    Q_EMIT reply->redirectAllowed();
                } else {
                    *redirectProblem = tr("redirect to %1 refused (it would send credentials to another host, leave "
                                          "HTTPS or reach an untrusted plain-HTTP host)")
                                           .arg(maskedUrl(target));
                    reply->abort();
                }
            });
    const QStringList trusted = m_options.trustedHosts;
    connect(reply, &QNetworkReply::sslErrors, this, [reply, trusted, sslDetail](const QList<QSslError> &errors) {
        if (trusted.contains(reply->url().host(), Qt::CaseInsensitive)) {
            reply->ignoreSslErrors(); // pip's --trusted-host; for that host alone
            return;
        }
        if (!errors.isEmpty())
            *sslDetail = errors.first().errorString();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, job, reply, body, oversized, tooSlow, sslDetail, timer, credentials, redirectProblem, redirects] {
        --m_inFlight;
        reply->deleteLater();
        m_replyContexts.remove(reply);
        if (reply->property("venvdeckCancelled").toBool()) {
            startNext();
            return;
        }
        IndexReply result;
        result.url = maskedUrl(job.url);
        result.attempts = job.attempt;
        result.latencyMs = timer.elapsed();
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.reachable = result.httpStatus > 0;
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        result.fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
        const QNetworkReply::NetworkError error = reply->error();
        if (*oversized) {
            result.error = tr("the answer is larger than %1 MiB; aborted (a wrong URL, or raise the limit)")
                               .arg(m_options.maxResponseBytes / (1024 * 1024.0), 0, 'f', 1);
        } else if (*tooSlow) {
            result.error = tr("%1 sent its answer too slowly (not complete after %2 s); aborted")
                               .arg(hostPort(reply->url()))
                               .arg(m_options.totalTimeoutMs / 1000.0, 0, 'f', 1);
        } else if (!redirectProblem->isEmpty()) {
            result.error = *redirectProblem;
        } else if (result.httpStatus > 0 && result.httpStatus < 400 &&
                   (error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError)) {
            // It answered, then went quiet in the middle of the body (the transfer timeout).
            result.error = tr("%1 stopped sending in the middle of its answer (nothing for %2 s); aborted")
                               .arg(hostPort(reply->url()))
                               .arg(m_options.transferTimeoutMs / 1000.0, 0, 'f', 1);
        } else if (reply->errorString().startsWith(u"Decompression failed"_s)) {
            // Qt's guard against compressed answers that inflate far beyond their size.
            result.error = tr("the compressed answer from %1 inflates far beyond its size (a gzip bomb?); aborted")
                               .arg(hostPort(reply->url()));
        } else if (error != QNetworkReply::NoError || result.httpStatus >= 400) {
            result.error = describeNetworkError(error, reply->url(), result.httpStatus, credentials,
                                                sslDetail->isEmpty() ? reply->errorString() : *sslDetail);
        } else if (*redirects > 0 && (result.httpStatus < 200 || result.httpStatus >= 300)) {
            // Qt 6.4 ends some long chains itself with a bogus status (100) instead of TooManyRedirectsError.
            result.error = tr("too many redirects (%1 followed without reaching a page)").arg(*redirects);
        } else if (result.httpStatus < 200 || result.httpStatus >= 300) {
            result.error = tr("unexpected HTTP status %1").arg(result.httpStatus);
        } else {
            result.body = *body + reply->readAll();
        }
        const bool timedOut = !*oversized && !*tooSlow && redirectProblem->isEmpty() && result.httpStatus == 0 &&
                              (error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError);
        const bool retry = (timedOut || result.httpStatus >= 500) && job.attempt <= m_options.maxRetries;
        if (retry) {
            const int delay = m_options.retryDelayMs << (job.attempt - 1);
            QTimer::singleShot(delay, this, [this, job] { enqueue(job); });
        } else {
            complete(job, result);
        }
        startNext();
    });
}

QString IndexClient::serverKey(const QUrl &url)
{
    return url.scheme() + u"://"_s + hostPort(url);
}

void IndexClient::complete(const Job &job, const IndexReply &reply)
{
    // No HTTP answer even after the retries: later requests to that server fail at once with the same words,
    // instead of each waiting for its own timeouts.
    if (!reply.reachable && !reply.error.isEmpty() && reply.attempts > 0 && !m_unreachable.contains(serverKey(job.url)) &&
        refusal(job.url).isEmpty())
        m_unreachable.insert(serverKey(job.url), reply.error);
    if (job.context)
        job.done(reply);
}

} // namespace venvdeck
