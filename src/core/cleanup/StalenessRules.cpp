#include "cleanup/StalenessRules.h"

#include "index/Pep440Version.h"
#include "model/EnvironmentSummary.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// The disambiguation parameter is there so that lupdate sees tr("%n …", nullptr, n) as a plural message.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("venvdeck", text, disambiguation, n);
}

// "4_10", "1.21", "7": digits separated by `_` or `.`; nullopt for anything else.
std::optional<QStringList> numericParts(const QString &version)
{
    static const QRegularExpression pattern(u"^[0-9]+(?:[_.][0-9]+)*$"_s);
    if (!pattern.match(version).hasMatch())
        return std::nullopt;
    static const QRegularExpression separators(u"[_.]"_s);
    return version.split(separators);
}

int compareNumericParts(const QStringList &a, const QStringList &b)
{
    const qsizetype length = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < length; ++i) {
        if (const int part = compareDigits(a.value(i, u"0"_s), b.value(i, u"0"_s)))
            return part;
    }
    return 0;
}

// An owner's version parsed once, for the many comparisons between the venvs of one owner.
struct ParsedVersion
{
    const Owner *owner = nullptr;
    std::optional<Pep440Version> pep440; // a record's version, when it is PEP 440
    std::optional<QStringList> numeric;
};

ParsedVersion parseOwnerVersion(const Owner &owner)
{
    ParsedVersion parsed{&owner, std::nullopt, std::nullopt};
    if (owner.version.isEmpty())
        return parsed;
    if (owner.source == OwnerSource::Record)
        parsed.pep440 = Pep440Version::parse(owner.version);
    parsed.numeric = numericParts(owner.version);
    return parsed;
}

std::optional<int> compareParsedVersions(const ParsedVersion &a, const ParsedVersion &b)
{
    const Owner &left = *a.owner;
    const Owner &right = *b.owner;
    if (left.name != right.name || left.kind != right.kind || left.source != right.source || left.version.isEmpty() ||
        right.version.isEmpty())
        return std::nullopt;
    if (left.source == OwnerSource::Record && a.pep440 && b.pep440)
        return Pep440Version::compare(*a.pep440, *b.pep440);
    if (a.numeric && b.numeric)
        return compareNumericParts(*a.numeric, *b.numeric);
    return std::nullopt;
}

// What the rules ask of each venv, worked out once per venv rather than once per pair of siblings.
struct VenvFacts
{
    ParsedVersion version;
    QString python; // major.minor
};
using FactsOf = QHash<const Environment *, VenvFacts>; // every venv of the evaluation, by address

const VenvFacts &factsOf(const FactsOf &facts, const Environment *environment)
{
    return *facts.constFind(environment);
}

QString ownerKey(const Owner &owner)
{
    return keyword(owner.kind) + u'\n' + owner.name;
}

QString versionText(const Environment &environment)
{
    return environment.owner.version.isEmpty() ? tr("unknown") : environment.owner.version;
}

QDateTime builtTime(const Environment &environment)
{
    if (environment.record && environment.record->builtAt.isValid())
        return environment.record->builtAt;
    return environment.createdAt.isValid() ? environment.createdAt : environment.modifiedAt;
}

// The same script run under another Python gets a venv of the same version: on such a tie, the sibling built
// last on another Python shows which Python the owner runs on now. Only a reason to read: the keep rules still
// keep the newest venv of each Python.
const Environment *laterBuildOnOtherPython(const Environment &environment, const QList<const Environment *> &siblings,
                                          const FactsOf &facts)
{
    const VenvFacts &own = factsOf(facts, &environment);
    const QString &python = own.python;
    const QDateTime built = builtTime(environment);
    if (python.isEmpty() || !built.isValid())
        return nullptr;
    const Environment *latest = nullptr;
    for (const Environment *sibling : siblings) {
        const VenvFacts &theirs = factsOf(facts, sibling);
        const QString &siblingPython = theirs.python;
        const QDateTime siblingBuilt = builtTime(*sibling);
        if (sibling == &environment || compareParsedVersions(theirs.version, own.version) != 0 ||
            siblingPython.isEmpty() || siblingPython == python || !siblingBuilt.isValid() || siblingBuilt <= built)
            continue;
        if (!latest || siblingBuilt > builtTime(*latest))
            latest = sibling;
    }
    return latest;
}

} // namespace

QString keyword(StaleRule rule)
{
    switch (rule) {
    case StaleRule::Superseded:
        return u"superseded"_s;
    case StaleRule::PythonMismatch:
        return u"python-mismatch"_s;
    case StaleRule::Broken:
        return u"broken"_s;
    case StaleRule::Unused:
        return u"unused"_s;
    case StaleRule::RefreshDue:
        break;
    }
    return u"refresh-due"_s;
}

std::optional<StaleRule> staleRuleFromString(const QString &text)
{
    for (StaleRule rule : {StaleRule::Superseded, StaleRule::PythonMismatch, StaleRule::Broken, StaleRule::Unused,
                           StaleRule::RefreshDue}) {
        if (keyword(rule) == text.trimmed().toLower())
            return rule;
    }
    return std::nullopt;
}

QList<StaleRule> removableRules()
{
    return {StaleRule::Superseded, StaleRule::PythonMismatch, StaleRule::Broken, StaleRule::Unused};
}

bool Staleness::hasReason(StaleRule rule) const
{
    return std::any_of(reasons.cbegin(), reasons.cend(), [rule](const StaleReason &r) { return r.rule == rule; });
}

std::optional<int> compareOwnerVersions(const Owner &a, const Owner &b)
{
    return compareParsedVersions(parseOwnerVersion(a), parseOwnerVersion(b));
}

QHash<QString, Staleness> evaluateStaleness(const Environments &environments, const StalenessOptions &options)
{
    QHash<QString, QList<const Environment *>> owners;
    FactsOf facts;
    facts.reserve(environments.size());
    for (const Environment &environment : environments) {
        if (environment.health == Health::NotAVenv)
            continue;
        owners[ownerKey(environment.owner)].append(&environment);
        facts.insert(&environment, {parseOwnerVersion(environment.owner), pythonMajorMinor(environment.pythonVersion)});
    }
    const auto compare = [&facts](const Environment *a, const Environment *b) {
        return compareParsedVersions(factsOf(facts, a).version, factsOf(facts, b).version).value_or(0);
    };
    // Each owner's newest: those no sibling is higher than (several when versions tie or cannot be compared).
    QHash<QString, QList<const Environment *>> newestOfOwner;
    for (auto owner = owners.cbegin(); owner != owners.cend(); ++owner) {
        for (const Environment *sibling : owner.value()) {
            if (std::none_of(owner.value().cbegin(), owner.value().cend(),
                             [&](const Environment *other) { return compare(other, sibling) > 0; }))
                newestOfOwner[owner.key()].append(sibling);
        }
    }

    QHash<QString, Staleness> result;
    for (const Environment &environment : environments) {
        Staleness &staleness = result[environment.name];
        staleness.pinned = options.pinned.contains(environment.name);
        if (environment.health == Health::NotAVenv)
            continue; // not a venv: no rule applies, nothing is proposed
        const QList<const Environment *> &siblings = owners.value(ownerKey(environment.owner));
        const QString &python = factsOf(facts, &environment).python;

        // Siblings with a higher version.
        const QList<const Environment *> newest = newestOfOwner.value(ownerKey(environment.owner));
        const Environment *highest = nullptr;
        int higherCount = 0;
        bool newerSamePython = false;
        for (const Environment *sibling : siblings) {
            if (sibling == &environment || compare(sibling, &environment) <= 0)
                continue;
            ++higherCount;
            if (factsOf(facts, sibling).python == python)
                newerSamePython = true;
            if (!highest || compare(sibling, highest) > 0)
                highest = sibling;
        }

        if (highest) {
            staleness.reasons.append(
                {StaleRule::Superseded, tr("superseded by %1 (version %2, this one %3)")
                                            .arg(highest->name, versionText(*highest), versionText(environment))});
        }
        if (higherCount > 0 && !python.isEmpty()) {
            QStringList newestPythons;
            for (const Environment *sibling : newest)
                newestPythons.append(factsOf(facts, sibling).python);
            if (!newestPythons.contains(python) && !newestPythons.contains(QString())) {
                newestPythons.removeDuplicates();
                staleness.reasons.append({StaleRule::PythonMismatch,
                                          tr("the owner's newest environment %1 uses Python %2, this one Python %3")
                                              .arg(newest.first()->name, newestPythons.join(u", "_s), python)});
            }
        } else if (const Environment *later = laterBuildOnOtherPython(environment, siblings, facts)) {
            staleness.reasons.append({StaleRule::PythonMismatch,
                                      tr("%1, built later with the same version, uses Python %2, this one Python %3")
                                          .arg(later->name, factsOf(facts, later).python, python)});
        }
        if (environment.health == Health::Broken) {
            staleness.reasons.append({StaleRule::Broken, environment.healthReasons.isEmpty()
                                                             ? tr("broken")
                                                             : environment.healthReasons.join(u"; "_s)});
        }
        if (options.unusedDays > 0 && environment.lastUsedAt.isValid()) {
            const qint64 days = environment.lastUsedAt.daysTo(options.now);
            if (days >= options.unusedDays) {
                staleness.reasons.append(
                    {StaleRule::Unused,
                     tr("not used for %n day(s) (last used %1, from %2)", nullptr, int(std::min<qint64>(days, INT_MAX)))
                         .arg(environment.lastUsedAt.toUTC().toString(Qt::ISODate),
                              describe(environment.lastUsedSource))});
            }
        }
        if (const QDateTime built = builtTime(environment); built.isValid() && options.validityMinutes > 0) {
            const qint64 minutes = built.secsTo(options.now) / 60;
            if (minutes > options.validityMinutes) {
                staleness.reasons.append(
                    {StaleRule::RefreshDue,
                     tr("built %1, older than the validity period of %n minute(s)", nullptr, options.validityMinutes)
                         .arg(built.toUTC().toString(Qt::ISODate))});
            }
        }

        // Keep rules: the newest of each owner and Python, and the N newest of each owner.
        if (!newerSamePython)
            staleness.keptBecause =
                python.isEmpty() ? tr("the newest environment of %1").arg(environment.owner.name)
                                 : tr("the newest environment of %1 for Python %2").arg(environment.owner.name, python);
        else if (higherCount < std::max(1, options.keepNewest))
            staleness.keptBecause =
                tr("one of the %n newest environment(s) of %1", nullptr, std::max(1, options.keepNewest))
                    .arg(environment.owner.name);

        staleness.proposed =
            !staleness.pinned &&
            std::any_of(staleness.reasons.cbegin(), staleness.reasons.cend(), [&](const StaleReason &reason) {
                return options.policy.contains(reason.rule) && reason.rule != StaleRule::RefreshDue &&
                       (reason.rule == StaleRule::Broken || staleness.keptBecause.isEmpty());
            });
    }
    return result;
}

} // namespace venvdeck
