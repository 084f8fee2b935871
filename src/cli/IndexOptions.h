#pragma once

#include "index/IndexClient.h"
#include "index/OutdatedCheck.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QCommandLineParser>

#include <optional>

namespace venvdeck::cli {

class CommandParser;

// What an index command has read from its command line once it is known to be usable.
struct IndexCommandLine
{
    QString format;
    IndexSources sources;
    IndexClientOptions client;
};

// The index options `outdated`, `index-status` (and `build`) share: --index URL, --trusted-host HOST (repeatable),
// --extra-index URL, --offline DIR. What the command line leaves out comes from the settings.
class IndexOptions final
{
    Q_DECLARE_TR_FUNCTIONS(venvdeck::cli::IndexOptions) // the context lupdate gives tr() in its members

public:
    IndexOptions();
    void addTo(QCommandLineParser &parser) const;

    // The sources and client options; nullopt after printing what is wrong (a URL that is not http(s)).
    std::optional<IndexSources> sources(const QCommandLineParser &parser) const;
    IndexClientOptions clientOptions(const QCommandLineParser &parser) const;
    // --format, the sources and the client options together; nullopt after printing a usage error.
    std::optional<IndexCommandLine> read(CommandParser &command) const;

private:
    QCommandLineOption m_index;
    QCommandLineOption m_trustedHost;
    QCommandLineOption m_extraIndex;
    QCommandLineOption m_offline;
};

// The advice printed under an index that failed.
QString indexAdvice();

} // namespace venvdeck::cli
