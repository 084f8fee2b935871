// The ownership record venvdeck.json in a venv folder (anyone with write access to the root can change it):
// parseOwnershipRecord; what it accepts must survive ownershipRecordToJson and a second parse unchanged.
#include "FuzzSupport.h"

#include "scan/OwnerResolver.h"

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = QStringLiteral("/root/venv/venvdeck.json");
    const Read<OwnershipRecord> read = parseOwnershipRecord(fuzz::bytes(data, size), path);
    fuzz::check(read.value || !read.problems.isEmpty(), "no value and no problem");
    if (!read.value)
        return 0;
    fuzz::check(!read.value->owner.isEmpty(), "a record without an owner");
    ownerFromRecord(*read.value);
    const QByteArray written = ownershipRecordToJson(*read.value);
    const Read<OwnershipRecord> again = parseOwnershipRecord(written, path);
    fuzz::check(again.value.has_value() && again.problems.isEmpty(), "a written record does not read back");
    OwnershipRecord expected = *read.value;
    expected.schema = again.value->schema; // a newer schema is written as the one this version knows
    fuzz::check(*again.value == expected, "a written record reads back different");
    return 0;
}
