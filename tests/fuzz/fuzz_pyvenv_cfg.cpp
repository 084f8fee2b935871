// pyvenv.cfg as any tool (or anyone) wrote it: parsePyvenvConfig.
#include "FuzzSupport.h"

#include "scan/PyvenvConfig.h"

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Read<PyvenvConfig> read = parsePyvenvConfig(fuzz::bytes(data, size), QStringLiteral("/root/venv/pyvenv.cfg"));
    fuzz::check(read.value || !read.problems.isEmpty(), "no value and no problem");
    for (const Problem &problem : read.problems)
        fuzz::check(!problem.path.isEmpty() && !problem.message.isEmpty(), "a problem without path or message");
    if (read.value && !read.value->version.isEmpty())
        fuzz::check(normalizePythonVersion(read.value->version) == read.value->version, "version not normalised");
    return 0;
}
