#include "support/FakeIndex.h"

#include "support/TestSupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace venvdeck::test {

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray page(const QByteArray &project, const QList<QByteArray> &anchors)
{
    QByteArray html = "<!DOCTYPE html>\n<html><head><title>Links for " + project + "</title></head><body>\n";
    for (const QByteArray &anchor : anchors)
        html += anchor + "<br/>\n";
    return html + "</body></html>\n";
}

} // namespace

FakeIndex::FakeIndex() = default;

FakeIndex::~FakeIndex()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool FakeIndex::start(bool tls)
{
    m_tls = tls;
    const QString root = m_tree.path();
    const bool written =
        writeFile(root + u"/simple/index.html"_s,
                  page("the index", {"<a href=\"requests/\">requests</a>", "<a href=\"cloudshell-core/\">cloudshell-core</a>"})) &&
        writeFile(root + u"/simple/requests/index.json"_s, readData(u"index/requests.json"_s)) &&
        writeFile(root + u"/simple/requests/index.html"_s,
                  page("requests", {"<a href=\"/p/requests-2.31.0-py3-none-any.whl\" data-requires-python=\"&gt;=3.7\">requests-2.31.0-py3-none-any.whl</a>",
                                    "<a href=\"/p/requests-2.32.3-py3-none-any.whl\" data-requires-python=\"&gt;=3.8\">requests-2.32.3-py3-none-any.whl</a>"})) &&
        writeFile(root + u"/simple/cloudshell-core/index.html"_s, readData(u"index/cloudshell-core.html"_s)) &&
        writeFile(root + u"/extra/cloudshell-core/index.html"_s,
                  page("cloudshell-core", {"<a href=\"/p/cloudshell_core-2.5.0-py3-none-any.whl\" data-requires-python=\"&gt;=3.7\">cloudshell_core-2.5.0-py3-none-any.whl</a>"}));
    if (!written)
        return false;
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty()) {
        qWarning("python3 not found: no loopback index");
        return false;
    }
    QStringList arguments{dataPath(u"index/fake_index.py"_s), root};
    if (tls) {
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        const QString cert = root + u"/cert.pem"_s;
        const QString key = root + u"/key.pem"_s;
        QProcess make;
        make.setProcessChannelMode(QProcess::MergedChannels);
        if (!openssl.isEmpty())
            make.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                                 u"-keyout"_s, key, u"-out"_s, cert});
        if (openssl.isEmpty() || !make.waitForFinished(30000) || make.exitCode() != 0) {
            qWarning("openssl could not make a certificate: %s", make.readAll().constData());
            return false;
        }
        arguments << cert << key;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python, arguments);
    if (!m_process.waitForStarted(10000)) {
        qWarning("fake_index.py did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(10000)) {
            qWarning("fake_index.py did not say its port");
            return false;
        }
    }
    m_port = m_process.readLine().trimmed().toInt();
    return m_port > 0;
}

QUrl FakeIndex::url(const QString &path) const
{
    return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_port).arg(path));
}

int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9; // discard: nothing listens there on a test machine
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace venvdeck::test
