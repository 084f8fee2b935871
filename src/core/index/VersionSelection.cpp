#include "index/VersionSelection.h"

#include "index/Pep440Version.h"
#include "index/VersionSpecifier.h"

#include <QSet>

namespace venvdeck {

namespace {

void keepHighest(std::optional<Pep440Version> &best, QString &text, const Pep440Version &candidate)
{
    if (!best || Pep440Version::compare(candidate, *best) > 0) {
        best = candidate;
        text = candidate.toString();
    }
}

} // namespace

Selection selectLatest(const QList<IndexFile> &files, const SelectionContext &context)
{
    Selection selection;
    const std::optional<Pep440Version> installed = Pep440Version::parse(context.installedVersion);
    const bool allowPre = installed && installed->isPrerelease();
    const std::optional<Pep440Version> python = Pep440Version::parse(context.pythonVersion);
    selection.pythonChecked = python.has_value();
    const QString pinned = pinnedVersion(context.pin);
    const std::optional<Pep440Version> pinnedParsed = Pep440Version::parse(pinned);

    QSet<QString> invalid;
    QSet<QString> yankedOnly;
    QSet<QString> offeredUnyanked;
    std::optional<Pep440Version> allowed;
    std::optional<Pep440Version> overall;
    std::optional<Pep440Version> pinnedBest;
    for (const IndexFile &file : files) {
        if (file.version.isEmpty())
            continue;
        const std::optional<Pep440Version> version = Pep440Version::parse(file.version);
        if (!version) {
            invalid.insert(file.version);
            continue;
        }
        const QString key = version->toString();
        if (version->isPrerelease() && !allowPre)
            continue;
        // PEP 592: a yanked file counts only for a requirement that pins exactly its version.
        if (file.yanked && !(pinnedParsed && Pep440Version::compare(*version, *pinnedParsed) == 0)) {
            yankedOnly.insert(key);
            continue;
        }
        offeredUnyanked.insert(key);
        keepHighest(overall, selection.latestOverall, *version);
        bool pythonOk = true;
        if (python && !file.requiresPython.isEmpty()) {
            const std::optional<bool> ok = specifierAllows(file.requiresPython, *python);
            if (!ok)
                ++selection.badRequiresPython;
            pythonOk = ok.value_or(true);
        }
        if (!pythonOk)
            continue;
        keepHighest(allowed, selection.latestAllowed, *version);
        if (!context.pin.isEmpty() && specifierAllows(context.pin, *version).value_or(false))
            keepHighest(pinnedBest, selection.latestPinned, *version);
    }
    selection.invalidVersions = int(invalid.size());
    yankedOnly.subtract(offeredUnyanked);
    selection.yankedSkipped = int(yankedOnly.size());
    selection.updateAvailable = allowed && installed && Pep440Version::compare(*allowed, *installed) > 0;
    if (!context.pin.isEmpty() && allowed)
        selection.pinAcceptsLatest = specifierAllows(context.pin, *allowed);
    return selection;
}

} // namespace venvdeck
