#pragma once

#include "model/Problem.h"

#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <optional>

namespace venvdeck {

// pyvenv.cfg in all its dialects: stdlib venv ("version", "executable", "command"),
// virtualenv and uv ("version_info", "implementation", "base-executable", "uv"), and older ones ("home" only).
struct PyvenvConfig
{
    QString home;           // folder of the base interpreter
    QString version;        // normalised "X.Y.Z" (or "X.Y"), from "version" or "version_info"; empty when absent
    QString implementation; // "CPython", "PyPy", ... as written; empty when absent
    QString executable;     // base interpreter path from "executable" or "base-executable"; empty when absent
    QString command;        // the command that created the venv (stdlib 3.11+)
    QString prompt;
    std::optional<bool> includeSystemSitePackages;
    QMap<QString, QString> values; // every key (lower-cased, trimmed) with its value, for "show"
};

// Pure parser: tests feed it text directly. Tolerates a UTF-8 BOM, CRLF, `key=value` without spaces and
// keys in any case (site.py lower-cases them too); the last of repeated keys wins, as in site.py. Blank
// lines and comments (# ;) are skipped; lines that are not `key = value` (or `key: value`), a version that
// is no Python version and an include-system-site-packages that is not true/false become problems naming
// `path` and the line number (the rest is still read). Text that is not UTF-8 is read as Latin-1, with a
// problem. `prompt` loses the quotes the stdlib writes around it.
// Returns nullopt (with a problem) when the text holds no key at all.
Read<PyvenvConfig> parsePyvenvConfig(QByteArrayView text, const QString &path);

// Reads and parses the file; a missing or unreadable file is a problem naming the path.
Read<PyvenvConfig> readPyvenvConfig(const QString &path);

// "3.11.7.final.0" -> "3.11.7", "3.12.1" -> "3.12.1", "3.8" -> "3.8"; empty when it is not a version.
QString normalizePythonVersion(const QString &text);

} // namespace venvdeck
