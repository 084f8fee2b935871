// shell-definition.yaml from a 2nd-generation shell package: parseShellDefinition.
#include "FuzzSupport.h"

#include "build/BuildSource.h"

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Read<ShellDefinition> read =
        parseShellDefinition(fuzz::bytes(data, size), QStringLiteral("package.zip!/shell-definition.yaml"));
    fuzz::check(read.value || !read.problems.isEmpty(), "no value and no problem");
    return 0;
}
