// PEP 440 versions and specifiers as METADATA, file names, requirements and index pages spell them. The input is
// `version\nother\nspecifier`: both versions through Pep440Version::parse, whose normalised form must parse back
// equal, compare must be antisymmetric, and the specifier through specifierAllows.
#include "FuzzSupport.h"

#include "index/Pep440Version.h"
#include "index/VersionSpecifier.h"

using namespace venvdeck;

namespace {

std::optional<Pep440Version> parseChecked(const QString &text)
{
    const std::optional<Pep440Version> version = Pep440Version::parse(text);
    if (version) {
        const QString normal = version->toString();
        const std::optional<Pep440Version> again = Pep440Version::parse(normal);
        fuzz::check(again.has_value(), "the normalised form does not parse");
        fuzz::check(again->toString() == normal, "normalising is not idempotent");
        fuzz::check(Pep440Version::compare(*version, *again) == 0, "the normalised form compares different");
    }
    return version;
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList parts = QString::fromUtf8(fuzz::bytes(data, size)).split(u'\n');
    const std::optional<Pep440Version> a = parseChecked(parts.value(0));
    const std::optional<Pep440Version> b = parseChecked(parts.value(1));
    if (a && b)
        fuzz::check(sign(Pep440Version::compare(*a, *b)) == -sign(Pep440Version::compare(*b, *a)),
                    "compare is not antisymmetric");
    const QString specifier = parts.value(2);
    if (a)
        specifierAllows(specifier, *a);
    specifierAllows(specifier, parts.value(0));
    pinnedVersion(specifier);
    return 0;
}
