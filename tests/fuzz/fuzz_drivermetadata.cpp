// drivermetadata.xml from a driver zip: parseDriverMetadata.
#include "FuzzSupport.h"

#include "build/BuildSource.h"

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Read<DriverMetadata> read =
        parseDriverMetadata(fuzz::bytes(data, size), QStringLiteral("driver.zip!/drivermetadata.xml"));
    fuzz::check(read.value || !read.problems.isEmpty(), "no value and no problem");
    if (read.value)
        fuzz::check(read.value->pythonVersion == u"2" || read.value->pythonVersion == u"3",
                    "PythonVersion neither 2 nor 3");
    return 0;
}
