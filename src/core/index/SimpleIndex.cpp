#include "index/SimpleIndex.h"

#include "model/Environment.h" // normalizedProjectName

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

QString htmlUnescape(QString text)
{
    static const QRegularExpression entity(u"&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"_s);
    QString result;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString replacement = match.captured(0);
        if (name.startsWith(u"#x", Qt::CaseInsensitive))
            replacement = QString(QChar(char16_t(name.mid(2).toUInt(nullptr, 16))));
        else if (name.startsWith(u'#'))
            replacement = QString(QChar(char16_t(name.mid(1).toUInt())));
        else if (name == u"lt")
            replacement = u"<"_s;
        else if (name == u"gt")
            replacement = u">"_s;
        else if (name == u"amp")
            replacement = u"&"_s;
        else if (name == u"quot")
            replacement = u"\""_s;
        else if (name == u"apos")
            replacement = u"'"_s;
        result += replacement;
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

void finishFile(IndexFile &file, const QString &project)
{
    if (file.fileName.isEmpty())
        file.fileName = QUrl::fromPercentEncoding(file.url.path().section(u'/', -1).toUtf8());
    file.version = versionFromFileName(file.fileName, project).value_or(QString());
}

Problem malformed(const QUrl &pageUrl, const QString &what)
{
    return {maskedUrl(pageUrl), tr("malformed index page: %1").arg(what)};
}

const QStringList &sdistSuffixes()
{
    static const QStringList suffixes{u".tar.gz"_s, u".tar.bz2"_s, u".tar.xz"_s, u".tgz"_s, u".zip"_s, u".tar"_s};
    return suffixes;
}

} // namespace

QByteArray simpleAcceptHeader()
{
    return QByteArrayLiteral("application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.1, "
                             "text/html;q=0.01");
}

Read<ProjectPage> parseSimpleJson(const QByteArray &body, const QString &project, const QUrl &pageUrl)
{
    Read<ProjectPage> read;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        read.problems.append(malformed(pageUrl, error.error != QJsonParseError::NoError
                                                    ? error.errorString()
                                                    : tr("the JSON is not an object")));
        return read;
    }
    const QJsonObject root = document.object();
    const QString apiVersion = root.value("meta"_L1).toObject().value("api-version"_L1).toString();
    if (!apiVersion.isEmpty() && !apiVersion.startsWith(u"1.")) {
        read.problems.append(malformed(pageUrl, tr("unsupported api-version %1").arg(apiVersion)));
        return read;
    }
    if (!root.value("files"_L1).isArray()) {
        read.problems.append(malformed(pageUrl, tr("no \"files\" list")));
        return read;
    }
    ProjectPage page;
    page.project = normalizedProjectName(project);
    for (const QJsonValue &value : root.value("files"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        IndexFile file;
        file.fileName = object.value("filename"_L1).toString();
        file.url = pageUrl.resolved(QUrl(object.value("url"_L1).toString()));
        file.requiresPython = object.value("requires-python"_L1).toString().trimmed();
        const QJsonValue yanked = object.value("yanked"_L1);
        file.yanked = yanked.isString() || yanked.toBool();
        file.yankedReason = yanked.toString();
        if (file.fileName.isEmpty() && file.url.isEmpty())
            continue;
        finishFile(file, project);
        page.files.append(file);
    }
    read.value = page;
    return read;
}

Read<ProjectPage> parseSimpleHtml(const QByteArray &body, const QString &project, const QUrl &pageUrl)
{
    static const QRegularExpression anchor(u"<a\\s([^>]*)>(.*?)</a\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression attribute(u"([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?"_s);
    static const QRegularExpression baseTag(u"<base\\s[^>]*href\\s*=\\s*[\"']([^\"']*)[\"']"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    Read<ProjectPage> read;
    const QString text = QString::fromUtf8(body);
    QUrl base = pageUrl;
    if (const QRegularExpressionMatch match = baseTag.match(text); match.hasMatch())
        base = pageUrl.resolved(QUrl(htmlUnescape(match.captured(1))));
    ProjectPage page;
    page.project = normalizedProjectName(project);
    auto anchors = anchor.globalMatch(text);
    while (anchors.hasNext()) {
        const QRegularExpressionMatch match = anchors.next();
        IndexFile file;
        bool hasHref = false;
        auto attributes = attribute.globalMatch(match.captured(1));
        while (attributes.hasNext()) {
            const QRegularExpressionMatch pair = attributes.next();
            const QString name = pair.captured(1).toLower();
            QString value = pair.captured(2);
            if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')))
                value = value.mid(1, value.size() - 2);
            value = htmlUnescape(value);
            if (name == u"href") {
                file.url = base.resolved(QUrl(value));
                hasHref = true;
            } else if (name == u"data-requires-python") {
                file.requiresPython = value.trimmed();
            } else if (name == u"data-yanked") {
                file.yanked = true;
                file.yankedReason = value;
            }
        }
        if (!hasHref)
            continue;
        static const QRegularExpression tags(u"<[^>]*>"_s);
        file.fileName = htmlUnescape(match.captured(2).remove(tags).trimmed());
        finishFile(file, project);
        page.files.append(file);
    }
    if (page.files.isEmpty() && !text.contains(u"<html"_s, Qt::CaseInsensitive) &&
        !text.contains(u"<!DOCTYPE"_s, Qt::CaseInsensitive) && !text.trimmed().isEmpty()) {
        read.problems.append(malformed(pageUrl, tr("neither HTML links nor PEP 691 JSON")));
        return read;
    }
    read.value = page;
    return read;
}

Read<ProjectPage> parseSimplePage(const QByteArray &body, const QString &contentType, const QString &project,
                                  const QUrl &pageUrl)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    if (type == QLatin1StringView(simpleJsonContentType) || type == u"application/json")
        return parseSimpleJson(body, project, pageUrl);
    if (type == u"text/html" || type == u"application/vnd.pypi.simple.v1+html" || type.isEmpty())
        return parseSimpleHtml(body, project, pageUrl);
    Read<ProjectPage> read;
    read.problems.append(malformed(pageUrl, tr("unexpected content type %1").arg(type)));
    return read;
}

std::optional<QString> versionFromFileName(const QString &fileName, const QString &project)
{
    const QString wanted = normalizedProjectName(project);
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".whl") || lower.endsWith(u".egg")) {
        // name-version(-build)?-python-abi-platform.whl; name-version(-pyX.Y)?.egg. Names escape '-' as '_'.
        const QStringList parts = fileName.chopped(4).split(u'-');
        const bool wheel = lower.endsWith(u".whl");
        if (parts.size() < (wheel ? 5 : 2) || normalizedProjectName(parts.at(0)) != wanted)
            return std::nullopt;
        return parts.at(1);
    }
    for (const QString &suffix : sdistSuffixes()) {
        if (!lower.endsWith(suffix))
            continue;
        const QString stem = fileName.chopped(suffix.size());
        // The name may itself contain '-': try each split, the first whose left side is the project wins.
        for (qsizetype dash = stem.indexOf(u'-'); dash > 0; dash = stem.indexOf(u'-', dash + 1)) {
            if (normalizedProjectName(stem.left(dash)) == wanted)
                return stem.mid(dash + 1);
        }
        return std::nullopt;
    }
    return std::nullopt;
}

Read<ProjectPage> readOfflineFolder(const QString &folder, const QString &project)
{
    Read<ProjectPage> read;
    const QDir dir(folder);
    if (!dir.exists()) {
        read.problems.append({folder, tr("the offline folder does not exist")});
        return read;
    }
    ProjectPage page;
    page.project = normalizedProjectName(project);
    const QStringList names = dir.entryList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        if (const std::optional<QString> version = versionFromFileName(name, project)) {
            IndexFile file;
            file.fileName = name;
            file.version = *version;
            page.files.append(file);
        }
    }
    read.value = page;
    return read;
}

QString maskedUrl(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.userInfo().isEmpty()) {
        copy.setUserInfo(QString());
        const QString text = copy.toString();
        const qsizetype schemeEnd = text.indexOf(u"://");
        if (schemeEnd >= 0)
            return text.left(schemeEnd + 3) + u"***@"_s + text.mid(schemeEnd + 3);
        return text;
    }
    return copy.toString();
}

QUrl projectUrl(const QUrl &indexUrl, const QString &project)
{
    QUrl url = indexUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + normalizedProjectName(project) + u'/');
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace venvdeck
