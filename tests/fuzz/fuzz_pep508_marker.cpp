// PEP 508 environment markers as Requires-Dist and requirements.txt carry them (the text after `;`). The whole
// input is one marker: Pep508Marker::parse either refuses it with an error naming the text, or accepts it, and then
// its printed form (what a conflict line shows) parses back to the same text and the same value, and evaluation
// gives a value or an error, never neither. Each input line is also a Requires-Dist of a distribution that
// checkDependencies checks: at most one line of result per requirement.
#include "FuzzSupport.h"

#include "model/DependencyCheck.h"
#include "model/Pep508Marker.h"

using namespace venvdeck;

namespace {

MarkerEnvironment fixedEnvironment()
{
    MarkerEnvironment environment;
    environment.values = {{QStringLiteral("implementation_name"), QStringLiteral("cpython")},
                          {QStringLiteral("implementation_version"), QStringLiteral("3.11.2")},
                          {QStringLiteral("os_name"), QStringLiteral("posix")},
                          {QStringLiteral("platform_machine"), QStringLiteral("x86_64")},
                          {QStringLiteral("platform_release"), QStringLiteral("6.1.0-13-amd64")},
                          {QStringLiteral("platform_system"), QStringLiteral("Linux")},
                          {QStringLiteral("platform_version"), QStringLiteral("#1 SMP Debian 6.1.55-1")},
                          {QStringLiteral("python_full_version"), QStringLiteral("3.11.2")},
                          {QStringLiteral("platform_python_implementation"), QStringLiteral("CPython")},
                          {QStringLiteral("python_version"), QStringLiteral("3.11")},
                          {QStringLiteral("sys_platform"), QStringLiteral("linux")}};
    return environment;
}

std::optional<bool> evaluateChecked(const Pep508Marker &marker, const MarkerEnvironment &environment,
                                    const QString &extra)
{
    QString error;
    const std::optional<bool> value = marker.evaluate(environment, extra, &error);
    fuzz::check(value.has_value() || !error.isEmpty(), "no value and no error");
    return value;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const MarkerEnvironment environment = fixedEnvironment();
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    QString error;
    const std::optional<Pep508Marker> marker = Pep508Marker::parse(text, &error);
    if (!marker) {
        fuzz::check(error.contains(text), "the error does not name the marker");
    } else {
        const QString printed = marker->toString();
        const std::optional<Pep508Marker> again = Pep508Marker::parse(printed, &error);
        fuzz::check(again.has_value(), "the printed form does not parse");
        fuzz::check(again->toString() == printed, "printing is not idempotent");
        for (const QString &extra : {QString(), QStringLiteral("socks")}) {
            fuzz::check(evaluateChecked(*marker, environment, extra) == evaluateChecked(*again, environment, extra),
                        "the printed form evaluates differently");
        }
    }

    Distribution distribution;
    distribution.name = QStringLiteral("fuzzed");
    distribution.version = QStringLiteral("1.0");
    distribution.requiresDist = text.split(u'\n');
    Distribution installed;
    installed.name = QStringLiteral("lib-a");
    installed.version = QStringLiteral("1.2");
    const DependencyCheckResult result = checkDependencies({distribution, installed}, environment);
    fuzz::check(result.lines().size() <= distribution.requiresDist.size(), "more problems than requirements");
    return 0;
}
