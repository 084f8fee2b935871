#include "model/DependencyCheck.h"

#include "index/Pep440Version.h"
#include "index/VersionSpecifier.h"
#include "model/Environment.h"
#include "scan/DistributionReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// Python 2.7 and every Python 3: no f-strings, json from the standard library. The marker values are computed
// the way packaging's default_environment() computes them.
constexpr auto environmentScript = R"(import json, os, platform, sys
def full(info):
    version = '%d.%d.%d' % (info.major, info.minor, info.micro)
    if info.releaselevel != 'final':
        version += info.releaselevel[0] + str(info.serial)
    return version
implementation = getattr(sys, 'implementation', None)
markers = {
    'implementation_name': implementation.name if implementation else '',
    'implementation_version': full(implementation.version) if implementation else '0',
    'os_name': os.name,
    'platform_machine': platform.machine(),
    'platform_release': platform.release(),
    'platform_system': platform.system(),
    'platform_version': platform.version(),
    'python_full_version': platform.python_version(),
    'platform_python_implementation': platform.python_implementation(),
    'python_version': '.'.join(platform.python_version_tuple()[:2]),
    'sys_platform': sys.platform,
}
sys.stdout.write(json.dumps({'markers': markers, 'path': sys.path}) + '\n')
)"_L1;

// A version as pip prints it: PEP 440 normalised when it is one, as written otherwise.
QString shownVersion(const QString &version)
{
    const std::optional<Pep440Version> parsed = Pep440Version::parse(version);
    return parsed ? parsed->toString() : version;
}

bool isValidSpecifier(const QString &specifier)
{
    // specifierAllows is nullopt for a set it cannot parse, whatever the version: try it on a valid one.
    static const Pep440Version any = *Pep440Version::parse(u"0"_s);
    return specifierAllows(specifier, any).has_value();
}

} // namespace

QStringList interpreterEnvironmentArguments()
{
    return {u"-c"_s, QString(environmentScript)};
}

std::optional<InterpreterEnvironment> parseInterpreterEnvironment(const QByteArray &output, QString *error)
{
    const QList<QByteArray> lines = output.split('\n');
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const QByteArray text = line->trimmed();
        if (!text.startsWith('{'))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        const QJsonObject markers = object.value(u"markers"_s).toObject();
        if (markers.isEmpty() || !object.value(u"path"_s).isArray())
            continue;
        InterpreterEnvironment environment;
        for (auto it = markers.constBegin(); it != markers.constEnd(); ++it)
            environment.markers.values.insert(it.key(), it.value().toString());
        for (const QJsonValue &entry : object.value(u"path"_s).toArray()) {
            if (!entry.toString().isEmpty())
                environment.path.append(entry.toString());
        }
        if (!environment.markers.isComplete()) {
            if (error) {
                *error = QCoreApplication::translate("venvdeck", "the interpreter did not report every marker "
                                                                 "variable: %1")
                             .arg(QString::fromUtf8(text));
            }
            return std::nullopt;
        }
        return environment;
    }
    if (error) {
        *error = QCoreApplication::translate("venvdeck", "the interpreter printed no marker environment: %1")
                     .arg(QString::fromUtf8(output.trimmed().right(400)));
    }
    return std::nullopt;
}

Read<QList<Distribution>> readInstalledDistributions(const QStringList &path)
{
    Read<QList<Distribution>> result;
    result.value.emplace();
    QSet<QString> folders;
    QSet<QString> names;
    for (const QString &entry : path) {
        const QFileInfo info(entry);
        const QString folder = QDir::cleanPath(info.absoluteFilePath());
        if (entry.isEmpty() || !info.isDir() || folders.contains(folder))
            continue;
        folders.insert(folder);
        Read<QList<Distribution>> read = readDistributions(folder);
        result.problems.append(read.problems);
        if (!read.value)
            continue;
        for (Distribution &distribution : *read.value) {
            if (!names.contains(normalizedProjectName(distribution.name))) {
                names.insert(normalizedProjectName(distribution.name));
                result.value->append(std::move(distribution));
            }
        }
    }
    return result;
}

QString pipRequirementText(const Requirement &requirement, const std::optional<Pep508Marker> &marker)
{
    QString text = requirement.name;
    if (!requirement.extras.isEmpty()) {
        QStringList extras = requirement.extras;
        extras.sort();
        extras.removeDuplicates();
        text += u'[' + extras.join(u',') + u']';
    }
    if (requirement.specifier.startsWith(u'@')) {
        text += requirement.specifier;
        if (marker)
            text += u' ';
    } else if (!requirement.specifier.isEmpty()) {
        QStringList clauses;
        for (const QString &clause : requirement.specifier.split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = clause.trimmed();
            qsizetype operatorEnd = 0;
            while (operatorEnd < trimmed.size() && QStringView(u"<>=!~").contains(trimmed.at(operatorEnd)))
                ++operatorEnd;
            clauses.append(trimmed.left(operatorEnd) + trimmed.mid(operatorEnd).trimmed());
        }
        clauses.sort();
        clauses.removeDuplicates();
        text += clauses.join(u',');
    }
    if (marker)
        text += u"; "_s + marker->toString();
    return text;
}

DependencyCheckResult checkDependencies(const QList<Distribution> &installed, const MarkerEnvironment &environment)
{
    QHash<QString, const Distribution *> byName;
    QList<const Distribution *> checked;
    for (const Distribution &distribution : installed) {
        const QString key = normalizedProjectName(distribution.name);
        if (!byName.contains(key)) {
            byName.insert(key, &distribution);
            checked.append(&distribution);
        }
    }
    std::sort(checked.begin(), checked.end(), [](const Distribution *a, const Distribution *b) {
        return normalizedProjectName(a->name) < normalizedProjectName(b->name);
    });

    DependencyCheckResult result;
    for (const Distribution *distribution : std::as_const(checked)) {
        ++result.distributions;
        const QString name = normalizedProjectName(distribution->name);
        const QString version = shownVersion(distribution->version);
        QStringList missing;
        QStringList conflicts;
        const auto cannotCheck = [&](const QString &line, const QString &why) {
            result.errors.append(QCoreApplication::translate("venvdeck", "%1 %2: its requirement '%3' cannot be "
                                                                         "checked by VenvDeck (%4); `python -m pip "
                                                                         "check` in the environment can judge it.")
                                     .arg(name, version, line, why));
        };
        for (const QString &line : distribution->requiresDist) {
            const std::optional<Requirement> requirement = parseRequirement(line);
            if (!requirement) {
                cannotCheck(line, QCoreApplication::translate("venvdeck", "not a valid requirement"));
                continue;
            }
            std::optional<Pep508Marker> marker;
            if (!requirement->marker.isEmpty()) {
                QString why;
                marker = Pep508Marker::parse(requirement->marker, &why);
                const std::optional<bool> applies = marker ? marker->evaluate(environment, {}, &why) : std::nullopt;
                if (!applies) {
                    cannotCheck(line, why);
                    continue;
                }
                if (!*applies)
                    continue;
            }
            const bool isUrl = requirement->specifier.startsWith(u'@');
            if (!isUrl && !isValidSpecifier(requirement->specifier)) {
                cannotCheck(line, QCoreApplication::translate("venvdeck", "'%1' is not a valid version specifier")
                                      .arg(requirement->specifier));
                continue;
            }
            ++result.requirements;
            const QString dependencyName = normalizedProjectName(requirement->name);
            const Distribution *dependency = byName.value(dependencyName);
            if (!dependency) {
                missing.append(QCoreApplication::translate("venvdeck", "%1 %2 requires %3, which is not installed.")
                                   .arg(name, version, dependencyName));
                continue;
            }
            // Pre-releases allowed (pip: specifier.contains(version, prereleases=True)); an installed version
            // that is not PEP 440 satisfies only an empty specifier, as with pip's LegacyVersion.
            if (isUrl || requirement->specifier.isEmpty() ||
                specifierAllows(requirement->specifier, dependency->version).value_or(false))
                continue;
            conflicts.append(QCoreApplication::translate("venvdeck", "%1 %2 has requirement %3, but you have %4 %5.")
                                 .arg(name, version, pipRequirementText(*requirement, marker), dependencyName,
                                      shownVersion(dependency->version)));
        }
        missing.sort();
        conflicts.sort();
        result.missing.append(missing);
        result.conflicts.append(conflicts);
    }
    return result;
}

} // namespace venvdeck
