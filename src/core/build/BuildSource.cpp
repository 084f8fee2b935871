#include "build/BuildSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

constexpr qint64 maxTextFileBytes = 4 * 1024 * 1024;

QString baseName(const QString &entry)
{
    return entry.section(u'/', -1);
}

int depth(const QString &entry)
{
    return int(entry.count(u'/'));
}

// The shallowest entry whose file name is `fileName` (case-insensitive), or an empty string.
QString findEntry(const QStringList &names, const QString &fileName)
{
    QString best;
    for (const QString &name : names) {
        if (baseName(name).compare(fileName, Qt::CaseInsensitive) == 0 && (best.isEmpty() || depth(name) < depth(best)))
            best = name;
    }
    return best;
}

bool wantedInDriverZip(const QString &name)
{
    const QString file = baseName(name);
    return file.compare(u"drivermetadata.xml"_s, Qt::CaseInsensitive) == 0 ||
           file.compare(u"requirements.txt"_s, Qt::CaseInsensitive) == 0;
}

QString decodeText(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// Reads drivermetadata.xml and requirements.txt out of an unpacked driver zip's contents into `source`.
bool takeDriver(const ArchiveContents &driver, const QString &where, BuildSource &source, Problems &problems)
{
    const QString metadataEntry = findEntry(driver.names, u"drivermetadata.xml"_s);
    if (metadataEntry.isEmpty()) {
        problems.append({where, tr("holds no drivermetadata.xml")});
        return false;
    }
    const QString metadataPath = where + u"!/"_s + metadataEntry;
    Read<DriverMetadata> metadata = parseDriverMetadata(driver.files.value(metadataEntry), metadataPath);
    problems.append(metadata.problems);
    if (!metadata.value)
        return false;
    const QString folder = metadataEntry.left(metadataEntry.size() - baseName(metadataEntry).size());
    QString requirementsEntry = folder + u"requirements.txt"_s;
    if (!driver.files.contains(requirementsEntry))
        requirementsEntry = findEntry(driver.names, u"requirements.txt"_s);
    if (requirementsEntry.isEmpty() || !driver.files.contains(requirementsEntry)) {
        problems.append({where, tr("holds no requirements.txt next to drivermetadata.xml")});
        return false;
    }
    source.pythonVersion = metadata.value->pythonVersion;
    source.requirements = decodeText(driver.files.value(requirementsEntry));
    source.requirementsPath = where + u"!/"_s + requirementsEntry;
    source.values.append({tr("Driver name"), metadata.value->name + u"  ("_s + metadataPath + u')'});
    source.values.append({tr("Driver version"), metadata.value->version + u"  ("_s + metadataPath + u')'});
    source.values.append(
        {tr("PythonVersion"),
         metadata.value->pythonVersionGiven
             ? metadata.value->pythonVersion + u"  ("_s + metadataPath + u')'
             : tr("2  (not set in %1: CloudShell then runs the driver with Python 2)").arg(metadataPath)});
    if (source.ownerName.isEmpty()) {
        source.ownerName = metadata.value->name;
        source.ownerVersion = metadata.value->version;
    }
    return true;
}

Read<BuildSource> readDriverFolder(const QString &folder)
{
    Read<BuildSource> result;
    BuildSource source;
    source.kind = BuildSourceKind::DriverFolder;
    source.path = folder;
    source.ownerKind = OwnerKind::Driver;
    ArchiveContents contents;
    for (const QString &file : {u"drivermetadata.xml"_s, u"requirements.txt"_s}) {
        const QString path = QDir(folder).filePath(file);
        QFile handle(path);
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() > maxTextFileBytes || !handle.open(QIODevice::ReadOnly))
            continue;
        contents.names.append(file);
        contents.files.insert(file, handle.readAll());
    }
    if (takeDriver(contents, folder, source, result.problems)) {
        source.requirementsPath = QDir(folder).filePath(u"requirements.txt"_s);
        result.value = source;
    }
    return result;
}

Read<BuildSource> readPackage(const QString &path, const ArchiveLimits &limits)
{
    Read<BuildSource> result;
    const auto wanted = [](const QString &name) {
        return name.endsWith(u".zip"_s, Qt::CaseInsensitive) || wantedInDriverZip(name) ||
               baseName(name).compare(u"shell-definition.yaml"_s, Qt::CaseInsensitive) == 0 ||
               baseName(name).compare(u"metadata.xml"_s, Qt::CaseInsensitive) == 0;
    };
    Read<ArchiveContents> package = readArchiveFile(path, wanted, limits);
    result.problems = package.problems;
    if (!package.value)
        return result;
    BuildSource source;
    source.path = path;
    source.ownerKind = OwnerKind::Driver;
    const ArchiveContents &contents = *package.value;

    // A driver zip itself.
    if (contents.files.contains(findEntry(contents.names, u"drivermetadata.xml"_s))) {
        source.kind = BuildSourceKind::DriverZip;
        if (takeDriver(contents, path, source, result.problems))
            result.value = source;
        return result;
    }

    QStringList driverZips;
    if (contents.names.contains(u"shell-definition.yaml"_s)) {
        source.kind = BuildSourceKind::ShellPackage2G;
        const QString definitionPath = path + u"!/shell-definition.yaml"_s;
        Read<ShellDefinition> definition =
            parseShellDefinition(contents.files.value(u"shell-definition.yaml"_s), definitionPath);
        result.problems.append(definition.problems);
        if (!definition.value)
            return result;
        source.ownerName = definition.value->templateName;
        source.ownerVersion = definition.value->templateVersion;
        source.values.append({tr("template_name"), source.ownerName + u"  ("_s + definitionPath + u')'});
        source.values.append({tr("template_version"), source.ownerVersion + u"  ("_s + definitionPath + u')'});
        for (const QString &name : contents.names) {
            if (name.endsWith(u".zip"_s, Qt::CaseInsensitive) && !name.startsWith(u"TOSCA-Metadata/"_s))
                driverZips.append(name);
        }
    } else if (contents.names.contains(u"metadata.xml"_s)) {
        source.kind = BuildSourceKind::ShellPackage1G;
        for (const QString &name : contents.names) {
            if (name.startsWith(u"Resource Drivers - Python/"_s) && name.endsWith(u".zip"_s, Qt::CaseInsensitive))
                driverZips.append(name);
        }
    } else {
        result.problems.append({path, tr("is neither a shell package (no shell-definition.yaml or "
                                                "metadata.xml) nor a driver zip (no drivermetadata.xml)")});
        return result;
    }
    if (driverZips.isEmpty()) {
        result.problems.append({path, tr("holds no driver zip")});
        return result;
    }
    // The first driver zip that holds a driver (a package carries one).
    Problems driverProblems;
    for (const QString &zip : std::as_const(driverZips)) {
        const QString where = path + u"!/"_s + zip;
        Read<ArchiveContents> driver = readArchive(contents.files.value(zip), where, wantedInDriverZip, limits);
        if (!driver.value) {
            // An unsafe nested archive refuses the whole package.
            result.problems.append(driver.problems);
            return result;
        }
        if (takeDriver(*driver.value, where, source, driverProblems)) {
            result.value = source;
            return result;
        }
    }
    result.problems.append(driverProblems);
    return result;
}

} // namespace

QString describe(BuildSourceKind kind)
{
    switch (kind) {
    case BuildSourceKind::ShellPackage2G:
        return tr("2nd-generation shell package");
    case BuildSourceKind::ShellPackage1G:
        return tr("1st-generation shell package");
    case BuildSourceKind::DriverZip:
        return tr("driver zip");
    case BuildSourceKind::DriverFolder:
        return tr("unpacked driver folder");
    case BuildSourceKind::Requirements:
        break;
    }
    return tr("requirements file");
}

Read<DriverMetadata> parseDriverMetadata(QByteArrayView xml, const QString &path)
{
    Read<DriverMetadata> result;
    QXmlStreamReader reader(xml.toByteArray());
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() != u"Driver") {
            result.problems.append({path, tr("the root element is <%1>, not <Driver>").arg(reader.name())});
            return result;
        }
        const QXmlStreamAttributes attributes = reader.attributes();
        DriverMetadata metadata;
        metadata.name = attributes.value(u"Name"_s).toString().trimmed();
        metadata.version = attributes.value(u"Version"_s).toString().trimmed();
        metadata.mainClass = attributes.value(u"MainClass"_s).toString().trimmed();
        metadata.pythonVersionGiven = attributes.hasAttribute(u"PythonVersion"_s);
        metadata.pythonVersion = attributes.value(u"PythonVersion"_s).toString().trimmed();
        if (metadata.pythonVersion.isEmpty())
            metadata.pythonVersion = u"2"_s;
        if (metadata.pythonVersion != u"2" && metadata.pythonVersion != u"3") {
            result.problems.append(
                {path, tr("PythonVersion is \"%1\"; CloudShell knows 2 and 3").arg(metadata.pythonVersion)});
            return result;
        }
        if (metadata.name.isEmpty()) {
            result.problems.append({path, tr("the Driver element has no Name")});
            return result;
        }
        result.value = metadata;
        return result;
    }
    result.problems.append(
        {path, reader.hasError()
                   ? tr("is not valid XML: %1 (line %2)").arg(reader.errorString()).arg(reader.lineNumber())
                   : tr("holds no <Driver> element")});
    return result;
}

Read<ShellDefinition> parseShellDefinition(QByteArrayView yaml, const QString &path)
{
    Read<ShellDefinition> result;
    QString text = QString::fromUtf8(yaml);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    bool inMetadata = false;
    int keyIndent = -1;
    ShellDefinition definition;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent).isSpace())
            ++indent;
        if (indent == 0) {
            inMetadata =
                trimmed == u"metadata:" || trimmed.startsWith(u"metadata: #"_s) || trimmed.startsWith(u"metadata:#"_s);
            keyIndent = -1;
            continue;
        }
        if (!inMetadata)
            continue;
        if (keyIndent < 0)
            keyIndent = int(indent);
        if (indent != keyIndent)
            continue; // nested deeper (not a metadata key of its own)
        const qsizetype colon = trimmed.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = trimmed.left(colon).trimmed();
        QString value = trimmed.mid(colon + 1).trimmed();
        if (value.startsWith(u'"') || value.startsWith(u'\'')) {
            const QChar quote = value.at(0);
            const qsizetype end = value.indexOf(quote, 1);
            if (end < 0) {
                result.problems.append(
                    {path, tr("line %1: the value of %2 has no closing quote").arg(i + 1).arg(key)});
                return result;
            }
            value = value.mid(1, end - 1);
        } else {
            const qsizetype comment = value.indexOf(u" #"_s);
            if (value.startsWith(u'#'))
                value.clear();
            else if (comment >= 0)
                value = value.left(comment).trimmed();
        }
        if (key == u"template_name")
            definition.templateName = value;
        else if (key == u"template_version")
            definition.templateVersion = value;
    }
    if (definition.templateName.isEmpty()) {
        result.problems.append({path, tr("has no metadata.template_name")});
        return result;
    }
    if (definition.templateVersion.isEmpty())
        result.problems.append({path, tr("has no metadata.template_version")});
    result.value = definition;
    return result;
}

Read<BuildSource> readBuildSource(const QString &path, const ArchiveLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {{}, {{path, tr("does not exist")}}};
    if (info.isDir())
        return readDriverFolder(info.absoluteFilePath());
    if (info.suffix().compare(u"zip"_s, Qt::CaseInsensitive) == 0)
        return readPackage(info.absoluteFilePath(), limits);
    // A requirements file: the owner comes from the admin.
    QFile file(info.absoluteFilePath());
    if (info.size() > maxTextFileBytes || !file.open(QIODevice::ReadOnly))
        return {{}, {{path, tr("cannot be read as a requirements file")}}};
    BuildSource source;
    source.kind = BuildSourceKind::Requirements;
    source.path = info.absoluteFilePath();
    source.ownerKind = OwnerKind::Script;
    source.requirements = decodeText(file.readAll());
    source.requirementsPath = source.path;
    return {source, {}};
}

} // namespace venvdeck
