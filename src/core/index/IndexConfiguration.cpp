#include "index/IndexConfiguration.h"

#include "config/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck::IndexConfiguration", text);
}

// An index URL the queries can ask; nullopt with `error` when it is not http(s).
std::optional<QUrl> queryUrl(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return QUrl();
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        *error = tr("%1 is not an http(s) URL; give it as https://host[:port]/simple/.")
                     .arg(maskedUrl(url.isValid() ? url : QUrl(text.section(u'@', -1))));
        return std::nullopt;
    }
    return url;
}

// A layer that names sources: its index, extra index, offline folder and trusted hosts.
struct Layer
{
    QString index;
    QString extra;
    QString offline;
    QStringList trusted;
    bool namesSomething() const { return !index.isEmpty() || !extra.isEmpty() || !offline.isEmpty(); }
};

Layer fromCustomerConfig(const CustomerConfig &config)
{
    return {config.requirementsRepository(), config.requirementsExtraRepository(), {},
            splitHosts(config.requirementsTrustedHost())};
}

} // namespace

QStringList splitHosts(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

bool IndexConfiguration::hasSource() const
{
    return isOffline() || !pip.indexUrl.isEmpty() || !pip.extraIndexUrl.isEmpty() || origin == IndexOrigin::Default;
}

QString IndexConfiguration::describeOrigin() const
{
    switch (origin) {
    case IndexOrigin::CommandLine:
        return tr("the command line");
    case IndexOrigin::CustomerConfig:
        return tr("customer.config %1").arg(QDir::toNativeSeparators(customerConfigPath));
    case IndexOrigin::Settings:
        return tr("VenvDeck's settings");
    case IndexOrigin::Default:
        break;
    }
    return tr("the default (nothing names an index)");
}

std::optional<IndexSources> IndexConfiguration::sources(QString *error) const
{
    IndexSources sources;
    if (isOffline()) {
        sources.offlineFolder = QDir(pip.offlineFolder).absolutePath();
        return sources;
    }
    QString index = pip.indexUrl;
    if (index.isEmpty() && origin == IndexOrigin::Default)
        index = SettingKeys::indexUrl.defaultValue; // what pip asks when nothing says otherwise
    const auto primary = queryUrl(index, error);
    const auto extra = queryUrl(pip.extraIndexUrl, error);
    if (!primary || !extra)
        return std::nullopt;
    if (primary->isEmpty() && extra->isEmpty()) {
        *error = tr("no package index is configured");
        return std::nullopt;
    }
    // An extra index alone is asked as the index pip would fall back to before it: PyPI, then the extra one.
    sources.index = primary->isEmpty() ? QUrl(SettingKeys::indexUrl.defaultValue) : *primary;
    sources.extraIndex = *extra;
    return sources;
}

IndexClientOptions IndexConfiguration::clientOptions() const
{
    IndexClientOptions options;
    for (const QString &host : trustedHosts)
        options.trustedHosts.append(host.section(u':', 0, 0).trimmed()); // pip accepts host:port
    options.transferTimeoutMs = std::max(1, timeoutSeconds) * 1000;
    options.totalTimeoutMs = options.transferTimeoutMs * 8; // a server that trickles bytes ends too (15 s -> 2 min)
    options.maxResponseBytes = qint64(std::max(1, maxResponseMegabytes)) * 1024 * 1024;
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cache.isEmpty())
        options.cacheDirectory = cache + u"/index"_s;
    return options;
}

bool IndexConfiguration::operator==(const IndexConfiguration &other) const
{
    return pip.indexUrl == other.pip.indexUrl && pip.extraIndexUrl == other.pip.extraIndexUrl &&
           pip.offlineFolder == other.pip.offlineFolder && trustedHosts == other.trustedHosts &&
           origin == other.origin && customerConfigPath == other.customerConfigPath &&
           timeoutSeconds == other.timeoutSeconds && maxResponseMegabytes == other.maxResponseMegabytes;
}

IndexConfiguration resolveIndexConfiguration(const IndexOverrides &overrides, const Settings &settings,
                                             const QString &serverCustomerConfig)
{
    QString defaultCustomerConfig = serverCustomerConfig;
    if (defaultCustomerConfig.isEmpty())
        defaultCustomerConfig = settings.value(SettingKeys::customerConfigPath);
    if (defaultCustomerConfig.isEmpty())
        defaultCustomerConfig = defaultCustomerConfigPath();
    IndexConfiguration configuration;
    configuration.timeoutSeconds = settings.value(SettingKeys::indexTimeoutSeconds);
    configuration.maxResponseMegabytes = settings.value(SettingKeys::indexMaxResponseMegabytes);

    Layer layer;
    // 1. A customer.config named on the command line.
    if (!overrides.customerConfigPath.isEmpty()) {
        const Read<CustomerConfig> read = readCustomerConfig(overrides.customerConfigPath);
        configuration.problems.append(read.problems);
        configuration.failed = !read.value.has_value();
        if (read.value) {
            configuration.customerConfig = read.value;
            configuration.customerConfigPath = overrides.customerConfigPath;
            layer = fromCustomerConfig(*read.value);
            if (layer.namesSomething())
                configuration.origin = IndexOrigin::CustomerConfig;
        }
    }
    // 2. The settings.
    if (!layer.namesSomething()) {
        const QString url = settings.value(SettingKeys::indexUrl);
        const Layer stored{url == SettingKeys::indexUrl.defaultValue ? QString() : url,
                           settings.value(SettingKeys::indexExtraUrl), settings.value(SettingKeys::indexOfflineFolder),
                           settings.value(SettingKeys::indexTrustedHosts)};
        if (stored.namesSomething() || url.isEmpty()) {
            layer = stored;
            if (layer.index.isEmpty() && !url.isEmpty())
                layer.index = url; // the default URL, chosen together with an extra index or trusted hosts
            configuration.origin = IndexOrigin::Settings;
        }
    }
    // 3. The execution server's own customer.config (read in any case for its other values, such as
    //    DefaultPythonVersion, unless one was named).
    if (!configuration.customerConfig && !defaultCustomerConfig.isEmpty() &&
        QFileInfo(defaultCustomerConfig).isFile()) {
        const Read<CustomerConfig> read = readCustomerConfig(defaultCustomerConfig);
        configuration.problems.append(read.problems);
        if (read.value) {
            configuration.customerConfig = read.value;
            configuration.customerConfigPath = defaultCustomerConfig;
            if (const Layer server = fromCustomerConfig(*read.value);
                configuration.origin == IndexOrigin::Default && server.namesSomething()) {
                layer = server;
                configuration.origin = IndexOrigin::CustomerConfig;
            }
        }
    }
    // 4. Nothing: pip's own configuration (layer stays empty). Trusted hosts of the settings still apply.
    if (configuration.origin == IndexOrigin::Default)
        layer.trusted = settings.value(SettingKeys::indexTrustedHosts);

    // The command line, value by value.
    const bool anyOverride = overrides.indexUrl || overrides.extraIndexUrl || overrides.offlineFolder;
    if (overrides.offlineFolder) {
        layer = {{}, {}, *overrides.offlineFolder, layer.trusted};
    } else {
        if (overrides.indexUrl || overrides.extraIndexUrl)
            layer.offline.clear();
        if (overrides.indexUrl)
            layer.index = *overrides.indexUrl;
        if (overrides.extraIndexUrl)
            layer.extra = *overrides.extraIndexUrl;
    }
    if (overrides.trustedHosts)
        layer.trusted = *overrides.trustedHosts;
    if (anyOverride && (overrides.offlineFolder || overrides.indexUrl))
        configuration.origin = IndexOrigin::CommandLine;

    configuration.pip.indexUrl = layer.index.trimmed();
    configuration.pip.extraIndexUrl = layer.extra.trimmed();
    configuration.pip.offlineFolder = layer.offline.trimmed();
    configuration.trustedHosts = layer.trusted;
    configuration.pip.trustedHost = layer.trusted.join(u' ');
    if (configuration.isOffline()) {
        configuration.pip.indexUrl.clear();
        configuration.pip.extraIndexUrl.clear();
        configuration.pip.trustedHost.clear();
    }
    return configuration;
}

} // namespace venvdeck
