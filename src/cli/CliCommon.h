#pragma once

#include "config/Settings.h"
#include "model/EnvironmentCsv.h" // csvRecord, for the commands that print CSV
#include "model/Problem.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace venvdeck::cli {

// 0 success; 2 bad usage or a root that does not exist; 1 any other failure.
enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

QTextStream &standardOutput();
void writeStandardOutput(QByteArrayView bytes); // UTF-8 as it is: no round trip through QString
QTextStream &standardError();

// Prints "venvdeck-cli: <message>" to stderr.
void printError(const QString &message);
// Prints each problem as "warning: <path>: <message>" to stderr.
void printProblems(const Problems &problems);

// A subcommand's parser with --help and --version, and helpers for the options most commands share.
class CommandParser final
{
public:
    CommandParser(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addRootOption();
    void addFormatOption(const QStringList &formats);

    // Parses; returns an exit code when the command must stop now (help, version, bad usage: the message
    // is printed), nullopt to go on.
    std::optional<int> parse(const QStringList &arguments);

    // The --format value checked against the formats given to addFormatOption; nullopt after printing an error.
    std::optional<QString> format() const;

    // The root as --root, VENVDECK_ROOT, the saved setting or the platform default chooses it, made absolute.
    RootChoice root() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_root;
    QCommandLineOption m_format;
    QStringList m_formats;
};

// Checks that the root exists and is a folder; prints what to do otherwise and returns ExitUsage.
std::optional<int> checkRoot(const RootChoice &root);

// Lays out rows under a header in columns that fit `width` characters; the `elastic` column takes what is
// left and is cut with an ellipsis. Columns listed in `rightAligned` are aligned right.
QString renderTable(const QStringList &header, const QList<QStringList> &rows, int elastic,
                    const QList<int> &rightAligned, int width = 100);
// The same with several elastic columns: the first gives room first (down to its header's width), then the next.
QString renderTable(const QStringList &header, const QList<QStringList> &rows, const QList<int> &elastic,
                    const QList<int> &rightAligned, int width = 100);

QString formatBytes(qint64 bytes);
QString formatDate(const QDateTime &time); // local "yyyy-MM-dd HH:mm", "-" when unknown
QString formatDay(const QDateTime &time); // the local date alone, where a table has no room for the time

} // namespace venvdeck::cli
