// requirements.txt as a driver ships it: each line through parseRequirement and its specifier through
// specifierAllows/pinnedVersion, then the whole file as VenvDeck's kept copy through requirementPins (which
// reads it from a venv folder: a scratch file, overwritten on every input).
#include "FuzzSupport.h"

#include "build/Builder.h"
#include "index/OutdatedCheck.h"
#include "index/VersionSpecifier.h"
#include "model/DependencyGraph.h"
#include "model/Environment.h"

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    for (const QByteArray &raw : input.toByteArray().split('\n')) {
        const std::optional<Requirement> requirement = parseRequirement(QString::fromUtf8(raw));
        if (!requirement)
            continue;
        fuzz::check(!requirement->name.isEmpty(), "a requirement without a name");
        if (!requirement->specifier.startsWith(u'@')) {
            specifierAllows(requirement->specifier, QStringLiteral("1.0"));
            const QString pin = pinnedVersion(requirement->specifier);
            if (!pin.isEmpty())
                specifierAllows(requirement->specifier, pin);
        }
    }
    Environment environment;
    environment.name = QStringLiteral("venv");
    environment.path = fuzz::scratchFolder() + QStringLiteral("/venv");
    fuzz::scratchFile(QStringLiteral("venv/") + QString::fromUtf16(builtRequirementsFileName), input);
    fuzz::check(requirementPins(environment).has_value(), "the kept requirements were not read");
    return 0;
}
