// A package server's answer to a project page request: parseSimplePage with the content type the first byte
// picks (PEP 691 JSON or PEP 503 HTML), as IndexClient calls it.
#include "FuzzSupport.h"

#include "index/Pep440Version.h"
#include "index/SimpleIndex.h"

#include <QUrl>

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString contentType = (data[0] & 1) ? QString::fromLatin1(simpleJsonContentType)
                                              : QStringLiteral("text/html; charset=utf-8");
    const QByteArray body = fuzz::bytes(data + 1, size - 1).toByteArray();
    const QUrl pageUrl(QStringLiteral("http://user:secret@127.0.0.1:8036/simple/cloudshell-core/"));
    const Read<ProjectPage> read = parseSimplePage(body, contentType, QStringLiteral("cloudshell-core"), pageUrl);
    fuzz::check(read.value || !read.problems.isEmpty(), "no value and no problem");
    for (const Problem &problem : read.problems)
        fuzz::check(!problem.path.contains(u"secret") && !problem.message.contains(u"secret"),
                    "a problem shows the password");
    if (read.value) {
        for (const IndexFile &file : read.value->files) {
            if (!file.version.isEmpty())
                Pep440Version::parse(file.version);
        }
    }
    return 0;
}
