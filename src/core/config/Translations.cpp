#include "config/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <mutex>

namespace venvdeck {

using namespace Qt::StringLiterals;

namespace {
constexpr char translatorTag[] = "venvdeckTranslator";

std::mutex languageMutex;
QString installedLanguage; // guarded by languageMutex; empty until installTranslators() ran
} // namespace

void installTranslators(QObject *owner, const QString &language)
{
    // The ones installed before go first: removing a translator sends LanguageChange as installing one does.
    for (QTranslator *old : owner->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        if (old->property(translatorTag).toBool()) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    {
        const std::lock_guard lock(languageMutex);
        installedLanguage = locale.name();
    }
    // Installed last is searched first: English, then Qt's catalogue, then the chosen language on top.
    const auto install = [owner](auto &&load) {
        auto *translator = new QTranslator(owner);
        translator->setProperty(translatorTag, true);
        if (load(translator))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install([](QTranslator *t) { return t->load(u"venvdeck_en"_s, u":/i18n"_s); });
    install([&locale](QTranslator *t) {
        return t->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    install([&locale](QTranslator *t) {
        return t->load(locale, u"venvdeck"_s, u"_"_s, u":/i18n"_s) && !t->filePath().endsWith(u"venvdeck_en.qm"_s);
    });
}

QString translationLanguage()
{
    {
        const std::lock_guard lock(languageMutex);
        if (!installedLanguage.isEmpty())
            return installedLanguage;
    }
    return QLocale().name();
}

QStringList availableLanguages()
{
    return {u"en"_s, u"de"_s};
}

QString languageName(const QString &code)
{
    // Each language in its own words (not translated): whoever cannot read the current one still finds theirs.
    if (code == u"en")
        return u"English"_s;
    if (code == u"de")
        return u"Deutsch"_s;
    return QLocale(code).nativeLanguageName();
}

} // namespace venvdeck
