// The rescan cache (scans/<hash>.cache in the user's cache folder), past the checks of its owner, header and
// checksums: a damaged or hostile file that slips past them must still be refused or decoded within its bytes.
// Input: the main block's length (32 bits, the machine's order), the main block, then the shared files' block
// (seeds: make_scan_cache_seed.py). Each environment the cache holds decodes under its own name or is refused,
// and its watch list is checked against a real folder (the scratch folder), which it cannot match.
#include "FuzzSupport.h"

#include "scan/ScanCache.h"

#include <cstring>

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    quint32 mainSize = 0;
    if (input.size() < qsizetype(sizeof mainSize))
        return 0;
    memcpy(&mainSize, input.data(), sizeof mainSize);
    if (mainSize > quint64(input.size()) - sizeof mainSize)
        return 0;
    const ScanCache cache =
        ScanCache::decode(input.sliced(sizeof mainSize, mainSize), input.sliced(sizeof mainSize + mainSize));
    const QStringList names = cache.names();
    fuzz::check(names.size() == cache.size(), "names() and size() disagree");
    const QString folder = fuzz::scratchFolder();
    for (const QString &name : names) {
        const std::optional<CachedEnvironment> entry = cache.decoded(name);
        fuzz::check(!entry || entry->environment.name == name, "an environment decoded under another name");
        fuzz::check(!cache.reusable(name, folder), "a watch list matched a folder it never saw");
        cache.sharedFiles(name);
    }
    return 0;
}
