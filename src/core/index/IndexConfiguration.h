#pragma once

#include "build/BuildRequest.h"
#include "config/CustomerConfig.h"
#include "index/IndexClient.h"
#include "index/OutdatedCheck.h"
#include "model/Problem.h"

#include <QString>
#include <QStringList>

#include <optional>

// The one rule that decides where packages come from, for every face of VenvDeck: build and refresh (pip's
// arguments), outdated and index-status (the queries), and the window (its Build dialog, Check for Updates and
// the package server's health in the status bar).
namespace venvdeck {

class Settings;

// What the command line says about the package sources; a value not given stays nullopt.
struct IndexOverrides
{
    std::optional<QString> indexUrl;         // --index
    std::optional<QString> extraIndexUrl;    // --extra-index
    std::optional<QStringList> trustedHosts; // --trusted-host (repeatable)
    std::optional<QString> offlineFolder;    // --offline
    QString customerConfigPath;              // --customer-config FILE; empty: the execution server's, when it exists
};

enum class IndexOrigin
{
    CommandLine,    // every value that matters came from the command line
    CustomerConfig, // RequirementsRepository & co. of a customer.config
    Settings,       // index/url & co. of VenvDeck's settings
    Default         // nothing named an index: pip's own configuration; the queries ask PyPI
};

struct IndexConfiguration
{
    IndexOptions pip;         // what build and refresh hand to pip (trustedHost: every host, space-separated)
    QStringList trustedHosts; // as given (host or host:port)
    IndexOrigin origin = IndexOrigin::Default;
    QString customerConfigPath; // the customer.config that was read, if any
    std::optional<CustomerConfig> customerConfig;
    Problems problems;   // a customer.config that could not be read, ...
    bool failed = false; // the customer.config named on the command line could not be read
    int timeoutSeconds = 15;
    int maxResponseMegabytes = 32;

    bool isOffline() const { return !pip.offlineFolder.isEmpty(); }
    // False only when the settings clear the index URL and name nothing else: nothing to ask.
    bool hasSource() const;
    QString describeOrigin() const; // "the command line", "customer.config /opt/...", "the settings", ...
    // What the queries ask; nullopt with `error` in words when a URL is not http(s) or there is nothing to ask.
    std::optional<IndexSources> sources(QString *error) const;
    // Timeout, size cap, trusted hosts (without ports) and the HTTP cache under the user's cache folder.
    IndexClientOptions clientOptions() const;

    bool operator==(const IndexConfiguration &other) const;
};

// The rule. The sources come from the first of these that names an index, an extra index or an offline folder:
//   1. the customer.config named with --customer-config (RequirementsRepository, RequirementsExtraRepository,
//      RequirementsTrustedHost);
//   2. the settings (index/offlineFolder, index/url when it is not the default, index/extraUrl,
//      index/trustedHosts); an index/url saved empty means "no index";
//   3. the execution server's customer.config at `defaultCustomerConfig`, when it exists;
//   4. nothing: pip's own configuration for builds, https://pypi.org/simple/ for the queries.
// Each value the command line gives then replaces that one value, as pip's options replace pip.conf's: --offline
// makes the folder the only source; --index or --extra-index leave no offline folder.
// Timeout and size cap always come from the settings.
// The execution server's customer.config is the one given, else the settings' paths/customerConfig, else the
// platform's default.
IndexConfiguration resolveIndexConfiguration(const IndexOverrides &overrides, const Settings &settings,
                                             const QString &serverCustomerConfig = {});

// "qs-server qs2:8036" or "a,b" (customer.config, pip.conf style) -> the hosts.
QStringList splitHosts(const QString &text);

} // namespace venvdeck
