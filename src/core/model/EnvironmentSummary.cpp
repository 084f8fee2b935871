#include "model/EnvironmentSummary.h"

#include <QList>
#include <QSet>
#include <QStringView>

#include <algorithm>

namespace venvdeck {

EnvironmentSummary summarize(const Environments &environments, const QHash<QString, CleanupStatus> *cleanup)
{
    EnvironmentSummary summary;
    summary.count = int(environments.size());
    for (const Environment &environment : environments) {
        if (environment.health == Health::Broken)
            ++summary.broken;
        else if (environment.health == Health::NotAVenv)
            ++summary.notAVenv;
        if (environment.usage) {
            summary.sizesKnown = true;
            summary.totalApparentBytes += environment.usage->apparentBytes;
            summary.totalAllocatedBytes += environment.usage->allocatedBytes;
        }
        const auto status = cleanup ? cleanup->constFind(environment.name) : QHash<QString, CleanupStatus>::const_iterator();
        if (!cleanup || status == cleanup->constEnd())
            continue;
        if (status->staleness.proposed) {
            ++summary.proposed;
            if (environment.usage)
                summary.reclaimableBytes += environment.usage->apparentBytes;
        }
        if (status->pendingRemoval)
            ++summary.pendingRemoval;
        if (status->inUse && !status->inUse->isEmpty())
            ++summary.inUse;
    }
    return summary;
}

QString pythonMajorMinor(const QString &pythonVersion)
{
    const QList<QStringView> parts = QStringView(pythonVersion).split(u'.');
    if (parts.size() < 2)
        return {};
    bool majorOk = false;
    bool minorOk = false;
    const int major = parts.at(0).toInt(&majorOk);
    // "3.11.7" and "3.12.0rc1" both have a plain minor; "3.13a" does not count.
    const int minor = parts.at(1).toInt(&minorOk);
    if (!majorOk || !minorOk)
        return {};
    return QString::number(major) + u'.' + QString::number(minor);
}

QStringList pythonMajorMinors(const Environments &environments)
{
    QSet<QString> seen;
    QStringList versions;
    for (const Environment &environment : environments) {
        const QString version = pythonMajorMinor(environment.pythonVersion);
        if (!version.isEmpty() && !seen.contains(version)) {
            seen.insert(version);
            versions.append(version);
        }
    }
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return compareVersions(a, b) > 0; });
    return versions;
}

namespace {

struct VersionToken
{
    QStringView text;
    bool numeric = false;
};

QList<VersionToken> tokenize(QStringView version)
{
    QList<VersionToken> tokens;
    qsizetype i = 0;
    while (i < version.size()) {
        const QChar c = version.at(i);
        if (c.isDigit() || c.isLetter()) {
            const bool numeric = c.isDigit();
            qsizetype end = i + 1;
            while (end < version.size() && (numeric ? version.at(end).isDigit() : version.at(end).isLetter()))
                ++end;
            QStringView text = version.mid(i, end - i);
            if (numeric) {
                while (text.size() > 1 && text.front() == u'0')
                    text = text.mid(1);
            }
            tokens.append({text, numeric});
            i = end;
        } else {
            ++i; // a separator
        }
    }
    return tokens;
}

int compareTokens(const VersionToken &a, const VersionToken &b)
{
    if (a.numeric && b.numeric) {
        // Leading zeros are gone: a longer run is a larger number, and no run can overflow an integer type.
        if (a.text.size() != b.text.size())
            return a.text.size() < b.text.size() ? -1 : 1;
        return a.text.compare(b.text);
    }
    if (a.numeric != b.numeric)
        return a.numeric ? 1 : -1; // 1.0.1 > 1.0rc1
    return a.text.compare(b.text, Qt::CaseInsensitive);
}

// What the longer version's remaining tokens mean against a version that has run out: a release after its
// pre-releases (1.0rc1 < 1.0), post-releases after it (1.0.post1 > 1.0), 1.0 == 1.0.0, 1.0.1 > 1.0.
int compareRest(const QList<VersionToken> &tokens, qsizetype from)
{
    for (qsizetype i = from; i < tokens.size(); ++i) {
        const VersionToken &token = tokens.at(i);
        if (token.numeric) {
            if (token.text != u"0")
                return 1;
            continue;
        }
        const bool post = token.text.compare(u"post", Qt::CaseInsensitive) == 0 ||
                          token.text.compare(u"rev", Qt::CaseInsensitive) == 0 ||
                          token.text.compare(u"r", Qt::CaseInsensitive) == 0;
        return post ? 1 : -1;
    }
    return 0;
}

} // namespace

int compareVersions(const QString &left, const QString &right)
{
    const QList<VersionToken> a = tokenize(left);
    const QList<VersionToken> b = tokenize(right);
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (const int result = compareTokens(a.at(i), b.at(i)); result != 0)
            return result < 0 ? -1 : 1;
    }
    if (a.size() > common)
        return compareRest(a, common);
    if (b.size() > common)
        return -compareRest(b, common);
    return 0;
}

} // namespace venvdeck
