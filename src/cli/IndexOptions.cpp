#include "IndexOptions.h"

#include "CliCommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck::cli", text);
}

// nullopt after printing an error; an empty QUrl for empty text.
std::optional<QUrl> indexUrl(const QString &text, const QString &option)
{
    if (text.trimmed().isEmpty())
        return QUrl();
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        printError(tr("%1 %2 is not an http(s) URL; give it as https://host[:port]/simple/.")
                       .arg(option, maskedUrl(url.isValid() ? url : QUrl(text.section(u'@', -1)))));
        return std::nullopt;
    }
    return url;
}

} // namespace

IndexOptions::IndexOptions()
    : m_index(u"index"_s, tr("The package index (default: the saved setting, then %1).")
                              .arg(SettingKeys::indexUrl.defaultValue),
              u"URL"_s)
    , m_trustedHost(u"trusted-host"_s,
                    tr("A host that may be reached over plain HTTP and whose TLS certificate is not checked, as pip's "
                       "--trusted-host (repeatable)."),
                    u"HOST"_s)
    , m_extraIndex(u"extra-index"_s, tr("A further index, merged with the first as pip merges them."), u"URL"_s)
    , m_offline(u"offline"_s, tr("A folder of wheels and sdists to read instead of any index."), u"DIR"_s)
{
}

void IndexOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_index, m_trustedHost, m_extraIndex, m_offline});
}

std::optional<IndexSources> IndexOptions::sources(const QCommandLineParser &parser) const
{
    const Settings settings;
    IndexSources sources;
    const QString offline = parser.isSet(m_offline) ? parser.value(m_offline)
                                                    : settings.value(SettingKeys::indexOfflineFolder);
    if (!offline.isEmpty()) {
        sources.offlineFolder = QDir(offline).absolutePath();
        return sources;
    }
    const auto index = indexUrl(parser.isSet(m_index) ? parser.value(m_index) : settings.value(SettingKeys::indexUrl),
                                u"--index"_s);
    const auto extra = indexUrl(parser.isSet(m_extraIndex) ? parser.value(m_extraIndex)
                                                            : settings.value(SettingKeys::indexExtraUrl),
                                u"--extra-index"_s);
    if (!index || !extra)
        return std::nullopt;
    if (index->isEmpty()) {
        printError(tr("no index to ask; give --index URL or --offline DIR."));
        return std::nullopt;
    }
    sources.index = *index;
    sources.extraIndex = *extra;
    return sources;
}

IndexClientOptions IndexOptions::clientOptions(const QCommandLineParser &parser) const
{
    const Settings settings;
    IndexClientOptions options;
    QStringList hosts = parser.isSet(m_trustedHost) ? parser.values(m_trustedHost)
                                                    : settings.value(SettingKeys::indexTrustedHosts);
    for (QString &host : hosts)
        host = host.section(u':', 0, 0).trimmed(); // pip accepts host:port
    options.trustedHosts = hosts;
    options.transferTimeoutMs = std::max(1, settings.value(SettingKeys::indexTimeoutSeconds)) * 1000;
    options.totalTimeoutMs = options.transferTimeoutMs * 8; // a server that trickles bytes ends too (15 s -> 2 min)
    options.maxResponseBytes = qint64(std::max(1, settings.value(SettingKeys::indexMaxResponseMegabytes))) * 1024 * 1024;
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cache.isEmpty())
        options.cacheDirectory = cache + u"/index"_s;
    return options;
}

std::optional<IndexCommandLine> IndexOptions::read(CommandParser &command) const
{
    const std::optional<QString> format = command.format();
    if (!format)
        return std::nullopt;
    const std::optional<IndexSources> found = sources(command.parser());
    if (!found)
        return std::nullopt;
    return IndexCommandLine{*format, *found, clientOptions(command.parser())};
}

QString indexAdvice()
{
    return tr("Check that the package server runs and the URL is right (--index, --extra-index), that a proxy in "
              "http_proxy/https_proxy lets it through, or read an offline folder with --offline DIR.");
}

} // namespace venvdeck::cli
