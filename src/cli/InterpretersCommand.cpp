#include "CliCommon.h"
#include "Commands.h"

#include "build/PythonInterpreters.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace venvdeck::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck::cli", text);
}

QString howItMakesVenvs(const PythonInterpreter &python)
{
    if (python.hasVenvModule)
        return QStringLiteral("venv");
    if (python.hasVirtualenv)
        return QStringLiteral("virtualenv");
    return python.major() == 2 ? tr("no: no venv, no virtualenv") : tr("no: venv/ensurepip missing");
}

} // namespace

int runInterpretersCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(), tr("Lists the Pythons found on this machine (PATH, /usr/bin, "
                                                "/usr/local/bin, pyenv) and whether each can make venvs."));
    command.addFormatOption({QStringLiteral("table"), QStringLiteral("json")});
    if (const auto exit = command.parse(arguments))
        return *exit;
    const std::optional<QString> format = command.format();
    if (!format)
        return ExitUsage;
    const PythonDiscovery &discovery = discoverPythonInterpreters();
    if (*format == u"json") {
        QJsonArray array;
        for (const PythonInterpreter &python : discovery.interpreters) {
            array.append(QJsonObject{{QStringLiteral("path"), QDir::toNativeSeparators(python.path)},
                                     {QStringLiteral("realPath"), QDir::toNativeSeparators(python.realPath)},
                                     {QStringLiteral("version"), python.version},
                                     {QStringLiteral("implementation"), python.implementation},
                                     {QStringLiteral("venv"), python.hasVenvModule},
                                     {QStringLiteral("virtualenv"), python.hasVirtualenv},
                                     {QStringLiteral("canMakeVenvs"), python.canMakeVenvs()},
                                     {QStringLiteral("ensurepipBundledDir"), python.ensurepipBundledDir}});
        }
        standardOutput() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        QList<QStringList> rows;
        for (const PythonInterpreter &python : discovery.interpreters)
            rows.append({python.version, python.implementation, howItMakesVenvs(python),
                         QDir::toNativeSeparators(python.path)});
        standardOutput() << renderTable({tr("VERSION"), tr("IMPLEMENTATION"), tr("MAKES VENVS"), tr("PATH")}, rows, 3,
                                        {});
    }
    standardOutput().flush();
    printProblems(discovery.problems);
    return ExitSuccess;
}

} // namespace venvdeck::cli
