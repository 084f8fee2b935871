#pragma once

#include "model/Problem.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace venvdeck {

// The key in the Quali Server's customer.config that sets how long the execution server leaves a venv alone.
inline constexpr char16_t validityPeriodKey[] = u"VirtualEnvironmentLifetimeDurationInMinutes";

// Reads `<add key="VirtualEnvironmentLifetimeDurationInMinutes" value="N"/>` from a customer.config
// (`<configuration><appSettings>...` or a bare `<appSettings>`). nullopt when the key is absent; a value
// that is not a whole number above 0, or XML that cannot be read, is a problem naming `path`.
std::optional<int> parseValidityMinutes(QByteArrayView xml, const QString &path, Problems *problems);
std::optional<int> readValidityMinutes(const QString &customerConfigPath, Problems *problems);

} // namespace venvdeck
