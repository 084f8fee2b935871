#pragma once

#include <QObject>

namespace venvdeck {

// Installs Qt's own catalogue and VenvDeck's for the user's locale, with English underneath as the fallback:
// the English catalogue carries the plural forms of "%n environment(s)" and the like, so a server running
// under LANG=C still reads "1 environment", "2 environments". The translators live as children of `owner`.
void installTranslators(QObject *owner);

} // namespace venvdeck
