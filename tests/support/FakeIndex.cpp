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

bool FakeIndex::start()
{
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
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python, {dataPath(u"index/fake_index.py"_s), root});
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
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
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
