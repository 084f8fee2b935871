#include "common/Icons.h"

#include <QImageReader>
#include <QString>

using namespace Qt::StringLiterals;

// venvdeck.qrc is compiled into this static library; a static library's resources must be registered by hand.
static void initVenvdeckResources()
{
    Q_INIT_RESOURCE(venvdeck);
}

namespace venvdeck::icons {

namespace {

bool svgSupported()
{
    static const bool supported = QImageReader::supportedImageFormats().contains("svg");
    return supported;
}

QIcon load(const QString &name, std::initializer_list<int> sizes)
{
    static const bool registered = [] {
        initVenvdeckResources();
        return true;
    }();
    Q_UNUSED(registered)
    QIcon icon;
    if (svgSupported()) {
        icon.addFile(u":/icons/%1.svg"_s.arg(name));
        return icon;
    }
    for (const int size : sizes)
        icon.addFile(u":/icons/%1-%2.png"_s.arg(name).arg(size), QSize(size, size));
    return icon;
}

} // namespace

QIcon application()
{
    static const QIcon icon = load(u"venvdeck"_s, {16, 32, 64, 128, 256});
    return icon;
}

QIcon health(Health value)
{
    static const QIcon ok = load(u"health-ok"_s, {16, 32, 64});
    static const QIcon broken = load(u"health-broken"_s, {16, 32, 64});
    static const QIcon notAVenv = load(u"health-not-a-venv"_s, {16, 32, 64});
    switch (value) {
    case Health::Ok:
        return ok;
    case Health::Broken:
        return broken;
    case Health::NotAVenv:
        break;
    }
    return notAVenv;
}

} // namespace venvdeck::icons
