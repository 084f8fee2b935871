#pragma once

#include "model/Problem.h"

#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <optional>

// The execution server's customer.config: an XML <appSettings> of <add key="..." value="..."/> entries.
namespace venvdeck {

class CustomerConfig final
{
public:
    QMap<QString, QString> values; // every key as written (the last one wins when a key repeats)
    QString path;

    QString value(const QString &key) const { return values.value(key); }
    QString requirementsRepository() const;      // RequirementsRepository: pip's --index-url
    QString requirementsTrustedHost() const;     // RequirementsTrustedHost: pip's --trusted-host
    QString requirementsExtraRepository() const; // RequirementsExtraRepository: pip's --extra-index-url
    QString defaultPythonVersion() const;        // DefaultPythonVersion: "2" or "3" for scripts; empty when not set
    // VirtualEnvironmentLifetimeDurationInMinutes; nullopt when not set or not a whole number.
    std::optional<int> virtualEnvironmentLifetimeMinutes() const;
};

// Pure parser: keys under any <appSettings> (the document's root may be <configuration> or <appSettings>).
// Invalid XML is a problem naming `path` and no value; an <add> without a key is a problem, skipped.
Read<CustomerConfig> parseCustomerConfig(QByteArrayView xml, const QString &path);
Read<CustomerConfig> readCustomerConfig(const QString &path);

// Where the execution server keeps it: /opt/ExecutionServer/customer.config, or under
// C:\Program Files (x86)\QualiSystems\TestShell\ExecutionServer\ on Windows.
QString defaultCustomerConfigPath();

} // namespace venvdeck
