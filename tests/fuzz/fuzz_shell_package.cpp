// A zip from anywhere: a shell package (2nd or 1st generation) holding a driver zip, or a driver zip itself,
// read by readBuildSource exactly as `venvdeck-cli build` reads it (from a file: a scratch file, overwritten on
// every input). This covers ArchiveReader on the outer and the nested archive.
#include "FuzzSupport.h"

#include "build/BuildSource.h"

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::scratchFile(QStringLiteral("package.zip"), fuzz::bytes(data, size));
    ArchiveLimits limits; // the defaults, but small enough that a bomb cannot exhaust the fuzzer's memory
    limits.maxEntryBytes = 16 * 1024 * 1024;
    limits.maxTotalBytes = 64 * 1024 * 1024;
    const Read<BuildSource> read = readBuildSource(path, limits);
    fuzz::check(read.value || !read.problems.isEmpty(), "no value and no problem");
    if (read.value)
        fuzz::check(read.value->kind != BuildSourceKind::Requirements && !read.value->requirementsPath.isEmpty(),
                    "an archive read as something else, or without requirements");
    return 0;
}
