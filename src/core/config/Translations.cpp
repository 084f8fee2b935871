#include "config/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace venvdeck {

using namespace Qt::StringLiterals;

void installTranslators(QObject *owner)
{
    // Installed last is searched first: English, then Qt's catalogue, then the user's language on top.
    const auto install = [owner](auto &&load) {
        auto *translator = new QTranslator(owner);
        if (load(translator))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install([](QTranslator *t) { return t->load(u"venvdeck_en"_s, u":/i18n"_s); });
    install([](QTranslator *t) {
        return t->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    install([](QTranslator *t) {
        return t->load(QLocale(), u"venvdeck"_s, u"_"_s, u":/i18n"_s) &&
               !t->filePath().endsWith(u"venvdeck_en.qm"_s);
    });
}

} // namespace venvdeck
