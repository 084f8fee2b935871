#include "cleanup/ValidityPeriod.h"

#include "config/CustomerConfig.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// The key from a read customer.config: absent is no value; anything but a whole number above 0 is a problem.
std::optional<int> validityMinutesOf(const Read<CustomerConfig> &config, Problems *problems)
{
    if (problems)
        problems->append(config.problems);
    if (!config.value || !config.value->values.contains(QString::fromUtf16(validityPeriodKey)))
        return std::nullopt;
    const QString value = config.value->value(QString::fromUtf16(validityPeriodKey)).trimmed();
    bool ok = false;
    const int minutes = value.toInt(&ok);
    if (ok && minutes > 0)
        return minutes;
    if (problems)
        problems->append({config.value->path,
                          QCoreApplication::translate("venvdeck", "%1 is \"%2\", not a whole number of minutes")
                              .arg(QString::fromUtf16(validityPeriodKey), value)});
    return std::nullopt;
}

} // namespace

std::optional<int> parseValidityMinutes(QByteArrayView xml, const QString &path, Problems *problems)
{
    return validityMinutesOf(parseCustomerConfig(xml, path), problems);
}

std::optional<int> readValidityMinutes(const QString &customerConfigPath, Problems *problems)
{
    return validityMinutesOf(readCustomerConfig(customerConfigPath), problems);
}

} // namespace venvdeck
