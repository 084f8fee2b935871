#include "scan/DistributionReader.h"

#include "model/Environment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// The header block of a METADATA file is a few KiB; old PKG-INFO files carry the long description as a
// folded header, so allow for that, but never read a whole body or a runaway file.
constexpr qint64 maxHeaderBlockBytes = 256 * 1024;
constexpr qint64 headerChunkBytes = 4 * 1024; // most header blocks fit in one
// INSTALLER, REQUESTED, *.egg-link, direct_url.json and requires.txt are small.
constexpr qint64 maxSmallFileBytes = 64 * 1024;

enum class MetadataKind
{
    DistInfo,
    EggInfoFolder,
    EggInfoFile,
    EggFolder
};

std::optional<MetadataKind> metadataKind(const QFileInfo &info)
{
    // Suffixes compared case-insensitively: Windows roots copied to Linux keep whatever case they had.
    const QString name = info.fileName();
    if (name.endsWith(u".dist-info"_s, Qt::CaseInsensitive))
        return info.isDir() ? std::optional(MetadataKind::DistInfo) : std::nullopt;
    if (name.endsWith(u".egg-info"_s, Qt::CaseInsensitive))
        return info.isDir() ? MetadataKind::EggInfoFolder : MetadataKind::EggInfoFile;
    if (name.endsWith(u".egg"_s, Qt::CaseInsensitive) && info.isDir())
        return MetadataKind::EggFolder;
    return std::nullopt;
}

QString fileError(const QFile &file)
{
    return QFileInfo::exists(file.fileName()) ? file.errorString()
                                              : QCoreApplication::translate("venvdeck", "the file does not exist");
}

// Reads up to the first empty line (the end of the RFC 822 header block), in chunks, so the long
// description that follows in METADATA is never read.
std::optional<QByteArray> readHeaderBlock(const QString &path, Problems &problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) { // read straight into the block
        problems.append({path, QCoreApplication::translate("venvdeck", "cannot read: %1").arg(fileError(file))});
        return std::nullopt;
    }
    QByteArray block;
    while (block.size() < maxHeaderBlockBytes) {
        const qsizetype searchFrom = std::max<qsizetype>(0, block.size() - 2);
        const QByteArray chunk = file.read(std::min(headerChunkBytes, maxHeaderBlockBytes - block.size()));
        if (chunk.isEmpty())
            break;
        block.append(chunk);
        // "\n\r\n" also finds the blank line of a CRLF file.
        qsizetype end = block.indexOf("\n\n", searchFrom);
        const qsizetype crlfEnd = block.indexOf("\n\r\n", searchFrom);
        if (crlfEnd >= 0 && (end < 0 || crlfEnd < end))
            end = crlfEnd;
        if (end >= 0) {
            block.truncate(end + 1);
            return block;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        problems.append({path, QCoreApplication::translate("venvdeck", "cannot read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    // Capped without a blank line: the last line may be cut in half, so drop it.
    if (block.size() >= maxHeaderBlockBytes)
        block.truncate(block.lastIndexOf('\n') + 1);
    return block;
}

// With `mayBeMissing`, a file that does not exist is no problem (nullopt, nothing reported).
std::optional<QByteArray> readSmallFile(const QString &path, Problems &problems, bool mayBeMissing = false)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) { // read straight into the block
        if (mayBeMissing && !QFileInfo::exists(path))
            return std::nullopt;
        problems.append({path, QCoreApplication::translate("venvdeck", "cannot read: %1").arg(fileError(file))});
        return std::nullopt;
    }
    // Read what the file holds, not a 64 KiB buffer per file: 40 packages x 500 venvs of page faults add up.
    QByteArray content = file.read(std::clamp<qint64>(file.size(), 0, maxSmallFileBytes) + 1);
    while (content.size() <= maxSmallFileBytes && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(maxSmallFileBytes + 1 - content.size());
        if (more.isEmpty())
            break;
        content.append(more);
    }
    if (file.error() != QFileDevice::NoError) {
        problems.append({path, QCoreApplication::translate("venvdeck", "cannot read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    if (content.size() > maxSmallFileBytes) {
        problems.append(
            {path,
             QCoreApplication::translate("venvdeck", "larger than %1 KiB; not read").arg(maxSmallFileBytes / 1024)});
        return std::nullopt;
    }
    return content;
}

// requires.txt of an egg-info: requirements under "[extra]", "[:marker]" or "[extra:marker]" sections.
// Turned into Requires-Dist strings the way importlib.metadata does, so both formats read alike.
QStringList requiresFromRequiresTxt(const QByteArray &content)
{
    QStringList requirements;
    QString extra;
    QString marker;
    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QString section = line.mid(1, line.size() - 2);
            const qsizetype colon = section.indexOf(u':');
            extra = (colon < 0 ? section : section.left(colon)).trimmed();
            marker = colon < 0 ? QString() : section.mid(colon + 1).trimmed();
            continue;
        }
        QStringList conditions;
        if (!marker.isEmpty())
            conditions.append(extra.isEmpty() ? marker : u'(' + marker + u')');
        if (!extra.isEmpty())
            conditions.append(u"extra == \""_s + extra + u'"');
        requirements.append(conditions.isEmpty() ? line : line + u"; "_s + conditions.join(u" and "_s));
    }
    return requirements;
}

// direct_url.json (PEP 610): the URL a distribution was installed from, and whether it is editable.
void readDirectUrl(const QString &path, Distribution &distribution, Problems &problems)
{
    const std::optional<QByteArray> content = readSmallFile(path, problems);
    if (!content)
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*content, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.append({path, QCoreApplication::translate("venvdeck", "not valid JSON: %1 at offset %2")
                                   .arg(error.errorString())
                                   .arg(error.offset)});
        return;
    }
    const QJsonValue url = document.object().value(u"url"_s);
    if (!document.isObject() || !url.isString() || url.toString().isEmpty()) {
        problems.append({path, QCoreApplication::translate("venvdeck", "holds no \"url\" string")});
        return;
    }
    distribution.directUrl = url.toString();
    distribution.editable = document.object().value(u"dir_info"_s).toObject().value(u"editable"_s).toBool(false);
}

// A develop install: `<name>.egg-link` holds the project folder on its first line; that folder holds
// `<name>.egg-info`.
Read<Distribution> readEggLink(const QFileInfo &eggLink, const QString &sitePackagesPath)
{
    Read<Distribution> result;
    const QString path = eggLink.filePath();
    const std::optional<QByteArray> content = readSmallFile(path, result.problems);
    if (!content)
        return result;
    const QString firstLine = QString::fromUtf8(*content).section(u'\n', 0, 0).trimmed();
    if (firstLine.isEmpty()) {
        result.problems.append({path, QCoreApplication::translate("venvdeck", "names no project folder")});
        return result;
    }
    const QString projectPath = QDir::cleanPath(QDir(sitePackagesPath).absoluteFilePath(firstLine));
    const QDir project(projectPath);
    if (!project.exists()) {
        result.problems.append(
            {path, QCoreApplication::translate("venvdeck", "points at \"%1\", which does not exist").arg(projectPath)});
        return result;
    }

    // The egg-info folder is named after the project (with "-" written as "_"), without a version.
    const QString wanted = normalizedProjectName(eggLink.completeBaseName());
    const QFileInfoList eggInfos =
        project.entryInfoList({u"*.egg-info"_s}, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    QFileInfo chosen;
    for (const QFileInfo &candidate : eggInfos) {
        if (normalizedProjectName(candidate.completeBaseName().section(u'-', 0, 0)) == wanted) {
            chosen = candidate;
            break;
        }
    }
    if (chosen.filePath().isEmpty() && eggInfos.size() == 1)
        chosen = eggInfos.constFirst();
    if (chosen.filePath().isEmpty()) {
        result.problems.append({path, QCoreApplication::translate("venvdeck", "points at \"%1\", which holds no %2")
                                          .arg(projectPath, eggLink.completeBaseName() + u".egg-info"_s)});
        return result;
    }

    result = readDistribution(chosen.filePath());
    if (result.value) {
        result.value->editable = true;
        if (result.value->directUrl.isEmpty())
            result.value->directUrl = QUrl::fromLocalFile(project.absolutePath()).toString();
    }
    return result;
}

} // namespace

Read<Distribution> parseMetadataHeaders(QByteArrayView headers, const QString &path)
{
    // A header line as the email parser sees one: printable characters up to the colon, no spaces.
    static const QRegularExpression headerLine(QStringLiteral("^([!-9;-~]+):(.*)$"));

    Read<Distribution> result;
    QString text = QString::fromUtf8(headers);
    if (text.startsWith(QChar(QChar::ByteOrderMark)))
        text.remove(0, 1);

    QList<std::pair<QString, QString>> fields; // lower-cased name, value
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // the body starts here
        if (line.front() == u' ' || line.front() == u'\t') {
            if (!fields.isEmpty()) {
                QString &value = fields.last().second;
                const QString more = line.trimmed().toString();
                if (!more.isEmpty())
                    value += (value.isEmpty() ? QString() : u" "_s) + more;
            }
            continue;
        }
        const QRegularExpressionMatch match = headerLine.match(line);
        if (!match.hasMatch())
            break; // not a header: like Python's email parser, the body starts here
        fields.append({match.captured(1).toLower(), match.captured(2).trimmed()});
    }

    const auto first = [&fields](QLatin1StringView name) -> std::optional<QString> {
        for (const auto &[key, value] : std::as_const(fields)) {
            if (key == name)
                return value;
        }
        return std::nullopt;
    };

    Distribution distribution;
    distribution.name = first("name"_L1).value_or(QString());
    distribution.version = first("version"_L1).value_or(QString());
    distribution.summary = first("summary"_L1).value_or(QString());
    distribution.requiresPython = first("requires-python"_L1).value_or(QString());
    for (const auto &[key, value] : std::as_const(fields)) {
        if (key == "requires-dist"_L1 && !value.isEmpty())
            distribution.requiresDist.append(value);
    }

    if (distribution.name.isEmpty())
        result.problems.append({path, QCoreApplication::translate("venvdeck", "no \"Name\" header")});
    if (distribution.version.isEmpty())
        result.problems.append({path, QCoreApplication::translate("venvdeck", "no \"Version\" header")});
    if (result.problems.isEmpty())
        result.value = std::move(distribution);
    return result;
}

namespace {

// readDistribution for an entry the listing already stat-ed: its QFileInfo is not asked of the disk again.
Read<Distribution> readDistributionAt(const QFileInfo &info);

} // namespace

Read<Distribution> readDistribution(const QString &metadataPath)
{
    return readDistributionAt(QFileInfo(metadataPath));
}

namespace {

Read<Distribution> readDistributionAt(const QFileInfo &info)
{
    Read<Distribution> result;
    const QString metadataPath = info.filePath();
    if (!info.exists()) {
        result.problems.append({metadataPath, QCoreApplication::translate("venvdeck", "does not exist")});
        return result;
    }
    const std::optional<MetadataKind> kind = metadataKind(info);
    if (!kind) {
        result.problems.append(
            {metadataPath,
             QCoreApplication::translate("venvdeck", "not a *.dist-info folder or a *.egg-info folder or file")});
        return result;
    }

    const QDir folder(metadataPath);
    QString headersPath;
    switch (*kind) {
    case MetadataKind::DistInfo:
        headersPath = folder.filePath(u"METADATA"_s);
        break;
    case MetadataKind::EggInfoFolder:
        headersPath = folder.filePath(u"PKG-INFO"_s);
        break;
    case MetadataKind::EggInfoFile:
        headersPath = metadataPath;
        break;
    case MetadataKind::EggFolder:
        headersPath = folder.filePath(u"EGG-INFO/PKG-INFO"_s);
        break;
    }

    const std::optional<QByteArray> block = readHeaderBlock(headersPath, result.problems);
    if (!block)
        return result;
    Read<Distribution> parsed = parseMetadataHeaders(*block, headersPath);
    result.problems.append(parsed.problems);
    if (!parsed.value)
        return result;
    Distribution distribution = std::move(*parsed.value);
    distribution.metadataPath = metadataPath;

    if (*kind != MetadataKind::EggInfoFile) {
        // INSTALLER is nearly always there: opened without asking first (one system call less per package).
        const QString installerPath = folder.filePath(u"INSTALLER"_s);
        if (const std::optional<QByteArray> installer = readSmallFile(installerPath, result.problems, true))
            distribution.installer = QString::fromUtf8(*installer).trimmed();
        distribution.requested = QFileInfo::exists(folder.filePath(u"REQUESTED"_s));
        const QString directUrlPath = folder.filePath(u"direct_url.json"_s);
        if (QFileInfo::exists(directUrlPath))
            readDirectUrl(directUrlPath, distribution, result.problems);
    }
    // Eggs keep their requirements in requires.txt, not in PKG-INFO.
    if (distribution.requiresDist.isEmpty() &&
        (*kind == MetadataKind::EggInfoFolder || *kind == MetadataKind::EggFolder)) {
        const QString requiresPath =
            folder.filePath(*kind == MetadataKind::EggFolder ? u"EGG-INFO/requires.txt"_s : u"requires.txt"_s);
        if (QFileInfo::exists(requiresPath)) {
            if (const std::optional<QByteArray> requirements = readSmallFile(requiresPath, result.problems))
                distribution.requiresDist = requiresFromRequiresTxt(*requirements);
        }
    }

    result.value = std::move(distribution);
    return result;
}

} // namespace

Read<QList<Distribution>> readDistributions(const QString &sitePackagesPath)
{
    Read<QList<Distribution>> result;
    const QFileInfo folderInfo(sitePackagesPath);
    if (!folderInfo.isDir()) {
        result.problems.append({sitePackagesPath, folderInfo.exists()
                                                      ? QCoreApplication::translate("venvdeck", "not a folder")
                                                      : QCoreApplication::translate("venvdeck", "does not exist")});
        return result;
    }
    const QDir folder(sitePackagesPath);
    if (!folderInfo.isReadable() || !folderInfo.isExecutable()) {
        result.problems.append(
            {sitePackagesPath, QCoreApplication::translate("venvdeck", "cannot list: permission denied")});
        return result;
    }

    // Metadata folders first, then eggs, then develop links: where two name the same project, the one
    // in site-packages itself wins, as it comes first on sys.path.
    QFileInfoList metadata;
    QFileInfoList eggs;
    QFileInfoList eggLinks;
    // System: broken symbolic links are listed too, so they can be reported.
    const QFileInfoList entries =
        folder.entryInfoList(QDir::Dirs | QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const bool isMetadataName =
            name.endsWith(u".dist-info"_s, Qt::CaseInsensitive) || name.endsWith(u".egg-info"_s, Qt::CaseInsensitive);
        const bool isEggLink = name.endsWith(u".egg-link"_s, Qt::CaseInsensitive);
        if ((isMetadataName || isEggLink) && !entry.exists()) {
            result.problems.append(
                {entry.filePath(), QCoreApplication::translate("venvdeck", "a symbolic link to nothing")});
        } else if (isMetadataName) {
            metadata.append(entry);
        } else if (name.endsWith(u".egg"_s, Qt::CaseInsensitive)) {
            if (entry.isDir()) {
                eggs.append(entry);
            } else {
                result.problems.append({entry.filePath(), QCoreApplication::translate(
                                                              "venvdeck", "a zipped egg: its metadata is not read")});
            }
        } else if (isEggLink && entry.isFile()) {
            eggLinks.append(entry);
        }
    }

    QList<Distribution> distributions;
    QHash<QString, QString> seen; // normalised name -> metadata path of the one kept
    const auto keep = [&](Read<Distribution> read) {
        result.problems.append(read.problems);
        if (!read.value)
            return;
        const QString key = normalizedProjectName(read.value->name);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            result.problems.append(
                {read.value->metadataPath,
                 QCoreApplication::translate("venvdeck", "%1 is installed twice; %2 is listed instead")
                     .arg(read.value->name, it.value())});
            return;
        }
        seen.insert(key, read.value->metadataPath);
        distributions.append(std::move(*read.value));
    };
    for (const QFileInfo &entry : std::as_const(metadata))
        keep(readDistributionAt(entry));
    for (const QFileInfo &entry : std::as_const(eggs))
        keep(readDistributionAt(entry));
    for (const QFileInfo &entry : std::as_const(eggLinks))
        keep(readEggLink(entry, sitePackagesPath));

    std::sort(distributions.begin(), distributions.end(), [](const Distribution &a, const Distribution &b) {
        if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return a.name < b.name;
    });
    result.value = std::move(distributions);
    return result;
}

} // namespace venvdeck
