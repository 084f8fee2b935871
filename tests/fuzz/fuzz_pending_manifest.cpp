// The pending-removal manifest `<root>/.venvdeck/pending-removals.json`, which apply-pending reads as root at
// boot: parsePendingManifest; what it accepts must survive pendingManifestToJson and a second parse unchanged.
// The pins file next to it is read by readPins (a scratch root, overwritten on every input): it must only ever
// yield plain names.
#include "FuzzSupport.h"

#include "cleanup/CleanupStatus.h"
#include "cleanup/PendingManifest.h"

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString root = QStringLiteral("/usr/share/QualiSystems/venv");
    const QString path = root + QStringLiteral("/.venvdeck/pending-removals.json");
    const Read<PendingManifest> read = parsePendingManifest(fuzz::bytes(data, size), root, path);
    fuzz::check(read.value || !read.problems.isEmpty(), "no value and no problem");
    if (read.value) {
        for (const PendingRemoval &entry : read.value->entries) {
            fuzz::check(!entry.name.isEmpty() && entry.name != u"." && entry.name != u".." &&
                            !entry.name.contains(u'/') && !entry.name.contains(u'\\'),
                        "an accepted entry that is not a plain folder name");
        }
        const Read<PendingManifest> again = parsePendingManifest(pendingManifestToJson(*read.value), root, path);
        fuzz::check(again.value.has_value() && again.problems.isEmpty(), "a written manifest does not read back");
        fuzz::check(again.value->entries == read.value->entries, "a written manifest reads back different");
    }
    return 0;
}
