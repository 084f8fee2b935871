// Faults of the package server, over real HTTP on loopback (tests/data/index/fake_index.py): it drops the
// connection, cuts an answer short, answers with bytes that are not HTTP, streams a body that never ends,
// trickles one byte at a time for ever, and sends a gzip bomb. tst_indexclient covers the polite failures
// (404, 5xx, a server that never answers, a large Content-Length, redirects, TLS); these are the rude ones.
// Each must end in bounded time with a message that says what happened, never hang or eat memory.
#include "index/IndexClient.h"
#include "support/FakeIndex.h"
#include "support/Faults.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

IndexClientOptions rudeServerOptions()
{
    IndexClientOptions options;
    options.transferTimeoutMs = 1500;
    options.totalTimeoutMs = 3000;
    options.maxRetries = 1;
    options.retryDelayMs = 50;
    options.maxResponseBytes = 1024 * 1024;
    options.useSystemProxy = false; // loopback; the machine's http_proxy must not get in the way
    return options;
}

} // namespace

class TestFaultsIndex final : public QObject
{
    Q_OBJECT

private:
    test::FakeIndex m_index;
    QTemporaryDir m_dir;

    ProjectFetch fetch(const QString &path, qint64 *elapsedMs = nullptr)
    {
        IndexClient client(rudeServerOptions());
        std::optional<ProjectFetch> result;
        QElapsedTimer timer;
        timer.start();
        client.fetchProject(m_index.url(path), u"requests"_s, this,
                            [&result](const ProjectFetch &fetched) { result = fetched; });
        // Far beyond every limit above: a fetch that is still running by then hangs.
        const bool ended = QTest::qWaitFor([&] { return result.has_value(); }, 30000);
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        [&] { QVERIFY2(ended, qPrintable(u"injected: "_s + path + u"; verified: the fetch must end"_s)); }();
        return result.value_or(ProjectFetch{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!m_index.start())
            QSKIP("python3 could not serve the loopback index; skipped");
    }

    // Injected: the server reads the request and closes the connection without a word, every time.
    // Verified: no page, not reachable (no HTTP answer), and the error says the server closed the connection.
    void dropsTheConnection()
    {
        const ProjectFetch result = fetch(u"/drop/"_s);
        QVERIFY(!result.found);
        QVERIFY2(!result.reply.reachable, "injected: dropped connections; verified: no HTTP answer counts as unreachable");
        QVERIFY2(result.reply.error.contains(u"closed the connection"_s),
                 qPrintable(u"injected: dropped connections; verified: the error says so: "_s + result.reply.error));
    }

    // Injected: a 200 that promises 64 kB and sends 100 bytes before the connection closes.
    // Verified: the truncated page is not parsed as if whole: no page, and an error that says the connection
    // was closed.
    void cutsTheAnswerShort()
    {
        const ProjectFetch result = fetch(u"/cut/"_s);
        QVERIFY2(!result.found, "injected: a truncated answer; verified: it is not taken as a page");
        QVERIFY2(result.reply.error.contains(u"closed the connection"_s),
                 qPrintable(u"injected: a truncated answer; verified: the error says so: "_s + result.reply.error));
    }

    // Injected: 1 kB of random bytes instead of HTTP, then the connection closes.
    // Verified: no page, and an error in words that names the server (not a bare Qt error number).
    void answersWithGarbage()
    {
        const ProjectFetch result = fetch(u"/garbage/"_s);
        QVERIFY(!result.found);
        QVERIFY2(!result.reply.error.isEmpty() && !result.reply.error.startsWith(u"network error"_s) &&
                     result.reply.error.contains(u"127.0.0.1:"_s),
                 qPrintable(u"injected: garbage instead of HTTP; verified: a clear error naming the server: "_s +
                            result.reply.error));
    }

    // Injected: a 200 with a chunked body that never ends, sent as fast as the client reads (gigabytes).
    // Verified: the size cap (1 MiB here) stops it within seconds, and the error says the answer was too large.
    void streamsWithoutEnd()
    {
        qint64 elapsed = 0;
        const ProjectFetch result = fetch(u"/endless/"_s, &elapsed);
        QVERIFY(!result.found);
        QVERIFY2(result.reply.error.contains(u"larger than 1.0 MiB"_s),
                 qPrintable(u"injected: an endless body; verified: the size cap stops it: "_s + result.reply.error));
    }

    // Injected: a 200 whose chunked body never ends, sent as fast as the client reads. Qt 6.4 delivers nothing
    // of such a body; verified: the fetch still ends (the transfer timeout), says the server stopped in the
    // middle of its answer, and this process did not swallow the stream into memory (RSS grows < 128 MiB).
    void streamsChunksWithoutEnd()
    {
        const auto residentBytes = [] {
            QFile status(u"/proc/self/status"_s);
            if (!status.open(QIODevice::ReadOnly))
                return qint64(0);
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
            }
            return qint64(0);
        };
        const qint64 before = residentBytes();
        const ProjectFetch result = fetch(u"/chunked/"_s);
        const qint64 grown = residentBytes() - before;
        qInfo("endless chunked body: %s; resident memory grew by %lld kB", qPrintable(result.reply.error), grown / 1024);
        QVERIFY(!result.found);
        QVERIFY2(result.reply.error.contains(u"larger than 1.0 MiB"_s) || result.reply.error.contains(u"stopped sending"_s),
                 qPrintable(u"injected: endless chunks; verified: a clear error: "_s + result.reply.error));
        QVERIFY2(grown < 128 * 1024 * 1024,
                 qPrintable(u"injected: endless chunks; verified: memory stays bounded, but grew by %1 MiB"_s.arg(grown >> 20)));
    }

    // Injected: a 200 whose body comes one byte every 0.2 s, for ever: the transfer timeout (1.5 s without a
    // byte) never fires. Verified: the total limit (3 s) ends it, with an error that says it was too slow.
    void tricklesForEver()
    {
        const ProjectFetch result = fetch(u"/trickle/"_s);
        QVERIFY(!result.found);
        QVERIFY2(result.reply.error.contains(u"too slowly"_s),
                 qPrintable(u"injected: a body trickling for ever; verified: the total limit ends it: "_s +
                            result.reply.error));
    }

    // Injected: Content-Encoding: gzip, 20 kB on the wire that inflate to 20 MiB.
    // Verified: the inflated size is held to the cap (or Qt's decompression guard stops it): no page, an error
    // in words.
    void sendsAGzipBomb()
    {
        const ProjectFetch result = fetch(u"/gzipbomb/"_s);
        QVERIFY2(!result.found, "injected: a gzip bomb; verified: it is not taken as a page");
        QVERIFY2(result.reply.error.contains(u"larger than"_s) || result.reply.error.contains(u"inflate"_s),
                 qPrintable(u"injected: a gzip bomb; verified: the error says it was too large: "_s + result.reply.error));
    }

    // Injected: `venvdeck-cli outdated` against an endless body and against garbage, and `index-status` against a
    // server that drops the connection (settings: 1 MiB cap, 2 s timeout). Verified: each exits 1 within the
    // test's timeout, names the cause on stdout or stderr, and prints no stack or crash.
    void theCliSaysWhatTheServerDid()
    {
        const QString root = m_dir.filePath(u"venv"_s);
        QVERIFY(test::writeVenvTree(root + u"/Index_Driver_1_1"_s, u"3.11.2"_s, u"/usr/bin"_s, {u"requests==2.31.0"_s}));
        const QString config = m_dir.filePath(u"config"_s);
        QVERIFY(test::writeFile(config + u"/VenvDeck/VenvDeck.conf"_s,
                                "[index]\nmaxResponseMegabytes=1\ntimeoutSeconds=2\n"));
        const struct
        {
            QStringList arguments;
            QString expected;
        } cases[] = {
            {{u"outdated"_s, u"--all"_s, u"--root"_s, root, u"--index"_s, m_index.url(u"/endless/"_s).toString()},
             u"larger than 1.0 MiB"_s},
            {{u"outdated"_s, u"--all"_s, u"--root"_s, root, u"--index"_s, m_index.url(u"/garbage/"_s).toString()},
             u"127.0.0.1:"_s},
            {{u"index-status"_s, u"--index"_s, m_index.url(u"/drop/"_s).toString()}, u"closed the connection"_s},
        };
        for (const auto &run : cases) {
            const test::CliRun cli = test::runCli(run.arguments, config, 60000);
            const QString context = u"injected: "_s + run.arguments.join(u' ') + u"; verified"_s;
            QVERIFY2(cli.finished && !cli.crashed && cli.exitCode == 1,
                     qPrintable(context + u": exit 1, no crash\n"_s + cli.describe()));
            QVERIFY2((cli.out + cli.err).contains(run.expected),
                     qPrintable(context + u": the output says '"_s + run.expected + u"'\n"_s + cli.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultsIndex)
#include "tst_faults_index.moc"
