#pragma once

#include "build/ArchiveReader.h"
#include "model/Enums.h"
#include "model/Problem.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

// What a build installs and for whom, read from what the admin points at: a CloudShell shell package (2nd or
// 1st generation), a driver zip, an unpacked driver folder, or a plain requirements.txt (a script).
namespace venvdeck {

enum class BuildSourceKind
{
    ShellPackage2G,
    ShellPackage1G,
    DriverZip,
    DriverFolder,
    Requirements
};
QString describe(BuildSourceKind kind); // "2nd-generation shell package", ...

// drivermetadata.xml: <Driver Name="..." Version="..." MainClass="..." PythonVersion="3" ...>.
struct DriverMetadata
{
    QString name;
    QString version;
    QString mainClass;
    QString pythonVersion; // "2" or "3"; "2" when the attribute is missing (CloudShell's rule)
    bool pythonVersionGiven = false;
};
Read<DriverMetadata> parseDriverMetadata(QByteArrayView xml, const QString &path);

// shell-definition.yaml: only metadata.template_name and metadata.template_version are needed. A careful
// line-based reader of the top-level `metadata:` block (quotes, comments, CRLF and a BOM handled).
struct ShellDefinition
{
    QString templateName;
    QString templateVersion;
};
Read<ShellDefinition> parseShellDefinition(QByteArrayView yaml, const QString &path);

struct BuildSource
{
    BuildSourceKind kind = BuildSourceKind::Requirements;
    QString path;      // what the admin named
    QString ownerName; // the model (2G) or driver name; for a script, given by the admin
    OwnerKind ownerKind = OwnerKind::Unknown;
    QString ownerVersion;     // template_version (2G) or the driver's Version
    QString pythonVersion;    // "2" / "3" from drivermetadata.xml; empty for a script
    QString requirements;     // the requirements.txt text as found
    QString requirementsPath; // where it was found (inside archives: "package.zip!/driver.zip!/requirements.txt")
    // Every value read from the source with where it came from, in order: shown before the build starts.
    QList<QPair<QString, QString>> values;
};

// Reads a build source. Archives are read in memory under `limits`; nothing is written anywhere.
Read<BuildSource> readBuildSource(const QString &path, const ArchiveLimits &limits = {});

} // namespace venvdeck
