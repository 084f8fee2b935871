#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace venvdeck {

// A version as PEP 440 defines it: [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]. A value type: parse() accepts
// every spelling PEP 440 normalises (case, `v` prefix, `-`/`_`/`.` separators, alpha/beta/c/pre/preview,
// rev/r, implicit numbers, `1.0-1` as a post release, surrounding whitespace) and rejects anything else;
// numbers of any length are compared exactly (they are kept as digit strings, never overflow).
class Pep440Version final
{
public:
    enum class PreKind
    {
        Alpha,
        Beta,
        ReleaseCandidate
    };

    static std::optional<Pep440Version> parse(const QString &text);

    // <0, 0, >0 as PEP 440 orders a before b. 1.0 == 1.0.0; local versions sort after their public version.
    static int compare(const Pep440Version &a, const Pep440Version &b);

    bool isPrerelease() const { return m_pre.has_value() || m_dev.has_value(); } // a pre or dev release
    bool isPostRelease() const { return m_post.has_value(); }
    bool isDevRelease() const { return m_dev.has_value(); }
    bool hasLocal() const { return !m_local.isEmpty(); }

    QString toString() const;      // the normalised form, e.g. "1!2.0rc1.post2.dev3+ubuntu.1"
    QString publicVersion() const; // toString() without the local segment
    QString epoch() const { return m_epoch; }
    QStringList release() const { return m_release; } // digit strings without leading zeros
    QStringList local() const { return m_local; }     // lower case, split at . - _

    friend bool operator==(const Pep440Version &a, const Pep440Version &b) { return compare(a, b) == 0; }
    friend std::strong_ordering operator<=>(const Pep440Version &a, const Pep440Version &b)
    {
        return compare(a, b) <=> 0;
    }

private:
    struct Pre
    {
        PreKind kind = PreKind::Alpha;
        QString number;
    };

    QString m_epoch = QStringLiteral("0");
    QStringList m_release;
    std::optional<Pre> m_pre;
    std::optional<QString> m_post;
    std::optional<QString> m_dev;
    QStringList m_local;
};

// Compares two non-negative decimal digit strings by value (leading zeros ignored), any length.
int compareDigits(QStringView a, QStringView b);

} // namespace venvdeck
