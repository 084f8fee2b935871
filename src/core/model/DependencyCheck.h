#pragma once

#include "model/DependencyGraph.h"
#include "model/Distribution.h"
#include "model/Pep508Marker.h"
#include "model/Problem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace venvdeck {

// `pip check` done by VenvDeck itself (pip/_internal/operations/check.py and commands/check.py of pip 23): for
// each installed distribution (the first of each PEP 503 name on the interpreter's sys.path), each of its
// Requires-Dist whose marker is true with `extra` = "" (requirements of an extra are skipped): is the project
// installed, and does its version satisfy the specifier (pre-releases allowed)? The problems are printed the way
// pip prints them. A requirement, marker or specifier VenvDeck cannot read or evaluate is an error of the check,
// never taken as true or false.

// What one run of a venv's interpreter tells the check: its PEP 508 marker environment and its sys.path.
struct InterpreterEnvironment
{
    MarkerEnvironment markers;
    QStringList path; // sys.path in order, without '' (the working directory of the run)
};

// The interpreter's arguments (`-c SCRIPT`) that print an InterpreterEnvironment as one line of JSON on stdout.
// The script runs on Python 2.7 and every Python 3 (no f-strings; Python 2 has no sys.implementation, so
// implementation_name is "" and implementation_version "0" there, as `packaging` had it).
QStringList interpreterEnvironmentArguments();
// Reads what the script printed (other lines, such as warnings on stderr, are skipped). nullopt, and in `error`
// why, when no line is the script's JSON or a marker variable is missing.
std::optional<InterpreterEnvironment> parseInterpreterEnvironment(const QByteArray &output, QString *error = nullptr);

// The distributions installed on `path` (sys.path) the way pip finds them: each folder in order through
// readDistributions, the first of each PEP 503 name kept. Entries that are not folders (a missing zip, a zipped
// egg) are skipped. The readers' problems (an unreadable METADATA, a project installed twice) come with them.
Read<QList<Distribution>> readInstalledDistributions(const QStringList &path);

struct DependencyCheckResult
{
    QStringList missing;   // "NAME VERSION requires DEP, which is not installed."
    QStringList conflicts; // "NAME VERSION has requirement REQUIREMENT, but you have DEP VERSION."
    QStringList errors;    // requirements VenvDeck cannot judge, each naming the distribution and the text
    int distributions = 0; // distributions checked
    int requirements = 0;  // requirements whose marker applied, checked against what is installed

    bool ok() const { return missing.isEmpty() && conflicts.isEmpty() && errors.isEmpty(); }
    QStringList lines() const { return missing + conflicts + errors; } // in that order
};

// Checks `installed` (the first of each PEP 503 name counts) for `environment`. Names in the lines are PEP 503
// normalised and versions PEP 440 normalised, as pip prints them; each distribution's lines are sorted, the
// distributions by name.
DependencyCheckResult checkDependencies(const QList<Distribution> &installed, const MarkerEnvironment &environment);

// A requirement as pip prints it in a conflict (str() of packaging's Requirement): the name as written, the
// extras sorted in brackets, the specifier's clauses sorted and joined by commas, `; marker` normalised.
QString pipRequirementText(const Requirement &requirement, const std::optional<Pep508Marker> &marker);

} // namespace venvdeck
