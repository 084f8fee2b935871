#include "IndexSourceOptions.h"

#include "CliCommon.h"

#include "config/Settings.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck::cli", text);
}

std::optional<QString> valueIfSet(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
}

} // namespace

IndexSourceOptions::IndexSourceOptions()
    : m_index(u"index"_s,
              tr("The package index, pip's --index-url (default: customer.config's RequirementsRepository, the saved "
                 "setting, then pip's own; the index queries ask %1).")
                  .arg(SettingKeys::indexUrl.defaultValue),
              u"URL"_s)
    , m_trustedHost(u"trusted-host"_s,
                    tr("A host that may be reached over plain HTTP and whose TLS certificate is not checked, as pip's "
                       "--trusted-host (repeatable; default: customer.config's RequirementsTrustedHost)."),
                    u"HOST"_s)
    , m_extraIndex(u"extra-index"_s,
                   tr("A further index, merged with the first as pip merges them, pip's --extra-index-url (default: "
                      "customer.config's RequirementsExtraRepository)."),
                   u"URL"_s)
    , m_offline(u"offline"_s,
                tr("A folder of wheels and sdists (pip download output) instead of any index (pip's --no-index "
                   "--find-links DIR)."),
                u"DIR"_s)
    , m_customerConfig(u"customer-config"_s,
                       tr("The execution server's customer.config to take the package sources from (default: %1 "
                          "when it exists, after the saved settings).")
                           .arg(QDir::toNativeSeparators(defaultCustomerConfigPath())),
                       u"FILE"_s)
{
}

void IndexSourceOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_index, m_trustedHost, m_extraIndex, m_offline, m_customerConfig});
}

IndexOverrides IndexSourceOptions::overrides(const QCommandLineParser &parser) const
{
    IndexOverrides overrides;
    overrides.indexUrl = valueIfSet(parser, m_index);
    overrides.extraIndexUrl = valueIfSet(parser, m_extraIndex);
    overrides.offlineFolder = valueIfSet(parser, m_offline);
    if (parser.isSet(m_trustedHost))
        overrides.trustedHosts = parser.values(m_trustedHost);
    overrides.customerConfigPath = parser.value(m_customerConfig);
    return overrides;
}

std::optional<IndexConfiguration> IndexSourceOptions::resolve(const QCommandLineParser &parser) const
{
    const IndexConfiguration configuration = resolveIndexConfiguration(overrides(parser), Settings());
    printProblems(configuration.problems);
    if (configuration.failed) {
        printError(tr("--customer-config %1 cannot be read.").arg(parser.value(m_customerConfig)));
        return std::nullopt;
    }
    return configuration;
}

std::optional<IndexCommandLine> IndexSourceOptions::read(CommandParser &command) const
{
    const std::optional<QString> format = command.format();
    if (!format)
        return std::nullopt;
    const std::optional<IndexConfiguration> configuration = resolve(command.parser());
    if (!configuration)
        return std::nullopt;
    QString error;
    const std::optional<IndexSources> sources = configuration->sources(&error);
    if (!sources) {
        printError(configuration->hasSource() ? error + u' ' + tr("(from %1)").arg(configuration->describeOrigin())
                                              : tr("no index to ask; give --index URL or --offline DIR."));
        return std::nullopt;
    }
    return IndexCommandLine{*format, *sources, configuration->clientOptions()};
}

QString indexAdvice()
{
    return tr("Check that the package server runs and the URL is right (--index, --extra-index), that a proxy in "
              "http_proxy/https_proxy lets it through, or read an offline folder with --offline DIR.");
}

} // namespace venvdeck::cli
