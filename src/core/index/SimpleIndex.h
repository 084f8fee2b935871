#pragma once

#include "model/Problem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace venvdeck {

// One file a Simple Repository API project page lists (PEP 503 / PEP 691), or one file of an offline folder.
struct IndexFile
{
    QString fileName;
    QUrl url;               // absolute; empty for offline files
    QString version;        // as the file name spells it; empty when the name is not a wheel or sdist of the project
    QString requiresPython; // data-requires-python / "requires-python"; empty when not given
    bool yanked = false;    // PEP 592
    QString yankedReason;

    bool operator==(const IndexFile &) const = default;
};

// What one index (or offline folder) offers for one project.
struct ProjectPage
{
    QString project; // PEP 503 normalised
    QList<IndexFile> files;
};

// The PEP 691 JSON content type, and the Accept header pip sends (JSON first, then HTML).
inline constexpr char simpleJsonContentType[] = "application/vnd.pypi.simple.v1+json";
QByteArray simpleAcceptHeader();

// Pure parsers: `body` as the server sent it, `pageUrl` to resolve relative links. A problem (naming pageUrl,
// credentials masked) when the body is not what the content type says.
Read<ProjectPage> parseSimpleJson(const QByteArray &body, const QString &project, const QUrl &pageUrl);
Read<ProjectPage> parseSimpleHtml(const QByteArray &body, const QString &project, const QUrl &pageUrl);
// Picks the parser by Content-Type (PEP 691 JSON, PEP 503 HTML / text/html); a problem for anything else.
Read<ProjectPage> parseSimplePage(const QByteArray &body, const QString &contentType, const QString &project,
                                  const QUrl &pageUrl);

// The version a wheel (name-ver[-build]-py-abi-plat.whl), sdist (.tar.gz .zip .tar.bz2 .tgz .tar.xz .tar) or
// egg file name gives for `project`; nullopt when the file is not one of the project's. The version is
// returned as spelt; it may still be an invalid PEP 440 version (the selection counts those).
std::optional<QString> versionFromFileName(const QString &fileName, const QString &project);

// The files of `project` in an offline folder (pip download output), read from the file names alone.
Read<ProjectPage> readOfflineFolder(const QString &folder, const QString &project);

// The URL for messages and JSON: user info replaced by "***" (never the password, nor the user name).
QString maskedUrl(const QUrl &url);
// The project page URL under an index URL: <index>/<normalised name>/.
QUrl projectUrl(const QUrl &indexUrl, const QString &project);

} // namespace venvdeck
