#include "build/PipOutput.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

bool hasCredentials(const QString &url)
{
    return maskCredentials(url) != url;
}

} // namespace

QStringList IndexOptions::pipArguments() const
{
    QStringList arguments;
    if (!offlineFolder.isEmpty())
        return {u"--no-index"_s, u"--find-links"_s, offlineFolder};
    if (!indexUrl.isEmpty() && !hasCredentials(indexUrl))
        arguments << u"--index-url"_s << indexUrl;
    if (!extraIndexUrl.isEmpty() && !hasCredentials(extraIndexUrl))
        arguments << u"--extra-index-url"_s << extraIndexUrl;
    for (const QString &host : trustedHost.split(u' ', Qt::SkipEmptyParts)) // several, space-separated
        arguments << u"--trusted-host"_s << host;
    return arguments;
}

QList<std::pair<QString, QString>> IndexOptions::pipEnvironment() const
{
    QList<std::pair<QString, QString>> environment;
    if (!offlineFolder.isEmpty())
        return environment;
    if (!indexUrl.isEmpty() && hasCredentials(indexUrl))
        environment.append({u"PIP_INDEX_URL"_s, indexUrl});
    if (!extraIndexUrl.isEmpty() && hasCredentials(extraIndexUrl))
        environment.append({u"PIP_EXTRA_INDEX_URL"_s, extraIndexUrl});
    return environment;
}

QString IndexOptions::describe() const
{
    if (!offlineFolder.isEmpty())
        return tr("offline, from the folder %1").arg(offlineFolder);
    QStringList parts;
    if (!indexUrl.isEmpty())
        parts << tr("index %1").arg(maskCredentials(indexUrl));
    if (!extraIndexUrl.isEmpty())
        parts << tr("extra index %1").arg(maskCredentials(extraIndexUrl));
    if (!trustedHost.isEmpty())
        parts << tr("trusted host %1").arg(trustedHost);
    return parts.isEmpty() ? tr("pip's own configuration (PyPI unless pip.conf says otherwise)")
                           : parts.join(u", "_s);
}

QString maskCredentials(const QString &text)
{
    static const QRegularExpression userInfo(uR"(([A-Za-z][A-Za-z0-9+.-]*://)[^/@\s]+@)"_s);
    QString masked = text;
    return masked.replace(userInfo, u"\\1****@"_s);
}

QString environmentNameFor(const QString &nameTemplate, const QString &owner, const QString &version,
                           const QString &pythonMajorMinor)
{
    static const QRegularExpression separators(uR"([.\s-]+)"_s);
    QString name = nameTemplate.isEmpty() ? QString::fromUtf16(defaultNameTemplate) : nameTemplate;
    QString versionPart = version.trimmed();
    versionPart.replace(separators, u"_"_s);
    QString pythonPart = pythonMajorMinor;
    pythonPart.replace(u'.', u'_');
    name.replace(u"{name}"_s, QString(owner.trimmed()).replace(u' ', u'_'));
    name.replace(u"{rawname}"_s, owner.trimmed());
    name.replace(u"{version}"_s, versionPart);
    name.replace(u"{python}"_s, pythonPart);
    while (name.endsWith(u'_'))
        name.chop(1);
    name.replace(u'/', u'_');
    name.replace(u'\\', u'_');
    return name;
}

QString keyword(BuildAction action)
{
    switch (action) {
    case BuildAction::Built:
        return u"built"_s;
    case BuildAction::Refreshed:
        return u"refreshed"_s;
    case BuildAction::Rebuilt:
        return u"rebuilt"_s;
    case BuildAction::None:
        break;
    }
    return u"none"_s;
}

QString describe(BuildStage stage)
{
    switch (stage) {
    case BuildStage::Queued:
        return tr("Waiting for a free build slot");
    case BuildStage::Preparing:
        return tr("Preparing");
    case BuildStage::CreatingVenv:
        return tr("Creating the venv");
    case BuildStage::Installing:
        return tr("Installing the requirements");
    case BuildStage::Checking:
        return tr("Checking dependencies (as pip check does)");
    case BuildStage::Finishing:
        return tr("Finishing");
    case BuildStage::Finished:
        break;
    }
    return tr("Finished");
}

bool updateProgress(BuildProgress &progress, const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.startsWith(u"Collecting "_s) || trimmed.startsWith(u"Requirement already satisfied: "_s)) {
        ++progress.collected;
        progress.text = trimmed;
        return true;
    }
    if (trimmed.startsWith(u"Downloading "_s) || trimmed.startsWith(u"Processing "_s) ||
        trimmed.startsWith(u"Using cached "_s)) {
        ++progress.obtained;
        progress.text = trimmed;
        return true;
    }
    static const QString installing = u"Installing collected packages:"_s;
    if (trimmed.startsWith(installing)) {
        progress.toInstall = int(trimmed.mid(installing.size()).split(u',', Qt::SkipEmptyParts).size());
        progress.text = trimmed;
        return true;
    }
    return false;
}

QStringList successfullyInstalled(const QString &line)
{
    static const QString prefix = u"Successfully installed "_s;
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(prefix))
        return {};
    return trimmed.mid(prefix.size()).split(u' ', Qt::SkipEmptyParts);
}

PipFailure summarizePipFailure(const QStringList &lines, const IndexOptions &index, int exitCode)
{
    PipFailure failure;
    static const QRegularExpression noMatch(uR"(No matching distribution found for (\S+))"_s);
    static const QRegularExpression invalid(uR"(Invalid requirement: (.*?)\s*\(from line (\d+) of)"_s);
    static const QRegularExpression invalidLine(uR"(line (\d+) of .*?: (.*)$)"_s);
    static const QRegularExpression unreachable(
        uR"((Failed to establish a new connection|Connection refused|Name or service not known|Temporary failure in name resolution|Max retries exceeded|Could not fetch URL|timed out|SSLError))"_s);
    static const QRegularExpression versions(uR"(satisfies the requirement .*\(from versions: (.*)\)$)"_s);
    const QString where = index.offlineFolder.isEmpty() ? maskCredentials(index.describe())
                                                        : tr("the offline folder %1").arg(index.offlineFolder);
    QString versionsThere;
    bool indexUnreachable = false;
    for (const QString &raw : lines) {
        const QString line = maskCredentials(raw.trimmed());
        if (line.startsWith(u"ERROR:"_s) || line.startsWith(u"WARNING: Retrying"_s) ||
            line.contains(u"has requirement"_s) || line.contains(u"which is not installed"_s) ||
            line.contains(u"is not supported on this platform"_s))
            failure.details.append(line);
        if (const QRegularExpressionMatch m = versions.match(line); m.hasMatch())
            versionsThere = m.captured(1);
        if (unreachable.match(line).hasMatch())
            indexUnreachable = true;
        if (failure.headline.isEmpty()) {
            if (const QRegularExpressionMatch m = noMatch.match(line); m.hasMatch()) {
                failure.headline = tr("No matching distribution found for %1 on %2").arg(m.captured(1), where);
                if (!versionsThere.isEmpty())
                    failure.headline += tr(" (versions there: %1)").arg(versionsThere);
            } else if (const QRegularExpressionMatch m2 = invalid.match(line); m2.hasMatch()) {
                failure.headline = tr("requirement line %1 is invalid: %2").arg(m2.captured(2), m2.captured(1));
            } else if (line.startsWith(u"ERROR: Invalid requirement"_s)) {
                const QRegularExpressionMatch m3 = invalidLine.match(line);
                failure.headline = m3.hasMatch()
                                       ? tr("requirement line %1 is invalid: %2").arg(m3.captured(1), line)
                                       : line.mid(7);
            }
        }
    }
    if (indexUnreachable && index.offlineFolder.isEmpty())
        failure.headline = tr("the package index is unreachable (%1)").arg(where);
    if (failure.headline.isEmpty() && !failure.details.isEmpty())
        failure.headline =
            failure.details.constLast().mid(failure.details.constLast().startsWith(u"ERROR: "_s) ? 7 : 0);
    if (failure.headline.isEmpty())
        failure.headline = tr("pip failed with exit code %1").arg(exitCode);
    if (failure.details.isEmpty()) {
        for (qsizetype i = std::max<qsizetype>(0, lines.size() - 8); i < lines.size(); ++i)
            failure.details.append(maskCredentials(lines.at(i)));
    }
    return failure;
}

QString diskFullLine(const QStringList &lines)
{
    static const QRegularExpression full(uR"(No space left on device|\[Errno 28\]|File too large|\[Errno 27\])"_s);
    for (const QString &line : lines) {
        if (full.match(line).hasMatch())
            return maskCredentials(line.trimmed());
    }
    return {};
}

} // namespace venvdeck
