#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace venvdeck::test {

// tests/data/index/fake_index.py over a static tree written into a temporary folder: PEP 691 JSON and PEP 503
// HTML for `requests` and `cloudshell-core` under /simple/, a newer cloudshell-core under /extra/, and the
// misbehaving paths the script lists. Listens on 127.0.0.1 at a port the system chooses.
class FakeIndex final
{
public:
    FakeIndex();
    ~FakeIndex();

    // false (with a qWarning saying why) when python3 (or, for TLS, openssl) or the server would not start.
    // With `tls`, HTTPS with a self-signed certificate for 127.0.0.1 that nothing trusts.
    bool start(bool tls = false);
    QUrl url(const QString &path) const; // http(s)://127.0.0.1:<port><path>
    QString treePath() const { return m_tree.path(); }

private:
    QTemporaryDir m_tree;
    QProcess m_process;
    int m_port = 0;
    bool m_tls = false;
};

// A loopback port that nothing listens on (bound, then closed): connections to it are refused.
int closedPort();

} // namespace venvdeck::test
