#include "index/Pep440Version.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// PEP 440, appendix B: the canonical regular expression, anchored, case-insensitive.
const QRegularExpression &versionPattern()
{
    static const QRegularExpression pattern(
        uR"(^\s*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*))"
        uR"((?<pre>[-_.]?(?<prel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pren>[0-9]+)?)?)"
        uR"((?<post>(?:-(?<postn1>[0-9]+))|(?:[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?))?)"
        uR"((?<dev>[-_.]?(?<devl>dev)[-_.]?(?<devn>[0-9]+)?)?)"
        uR"()(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString stripZeros(const QString &digits)
{
    qsizetype first = 0;
    while (first + 1 < digits.size() && digits.at(first) == u'0')
        ++first;
    return digits.mid(first);
}

QString numberOrZero(const QString &digits)
{
    return digits.isEmpty() ? u"0"_s : stripZeros(digits);
}

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// Orders optional parts: a missing part is either below or above every present one.
enum class Missing
{
    Lowest,
    Highest
};

int compareOptional(const std::optional<QString> &a, const std::optional<QString> &b, Missing missing)
{
    if (a && b)
        return compareDigits(*a, *b);
    if (!a && !b)
        return 0;
    const int missingFirst = missing == Missing::Lowest ? -1 : 1;
    return a ? -missingFirst : missingFirst;
}

int sign(qsizetype value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

} // namespace

int compareDigits(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.mid(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return sign(a.compare(b));
}

std::optional<Pep440Version> Pep440Version::parse(const QString &text)
{
    const QRegularExpressionMatch match = versionPattern().match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Pep440Version version;
    if (match.hasCaptured(u"epoch"))
        version.m_epoch = stripZeros(match.captured(u"epoch"));
    for (const QString &part : match.captured(u"release").split(u'.'))
        version.m_release.append(stripZeros(part));
    if (match.hasCaptured(u"pre")) {
        const QString label = match.captured(u"prel").toLower();
        Pre pre;
        if (label == u"a" || label == u"alpha")
            pre.kind = PreKind::Alpha;
        else if (label == u"b" || label == u"beta")
            pre.kind = PreKind::Beta;
        else
            pre.kind = PreKind::ReleaseCandidate; // c, rc, pre, preview
        pre.number = numberOrZero(match.captured(u"pren"));
        version.m_pre = pre;
    }
    if (match.hasCaptured(u"post"))
        version.m_post =
            numberOrZero(match.hasCaptured(u"postn1") ? match.captured(u"postn1") : match.captured(u"postn2"));
    if (match.hasCaptured(u"dev"))
        version.m_dev = numberOrZero(match.captured(u"devn"));
    if (match.hasCaptured(u"local")) {
        static const QRegularExpression separators(u"[-_.]"_s);
        for (const QString &part : match.captured(u"local").toLower().split(separators))
            version.m_local.append(isDigits(part) ? stripZeros(part) : part);
    }
    return version;
}

int Pep440Version::compare(const Pep440Version &a, const Pep440Version &b)
{
    if (const int epoch = compareDigits(a.m_epoch, b.m_epoch))
        return epoch;

    // Release: trailing zeros do not count (1.0 == 1.0.0).
    const qsizetype length = std::max(a.m_release.size(), b.m_release.size());
    for (qsizetype i = 0; i < length; ++i) {
        const QString left = a.m_release.value(i, u"0"_s);
        const QString right = b.m_release.value(i, u"0"_s);
        if (const int part = compareDigits(left, right))
            return part;
    }

    // Pre: a dev release of a final version (1.0.dev1) sorts before its pre-releases; a final one after them.
    const auto preRank = [](const Pep440Version &v) {
        if (v.m_pre)
            return 1;
        return (!v.m_post && v.m_dev) ? 0 : 2;
    };
    if (const int rank = preRank(a) - preRank(b))
        return sign(rank);
    if (a.m_pre && b.m_pre) {
        if (a.m_pre->kind != b.m_pre->kind)
            return a.m_pre->kind < b.m_pre->kind ? -1 : 1;
        if (const int number = compareDigits(a.m_pre->number, b.m_pre->number))
            return number;
    }
    if (const int post = compareOptional(a.m_post, b.m_post, Missing::Lowest))
        return post;
    if (const int dev = compareOptional(a.m_dev, b.m_dev, Missing::Highest))
        return dev;

    // Local: none sorts first; segment by segment, numbers above letters, numbers by value, letters as text;
    // a shorter local that is a prefix of a longer one sorts first.
    const qsizetype localLength = std::min(a.m_local.size(), b.m_local.size());
    for (qsizetype i = 0; i < localLength; ++i) {
        const QString &left = a.m_local.at(i);
        const QString &right = b.m_local.at(i);
        const bool leftNumber = isDigits(left);
        const bool rightNumber = isDigits(right);
        if (leftNumber != rightNumber)
            return leftNumber ? 1 : -1;
        const int part = leftNumber ? compareDigits(left, right) : sign(left.compare(right));
        if (part)
            return part;
    }
    return sign(a.m_local.size() - b.m_local.size());
}

QString Pep440Version::publicVersion() const
{
    QString text;
    if (m_epoch != u"0")
        text += m_epoch + u'!';
    text += m_release.join(u'.');
    if (m_pre) {
        static constexpr QStringView labels[] = {u"a", u"b", u"rc"};
        text += labels[int(m_pre->kind)];
        text += m_pre->number;
    }
    if (m_post)
        text += u".post"_s + *m_post;
    if (m_dev)
        text += u".dev"_s + *m_dev;
    return text;
}

QString Pep440Version::toString() const
{
    return m_local.isEmpty() ? publicVersion() : publicVersion() + u'+' + m_local.join(u'.');
}

} // namespace venvdeck
