#include "index/VersionSpecifier.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// The release padded with zeros to `size` components.
QStringList padded(QStringList release, qsizetype size)
{
    while (release.size() < size)
        release.append(u"0"_s);
    return release;
}

bool releaseStartsWith(const Pep440Version &candidate, const Pep440Version &prefix)
{
    if (compareDigits(candidate.epoch(), prefix.epoch()) != 0)
        return false;
    const QStringList want = prefix.release();
    const QStringList have = padded(candidate.release(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (compareDigits(have.at(i), want.at(i)) != 0)
            return false;
    }
    return true;
}

bool sameRelease(const Pep440Version &a, const Pep440Version &b)
{
    const qsizetype size = std::max(a.release().size(), b.release().size());
    return compareDigits(a.epoch(), b.epoch()) == 0 && padded(a.release(), size) == padded(b.release(), size);
}

// One clause; nullopt when it cannot be parsed.
std::optional<bool> clauseAllows(const QString &clause, const Pep440Version &version)
{
    static const QStringList operators{u"==="_s, u"~="_s, u"=="_s, u"!="_s, u"<="_s, u">="_s, u"<"_s, u">"_s};
    QString op;
    for (const QString &candidate : operators) {
        if (clause.startsWith(candidate)) {
            op = candidate;
            break;
        }
    }
    if (op.isEmpty())
        return std::nullopt;
    QString operand = clause.mid(op.size()).trimmed();
    if (op == u"===")
        return operand.compare(version.toString(), Qt::CaseInsensitive) == 0;

    const bool wildcard = operand.endsWith(u".*");
    if (wildcard) {
        if (op != u"==" && op != u"!=")
            return std::nullopt;
        operand.chop(2);
    }
    const std::optional<Pep440Version> target = Pep440Version::parse(operand);
    if (!target)
        return std::nullopt;
    // The candidate without its local label, for every comparison except == with a local operand.
    const Pep440Version candidate = version.hasLocal() ? *Pep440Version::parse(version.publicVersion()) : version;

    if (wildcard) {
        const bool match = releaseStartsWith(candidate, *target);
        return op == u"==" ? match : !match;
    }
    if (op == u"==" || op == u"!=") {
        const bool match = target->hasLocal() ? Pep440Version::compare(version, *target) == 0
                                              : Pep440Version::compare(candidate, *target) == 0;
        return op == u"==" ? match : !match;
    }
    if (op == u"~=") {
        QStringList release = target->release();
        if (release.size() < 2)
            return std::nullopt;
        release.removeLast();
        const QString epoch = target->epoch() == u"0" ? QString() : target->epoch() + u'!';
        const std::optional<Pep440Version> prefix = Pep440Version::parse(epoch + release.join(u'.'));
        return prefix && Pep440Version::compare(candidate, *target) >= 0 && releaseStartsWith(candidate, *prefix);
    }
    const int order = Pep440Version::compare(candidate, *target);
    if (op == u"<=")
        return order <= 0;
    if (op == u">=")
        return order >= 0;
    if (op == u"<")
        return order < 0 && !(!target->isPrerelease() && candidate.isPrerelease() && sameRelease(candidate, *target));
    // op == ">"
    return order > 0 && !(!target->isPostRelease() && candidate.isPostRelease() && sameRelease(candidate, *target));
}

} // namespace

std::optional<bool> specifierAllows(const QString &specifiers, const Pep440Version &version)
{
    bool allowed = true;
    for (const QString &part : specifiers.split(u',', Qt::SkipEmptyParts)) {
        const QString clause = part.trimmed();
        if (clause.isEmpty())
            continue;
        const std::optional<bool> result = clauseAllows(clause, version);
        if (!result)
            return std::nullopt;
        allowed = allowed && *result;
    }
    return allowed;
}

std::optional<bool> specifierAllows(const QString &specifiers, const QString &version)
{
    const std::optional<Pep440Version> parsed = Pep440Version::parse(version);
    if (!parsed)
        return std::nullopt;
    return specifierAllows(specifiers, *parsed);
}

QString pinnedVersion(const QString &specifiers)
{
    const QString text = specifiers.trimmed();
    if (text.contains(u',') || text.endsWith(u".*"))
        return {};
    if (text.startsWith(u"==="))
        return text.mid(3).trimmed();
    if (text.startsWith(u"=="))
        return text.mid(2).trimmed();
    return {};
}

} // namespace venvdeck
