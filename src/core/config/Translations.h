#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace venvdeck {

// Installs Qt's own catalogue and VenvDeck's for `language` ("de", "en"; empty: the user's locale), with English
// underneath as the fallback: the English catalogue carries the plural forms of "%n environment(s)" and the like,
// so a server running under LANG=C still reads "1 environment", "2 environments". The translators live as
// children of `owner`; calling it again replaces the ones it installed before, so the language switches at run
// time (every widget then gets QEvent::LanguageChange and retranslates).
void installTranslators(QObject *owner, const QString &language = {});
// The language of the texts VenvDeck writes now: the locale name installTranslators() last chose ("de_DE"), the
// user's locale before it ran. Thread-safe. What keeps translated texts (the rescan cache) is keyed on it.
QString translationLanguage();

// The languages VenvDeck has a catalogue for, as codes ("en", "de"), and each one's name in its own language.
QStringList availableLanguages();
QString languageName(const QString &code);

} // namespace venvdeck
