#pragma once

#include "model/Environment.h"

#include <QIcon>

namespace venvdeck::icons {

// Icons drawn for VenvDeck (resources/icons): the SVG when Qt's SVG plug-in is installed, otherwise the PNG
// renderings of the same drawing at several sizes, so they stay crisp on high-DPI screens either way.
QIcon application();
QIcon health(Health health);

} // namespace venvdeck::icons
