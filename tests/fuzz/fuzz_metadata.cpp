// The header block of a dist-info METADATA / egg-info PKG-INFO: parseMetadataHeaders, then every Requires-Dist
// through parseRequirement as the dependency tree reads them.
#include "FuzzSupport.h"

#include "model/DependencyGraph.h"
#include "scan/DistributionReader.h"

using namespace venvdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Read<Distribution> read =
        parseMetadataHeaders(fuzz::bytes(data, size), QStringLiteral("/venv/lib/python3.11/site-packages/x.dist-info"));
    fuzz::check(read.value || !read.problems.isEmpty(), "no value and no problem");
    if (read.value) {
        fuzz::check(!read.value->name.isEmpty() && !read.value->version.isEmpty(), "a value without name or version");
        const QList<Distribution> distributions{*read.value};
        const DependencyGraph graph(distributions);
        for (const DependencyGraph::Dependency &dependency : graph.dependenciesOf(distributions.first()))
            fuzz::check(!dependency.requirement.name.isEmpty(), "a dependency without a name");
    }
    return 0;
}
