#pragma once

#include "index/IndexClient.h"
#include "index/IndexConfiguration.h"
#include "index/OutdatedCheck.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace venvdeck::cli {

class CommandParser;

// What a query command (outdated, index-status) has read from its command line once it is known to be usable.
struct IndexCommandLine
{
    QString format;
    IndexSources sources;
    IndexClientOptions client;
};

// The package-source options every command that reaches an index shares (build, refresh, outdated,
// index-status): --index URL, --trusted-host HOST (repeatable), --extra-index URL, --offline DIR and
// --customer-config FILE. What they leave out comes from core's one rule, resolveIndexConfiguration(): a named
// customer.config, the settings, the execution server's customer.config, then pip's default.
class IndexSourceOptions final
{
public:
    IndexSourceOptions();
    void addTo(QCommandLineParser &parser) const;

    IndexOverrides overrides(const QCommandLineParser &parser) const;
    // The configuration, after printing the problems met reading a customer.config. nullopt (after printing
    // why) when the customer.config named with --customer-config cannot be read.
    std::optional<IndexConfiguration> resolve(const QCommandLineParser &parser) const;
    // For the query commands: --format, the sources and the client options; nullopt after printing a usage error.
    std::optional<IndexCommandLine> read(CommandParser &command) const;

private:
    QCommandLineOption m_index;
    QCommandLineOption m_trustedHost;
    QCommandLineOption m_extraIndex;
    QCommandLineOption m_offline;
    QCommandLineOption m_customerConfig;
};

// The advice printed under an index that failed.
QString indexAdvice();

} // namespace venvdeck::cli
