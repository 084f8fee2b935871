// The execution server's (or Quali Server's) customer.config: parseCustomerConfig with every typed accessor,
// and parseValidityMinutes, which reads the same file for the validity period.
#include "FuzzSupport.h"

#include "cleanup/ValidityPeriod.h"
#include "config/CustomerConfig.h"

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = QStringLiteral("/opt/ExecutionServer/customer.config");
    const Read<CustomerConfig> read = parseCustomerConfig(fuzz::bytes(data, size), path);
    fuzz::check(read.value || !read.problems.isEmpty(), "no value and no problem");
    if (read.value) {
        read.value->requirementsRepository();
        read.value->requirementsTrustedHost();
        read.value->requirementsExtraRepository();
        read.value->defaultPythonVersion();
        read.value->virtualEnvironmentLifetimeMinutes();
    }
    Problems problems;
    if (const std::optional<int> minutes = parseValidityMinutes(fuzz::bytes(data, size), path, &problems))
        fuzz::check(*minutes > 0, "a validity period that is not above 0");
    return 0;
}
