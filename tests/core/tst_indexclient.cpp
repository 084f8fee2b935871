// IndexClient and OutdatedCheck over real HTTP on loopback (tests/data/index/fake_index.py): JSON and HTML pages,
// 404, a stalled server, 500 then success, 503 for good, an oversized body, redirects, credentials, a refused
// connection, and the merge of a primary and an extra index.
#include "index/IndexClient.h"
#include "index/OutdatedCheck.h"
#include "support/FakeIndex.h"
#include "support/TestSupport.h"

#include <QNetworkProxyFactory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

IndexClientOptions quickOptions()
{
    IndexClientOptions options;
    options.transferTimeoutMs = 800;
    options.maxRetries = 1;
    options.retryDelayMs = 50;
    options.maxResponseBytes = 1024 * 1024;
    options.useSystemProxy = false; // loopback; the machine's http_proxy must not get in the way
    return options;
}

Distribution distribution(const QString &name, const QString &version)
{
    Distribution d;
    d.name = name;
    d.version = version;
    return d;
}

} // namespace

class TestIndexClient final : public QObject
{
    Q_OBJECT

private:
    test::FakeIndex m_index;

    ProjectFetch fetch(IndexClient &client, const QUrl &index, const QString &project)
    {
        std::optional<ProjectFetch> result;
        client.fetchProject(index, project, this, [&result](const ProjectFetch &fetch) { result = fetch; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(ProjectFetch{});
    }

    IndexHealth health(IndexClient &client, const QUrl &index)
    {
        std::optional<IndexHealth> result;
        client.checkHealth(index, this, [&result](const IndexHealth &health) { result = health; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(IndexHealth{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_index.start())
            QSKIP("python3 could not serve the loopback index; skipped");
    }

    void jsonAndHtml()
    {
        IndexClient client(quickOptions());
        QSignalSpy fetched(&client, &IndexClient::projectFetched);
        ProjectFetch json = fetch(client, m_index.url(u"/simple/"_s), u"Requests"_s);
        QVERIFY2(json.found, qPrintable(json.reply.error));
        QCOMPARE(json.reply.httpStatus, 200);
        QVERIFY(json.reply.contentType.startsWith(u"application/vnd.pypi.simple.v1+json"_s));
        QCOMPARE(json.page.files.size(), 6);
        QCOMPARE(fetched.size(), 1);

        ProjectFetch html = fetch(client, m_index.url(u"/simple"_s), u"cloudshell_core"_s);
        QVERIFY2(html.found, qPrintable(html.reply.error));
        QVERIFY(html.reply.contentType.startsWith(u"text/html"_s));
        QCOMPARE(html.page.files.size(), 6);
        QVERIFY(html.page.files.at(2).yanked);
    }

    void unknownProject()
    {
        IndexClient client(quickOptions());
        const ProjectFetch result = fetch(client, m_index.url(u"/simple/"_s), u"no-such-project"_s);
        QVERIFY(!result.found);
        QVERIFY(result.reply.reachable);
        QCOMPARE(result.reply.httpStatus, 404);
        QCOMPARE(result.reply.error, u"404: not found"_s);
        QCOMPARE(result.reply.attempts, 1); // a 404 is an answer, not retried
    }

    void stalledServerTimesOutAndRetries()
    {
        IndexClient client(quickOptions());
        const ProjectFetch result = fetch(client, m_index.url(u"/stall/"_s), u"requests"_s);
        QVERIFY(!result.found);
        QVERIFY(!result.reply.reachable);
        QCOMPARE(result.reply.attempts, 2);
        QVERIFY2(result.reply.error.startsWith(u"no answer from 127.0.0.1:"_s), qPrintable(result.reply.error));
        // The same server is not waited for again by this client.
        const ProjectFetch again = fetch(client, m_index.url(u"/stall/"_s), u"other"_s);
        QCOMPARE(again.reply.error, result.reply.error);
        QCOMPARE(again.reply.attempts, 1);
    }

    void serverErrorThenSuccess()
    {
        IndexClient client(quickOptions());
        const ProjectFetch flaky = fetch(client, m_index.url(u"/flaky/"_s), u"requests"_s);
        QVERIFY2(flaky.found, qPrintable(flaky.reply.error));
        QCOMPARE(flaky.reply.attempts, 2);

        const ProjectFetch down = fetch(client, m_index.url(u"/error/"_s), u"requests"_s);
        QVERIFY(!down.found);
        QVERIFY(down.reply.reachable);
        QCOMPARE(down.reply.attempts, 2);
        QCOMPARE(down.reply.error, u"503: server error"_s);
    }

    void oversizedBodyIsAborted()
    {
        IndexClient client(quickOptions());
        const ProjectFetch result = fetch(client, m_index.url(u"/big/"_s), u"requests"_s);
        QVERIFY(!result.found);
        QVERIFY2(result.reply.error.contains(u"larger than 1.0 MiB"_s), qPrintable(result.reply.error));
        // A health check (HEAD) reads no body: a big Content-Length is no reason to fail it.
        const IndexHealth big = health(client, m_index.url(u"/big/"_s));
        QVERIFY2(big.ok(), qPrintable(big.error));
    }

    void malformedBody()
    {
        IndexClient client(quickOptions());
        const ProjectFetch result = fetch(client, m_index.url(u"/malformed/"_s), u"requests"_s);
        QVERIFY(!result.found);
        QVERIFY2(result.reply.error.startsWith(u"malformed index page"_s), qPrintable(result.reply.error));
        QCOMPARE(result.problems.size(), 1);
    }

    void redirects()
    {
        IndexClient client(quickOptions());
        const ProjectFetch moved = fetch(client, m_index.url(u"/moved/"_s), u"requests"_s);
        QVERIFY2(moved.found, qPrintable(moved.reply.error));
        const ProjectFetch loop = fetch(client, m_index.url(u"/loop/"_s), u"requests"_s);
        QVERIFY2(!loop.found, qPrintable(u"%1 %2"_s.arg(loop.reply.httpStatus).arg(loop.reply.attempts)));
        QVERIFY2(loop.reply.error.startsWith(u"too many redirects"_s), qPrintable(loop.reply.error));
    }

    void credentials()
    {
        IndexClient client(quickOptions());
        const ProjectFetch none = fetch(client, m_index.url(u"/auth/"_s), u"requests"_s);
        QCOMPARE(none.reply.httpStatus, 401);
        QVERIFY(none.reply.error.startsWith(u"401: credentials required"_s));

        QUrl wrong = m_index.url(u"/auth/"_s);
        wrong.setUserName(u"user"_s);
        wrong.setPassword(u"hunter2"_s);
        const ProjectFetch rejected = fetch(client, wrong, u"requests"_s);
        QCOMPARE(rejected.reply.error, u"401: credentials rejected"_s);
        QVERIFY(!rejected.reply.url.contains(u"hunter2"_s));
        QVERIFY(!rejected.reply.url.contains(u"user"_s));
        QVERIFY(rejected.reply.url.contains(u"***@127.0.0.1"_s));

        QUrl right = m_index.url(u"/auth/"_s);
        right.setUserName(u"user"_s);
        right.setPassword(u"secret"_s);
        const ProjectFetch accepted = fetch(client, right, u"requests"_s);
        QVERIFY2(accepted.found, qPrintable(accepted.reply.error));
    }

    void refusedAndUntrusted()
    {
        IndexClient client(quickOptions());
        const int port = test::closedPort();
        const IndexHealth refused = health(client, QUrl(u"http://127.0.0.1:%1/simple/"_s.arg(port)));
        QVERIFY(!refused.reachable);
        QCOMPARE(refused.error, u"connection refused on 127.0.0.1:%1"_s.arg(port));
        QCOMPARE(refused.attempts, 1); // refused is not retried

        const IndexHealth untrusted = health(client, QUrl(u"http://qs-server.invalid:8036/simple/"_s));
        QVERIFY(!untrusted.reachable);
        QVERIFY2(untrusted.error.contains(u"--trusted-host qs-server.invalid"_s), qPrintable(untrusted.error));
    }

    void healthOfAGoodIndex()
    {
        IndexClient client(quickOptions());
        QSignalSpy checked(&client, &IndexClient::healthChecked);
        const IndexHealth good = health(client, m_index.url(u"/simple/"_s));
        QVERIFY2(good.ok(), qPrintable(good.error));
        QVERIFY(good.reachable);
        QCOMPARE(good.httpStatus, 200);
        QVERIFY(good.latencyMs >= 0);
        QCOMPARE(checked.size(), 1);
    }

    void cacheRevalidatesWithETag()
    {
        QTemporaryDir cache;
        IndexClientOptions options = quickOptions();
        options.cacheDirectory = cache.path();
        IndexClient client(options);
        const ProjectFetch first = fetch(client, m_index.url(u"/etag/"_s), u"requests"_s);
        QVERIFY2(first.found, qPrintable(first.reply.error));
        QVERIFY(!first.reply.fromCache);
        const ProjectFetch second = fetch(client, m_index.url(u"/etag/"_s), u"requests"_s);
        QVERIFY2(second.found, qPrintable(second.reply.error));
        QVERIFY(second.reply.fromCache); // the server said 304; the page came from the disk cache
        QCOMPARE(second.page.files.size(), first.page.files.size());
    }

    void tlsVerifiedUnlessTrusted()
    {
        test::FakeIndex tlsIndex;
        if (!tlsIndex.start(true))
            QSKIP("no HTTPS loopback index (python3 ssl or openssl missing); skipped");
        IndexClient strict(quickOptions());
        const ProjectFetch refused = fetch(strict, tlsIndex.url(u"/simple/"_s), u"requests"_s);
        QVERIFY(!refused.found);
        QVERIFY2(refused.reply.error.startsWith(u"TLS certificate not trusted"_s), qPrintable(refused.reply.error));

        IndexClientOptions options = quickOptions();
        options.trustedHosts = {u"127.0.0.1"_s};
        IndexClient trusting(options);
        const ProjectFetch accepted = fetch(trusting, tlsIndex.url(u"/simple/"_s), u"requests"_s);
        QVERIFY2(accepted.found, qPrintable(accepted.reply.error));
    }

    void userAgent()
    {
        IndexClient client(quickOptions());
        const ProjectFetch result = fetch(client, m_index.url(u"/ua/"_s), u"requests"_s);
        QVERIFY2(result.found, qPrintable(result.reply.error)); // 403 unless the User-Agent is VenvDeck/<version>
    }

    void proxyFromTheEnvironment()
    {
        // The loopback index plays the proxy: http_proxy points at it, and it serves whatever host is asked.
        const QByteArray saved = qgetenv("http_proxy");
        const QByteArray savedNoProxy = qgetenv("no_proxy");
        qputenv("http_proxy", m_index.url(u"/"_s).toString().toUtf8());
        qunsetenv("no_proxy");
        IndexClientOptions options = quickOptions();
        options.useSystemProxy = true;
        options.trustedHosts = {u"index.example"_s};
        IndexClient client(options);
        const ProjectFetch result = fetch(client, QUrl(u"http://index.example/simple/"_s), u"requests"_s);
        if (saved.isNull())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", saved);
        if (!savedNoProxy.isNull())
            qputenv("no_proxy", savedNoProxy);
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QVERIFY2(result.found, qPrintable(result.reply.error));
    }

    void manyRequestsThroughFewSlots()
    {
        IndexClientOptions options = quickOptions();
        options.maxInFlight = 2;
        IndexClient client(options);
        int done = 0;
        for (int i = 0; i < 12; ++i) {
            client.fetchProject(m_index.url(u"/simple/"_s), i % 2 ? u"requests"_s : u"nothing-%1"_s.arg(i), this,
                                [&done](const ProjectFetch &) { ++done; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 12, 20000);
    }

    void outdatedMergesPrimaryAndExtra()
    {
        IndexClient client(quickOptions());
        Environment environment;
        environment.name = u"VCenter_Shell_Driver_4_10"_s;
        environment.pythonVersion = u"3.9.18"_s;
        environment.packages = {distribution(u"cloudshell-core"_s, u"2.2.180"_s), distribution(u"requests"_s, u"2.32.3"_s),
                                distribution(u"private-thing"_s, u"1.0"_s)};
        Distribution editable = distribution(u"qs-tools"_s, u"2.0"_s);
        editable.editable = true;
        environment.packages.append(editable);

        // The owner's pins come from the requirements VenvDeck kept when it built the venv.
        QTemporaryDir venv;
        environment.path = venv.path();
        QVERIFY(test::writeFile(venv.filePath(u"venvdeck-requirements.txt"_s),
                                "# the driver's requirements\n-r base.txt\ncloudshell-core~=2.2.0\nrequests\n"));
        OutdatedCheck check(&client, {m_index.url(u"/simple/"_s), m_index.url(u"/extra/"_s), {}});
        QSignalSpy finished(&check, &OutdatedCheck::finished);
        check.start({environment});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const OutdatedReport &report = check.report();
        QVERIFY(!report.anyUnreachable());
        QCOMPARE(report.environments.size(), 1);
        const EnvironmentStatus &status = report.environments.first();
        QCOMPARE(status.packages.size(), 4);
        const PackageStatus &core = status.packages.at(0);
        QVERIFY(core.found);
        QCOMPARE(core.selection.latestAllowed, u"2.5.0"_s); // from the extra index; 3.0.0 wants Python 3.10
        QCOMPARE(core.selection.latestOverall, u"3.0.0"_s);
        QCOMPARE(core.selection.pinAcceptsLatest, std::optional<bool>(false));
        QCOMPARE(core.selection.invalidVersions, 1);
        QVERIFY(!status.packages.at(1).selection.updateAvailable);
        QCOMPARE(status.packages.at(1).selection.pinAcceptsLatest, std::optional<bool>(true)); // a bare name
        QVERIFY(!status.packages.at(2).found);
        QCOMPARE(status.packages.at(2).selection.pinAcceptsLatest, std::optional<bool>()); // not in the requirements
        QVERIFY(!status.packages.at(3).note.isEmpty());
        QCOMPARE(status.updates, 1);

        OutdatedCheck unreachable(&client, {QUrl(u"http://127.0.0.1:%1/simple/"_s.arg(test::closedPort())), {}, {}});
        QSignalSpy done(&unreachable, &OutdatedCheck::finished);
        unreachable.start({environment});
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY(unreachable.report().anyUnreachable());
        QVERIFY(unreachable.report().sources.first().error.startsWith(u"connection refused"_s));
    }
};

QTEST_GUILESS_MAIN(TestIndexClient)
#include "tst_indexclient.moc"
