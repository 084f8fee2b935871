#include "build/BuildPlan.h"

#include "build/Builder.h"
#include "scan/RootLayout.h"

#include <QDir>
#include <QFile>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace venvdeck {

QString wantedPythonVersion(const BuildSource &source, const QString &choice, const QString &defaultPythonVersion)
{
    if (!choice.isEmpty())
        return choice;
    if (!source.pythonVersion.isEmpty())
        return source.pythonVersion;
    if (!defaultPythonVersion.isEmpty())
        return defaultPythonVersion;
    return u"3"_s;
}

BuildPlan planBuild(const QString &root, const BuildSource &source, const BuildChoices &choices,
                    const BuildDefaults &defaults, const QList<PythonInterpreter> &interpreters)
{
    BuildPlan plan;
    const QString ownerName = choices.ownerName.isEmpty() ? source.ownerName : choices.ownerName;
    const QString ownerVersion = choices.ownerVersion.isEmpty() ? source.ownerVersion : choices.ownerVersion;
    if (ownerName.trimmed().isEmpty() && choices.name.isEmpty()) {
        plan.error = QCoreApplication::translate(
            "venvdeck", "A requirements file has no owner: give the owner's name (and version), or a target name.");
        return plan;
    }
    plan.wantedPython = wantedPythonVersion(source, choices.python, defaults.defaultPythonVersion);
    const PythonInterpreter *python = choosePythonInterpreter(interpreters, plan.wantedPython);
    if (!python) {
        plan.error =
            QCoreApplication::translate("venvdeck", "No Python %1 was found on this machine.").arg(plan.wantedPython);
        return plan;
    }
    BuildRequest request;
    request.root = root;
    request.name = choices.name.isEmpty()
                       ? environmentNameFor(defaults.nameTemplate, ownerName, ownerVersion, python->majorMinor())
                       : choices.name;
    if (!rootlayout::isPlainEnvironmentName(request.name)) {
        plan.error =
            QCoreApplication::translate("venvdeck", "'%1' cannot be a folder name in the root.").arg(request.name);
        return plan;
    }
    request.requirements = source.requirements;
    request.requirementsOrigin = source.requirementsPath;
    request.ownerName = ownerName;
    request.ownerKind = source.ownerKind;
    request.ownerVersion = ownerVersion;
    request.interpreter = *python;
    request.index = choices.index;
    request.mode = choices.rebuild ? BuildMode::Rebuild : BuildMode::BuildOrRefresh;
    request.timeoutSeconds = defaults.timeoutSeconds;
    plan.request = request;
    return plan;
}

BuildPlan planExisting(const QString &root, const Environment &environment, BuildMode mode, const IndexOptions &index,
                       const BuildDefaults &defaults, const QList<PythonInterpreter> &interpreters)
{
    BuildPlan plan;
    const QString kept = QDir(environment.path).filePath(QString::fromUtf16(builtRequirementsFileName));
    QFile file(kept);
    if (!file.open(QIODevice::ReadOnly)) {
        plan.error =
            QCoreApplication::translate(
                "venvdeck", "%1 was not built by VenvDeck, so it has no kept requirements (%2): build it from its "
                            "package instead.")
                .arg(environment.name, QDir::toNativeSeparators(kept));
        return plan;
    }
    BuildRequest request;
    request.root = root;
    request.name = environment.name;
    request.requirements = QString::fromUtf8(file.readAll());
    request.requirementsOrigin = kept;
    request.ownerName = environment.owner.name;
    request.ownerKind = environment.owner.kind;
    request.ownerVersion = environment.owner.version;
    request.index = index;
    request.mode = mode;
    request.timeoutSeconds = defaults.timeoutSeconds;
    if (mode == BuildMode::Rebuild) {
        const QString majorMinor = environment.pythonVersion.section(u'.', 0, 1);
        plan.wantedPython = majorMinor.isEmpty() ? u"3"_s : majorMinor;
        const PythonInterpreter *python = choosePythonInterpreter(interpreters, plan.wantedPython);
        if (!python) {
            plan.error =
                QCoreApplication::translate("venvdeck", "No Python %1 was found on this machine to rebuild %2 with.")
                    .arg(plan.wantedPython, environment.name);
            return plan;
        }
        request.interpreter = *python;
    }
    plan.request = request;
    return plan;
}

} // namespace venvdeck
