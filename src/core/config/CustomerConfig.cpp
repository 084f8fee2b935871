#include "config/CustomerConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace venvdeck {

QString CustomerConfig::requirementsRepository() const
{
    return value(u"RequirementsRepository"_s).trimmed();
}

QString CustomerConfig::requirementsTrustedHost() const
{
    return value(u"RequirementsTrustedHost"_s).trimmed();
}

QString CustomerConfig::requirementsExtraRepository() const
{
    return value(u"RequirementsExtraRepository"_s).trimmed();
}

QString CustomerConfig::defaultPythonVersion() const
{
    return value(u"DefaultPythonVersion"_s).trimmed();
}

std::optional<int> CustomerConfig::virtualEnvironmentLifetimeMinutes() const
{
    bool ok = false;
    const int minutes = value(u"VirtualEnvironmentLifetimeDurationInMinutes"_s).trimmed().toInt(&ok);
    return ok ? std::optional<int>(minutes) : std::nullopt;
}

Read<CustomerConfig> parseCustomerConfig(QByteArrayView xml, const QString &path)
{
    Read<CustomerConfig> result;
    CustomerConfig config;
    config.path = path;
    QXmlStreamReader reader(xml.toByteArray());
    int appSettingsDepth = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (reader.name() == u"appSettings") {
                ++appSettingsDepth;
            } else if (appSettingsDepth > 0 && reader.name() == u"add") {
                const QXmlStreamAttributes attributes = reader.attributes();
                const QString key = attributes.value(u"key"_s).toString();
                if (key.isEmpty()) {
                    result.problems.append(
                        {path, QCoreApplication::translate("venvdeck", "line %1: an <add> without a key")
                                   .arg(reader.lineNumber())});
                } else {
                    config.values.insert(key, attributes.value(u"value"_s).toString());
                }
            }
        } else if (token == QXmlStreamReader::EndElement && reader.name() == u"appSettings") {
            --appSettingsDepth;
        }
    }
    if (reader.hasError()) {
        result.problems.append({path, QCoreApplication::translate("venvdeck", "is not valid XML: %1 (line %2)")
                                          .arg(reader.errorString())
                                          .arg(reader.lineNumber())});
        return result;
    }
    result.value = config;
    return result;
}

Read<CustomerConfig> readCustomerConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {{path, QCoreApplication::translate("venvdeck", "cannot be read: %1").arg(file.errorString())}}};
    return parseCustomerConfig(file.read(16 * 1024 * 1024), path);
}

QString defaultCustomerConfigPath()
{
#ifdef Q_OS_WIN
    return u"C:/Program Files (x86)/QualiSystems/TestShell/ExecutionServer/customer.config"_s;
#else
    return u"/opt/ExecutionServer/customer.config"_s;
#endif
}

} // namespace venvdeck
