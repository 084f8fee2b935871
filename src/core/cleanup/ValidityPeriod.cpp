#include "cleanup/ValidityPeriod.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace venvdeck {

std::optional<int> parseValidityMinutes(QByteArrayView xml, const QString &path, Problems *problems)
{
    const auto problem = [&](const QString &message) {
        if (problems)
            problems->append({path, message});
        return std::nullopt;
    };
    QXmlStreamReader reader(xml.toByteArray());
    std::optional<int> minutes;
    QStringList elements;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            elements.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        elements.append(reader.name().toString());
        const bool inAppSettings = elements.size() >= 2 && elements.at(elements.size() - 2) == u"appSettings";
        if (!inAppSettings || reader.name() != u"add" ||
            reader.attributes().value(u"key"_s) != QStringView(validityPeriodKey))
            continue;
        const QString value = reader.attributes().value(u"value"_s).toString().trimmed();
        bool ok = false;
        const int parsed = value.toInt(&ok);
        if (!ok || parsed <= 0)
            return problem(QCoreApplication::translate("venvdeck", "%1 is \"%2\", not a whole number of minutes")
                               .arg(QString::fromUtf16(validityPeriodKey), value));
        minutes = parsed; // the last one wins, as in .NET's appSettings
    }
    if (reader.hasError())
        return problem(QCoreApplication::translate("venvdeck", "not readable XML: %1 (line %2)")
                           .arg(reader.errorString())
                           .arg(reader.lineNumber()));
    return minutes;
}

std::optional<int> readValidityMinutes(const QString &customerConfigPath, Problems *problems)
{
    QFile file(customerConfigPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append({customerConfigPath,
                              QCoreApplication::translate("venvdeck", "cannot read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    return parseValidityMinutes(file.read(4 * 1024 * 1024), customerConfigPath, problems);
}

} // namespace venvdeck
