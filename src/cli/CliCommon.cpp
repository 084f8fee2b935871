#include "CliCommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cstdio>

namespace venvdeck::cli {

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

void writeStandardOutput(QByteArrayView bytes)
{
    standardOutput().flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

void printError(const QString &message)
{
    standardError() << QCoreApplication::applicationName() << QStringLiteral(": ") << message << Qt::endl;
}

void printProblems(const Problems &problems)
{
    for (const Problem &problem : problems) {
        standardError() << QCoreApplication::translate("venvdeck", "warning: %1: %2")
                               .arg(QDir::toNativeSeparators(problem.path), problem.message)
                        << Qt::endl;
    }
}

CommandParser::CommandParser(const QString &command, const QString &description)
    : m_command(command)
    , m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
             QCoreApplication::translate("venvdeck", "Displays help on commandline options."))
    , m_version(QStringLiteral("version"), QCoreApplication::translate("venvdeck", "Displays version information."))
    , m_root(QStringLiteral("root"),
             QCoreApplication::translate("venvdeck", "The venv root to read (default: VENVDECK_ROOT, the saved "
                                                     "setting, then %1).")
                 .arg(QDir::toNativeSeparators(defaultVenvRoot())),
             QStringLiteral("DIR"))
    , m_format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
    m_parser.addOption(m_version);
}

void CommandParser::addRootOption()
{
    m_parser.addOption(m_root);
}

void CommandParser::addFormatOption(const QStringList &formats)
{
    m_formats = formats;
    m_format.setDescription(QCoreApplication::translate("venvdeck", "Output format: %1 (default: %2).")
                                .arg(formats.join(QStringLiteral(", ")), formats.first()));
    m_format.setDefaultValue(formats.first());
    m_parser.addOption(m_format);
}

std::optional<int> CommandParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        printError(m_parser.errorText());
        standardError() << QCoreApplication::translate("venvdeck", "Run '%1 --help' for usage.").arg(m_command)
                        << Qt::endl;
        return ExitUsage;
    }
    if (m_parser.isSet(m_help)) {
        QString help = m_parser.helpText();
        // QCommandLineParser names the program as it was started; show the subcommand too.
        const QString usage = QStringLiteral("Usage: ");
        const qsizetype start = help.indexOf(usage);
        const qsizetype end = help.indexOf(QLatin1Char(' '), start + usage.size());
        if (start >= 0 && end > start)
            help.replace(start + usage.size(), end - start - usage.size(), m_command);
        standardOutput() << help;
        standardOutput().flush();
        return ExitSuccess;
    }
    if (m_parser.isSet(m_version)) {
        standardOutput() << QCoreApplication::applicationName() << QLatin1Char(' ')
                         << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitSuccess;
    }
    return std::nullopt;
}

std::optional<QString> CommandParser::format() const
{
    const QString value = m_parser.value(m_format).toLower();
    if (!m_formats.contains(value)) {
        printError(QCoreApplication::translate("venvdeck", "unknown format '%1'; choose one of: %2")
                       .arg(value, m_formats.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return value;
}

RootChoice CommandParser::root() const
{
    const Settings settings;
    return chooseRoot(m_parser.value(m_root), settings);
}

std::optional<int> checkRoot(const RootChoice &root)
{
    const QFileInfo info(root.path);
    if (info.isDir())
        return std::nullopt;
    const QString native = QDir::toNativeSeparators(root.path);
    printError(info.exists() ? QCoreApplication::translate("venvdeck", "the venv root %1 (from %2) is not a folder.")
                                   .arg(native, describe(root.source))
                             : QCoreApplication::translate("venvdeck", "the venv root %1 (from %2) does not exist.")
                                   .arg(native, describe(root.source)));
    standardError() << QCoreApplication::translate(
                           "venvdeck", "Choose another with --root DIR or the VENVDECK_ROOT environment variable, "
                                       "or make a demo root with 'venvdeck-cli demo'.")
                    << Qt::endl;
    return ExitUsage;
}

QString renderTable(const QStringList &header, const QList<QStringList> &rows, int elastic,
                    const QList<int> &rightAligned, int width)
{
    return renderTable(header, rows, QList<int>{elastic}, rightAligned, width);
}

QString renderTable(const QStringList &header, const QList<QStringList> &rows, const QList<int> &elastic,
                    const QList<int> &rightAligned, int width)
{
    const qsizetype columns = header.size();
    QList<qsizetype> widths(columns, 0);
    const auto measure = [&](const QStringList &row) {
        for (qsizetype column = 0; column < columns && column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);

    // Too wide: the elastic columns give room, in their order, each down to its header's width at most.
    constexpr int gap = 2;
    qsizetype overflow = gap * (columns - 1) - width;
    for (const qsizetype columnWidth : std::as_const(widths))
        overflow += columnWidth;
    for (const int column : elastic) {
        if (overflow <= 0)
            break;
        const qsizetype give = std::min(overflow, widths[column] - header[column].size());
        if (give > 0) {
            widths[column] -= give;
            overflow -= give;
        }
    }

    QString text;
    const auto append = [&](const QStringList &row) {
        QString line;
        for (qsizetype column = 0; column < columns; ++column) {
            QString cell = column < row.size() ? row[column] : QString();
            if (cell.size() > widths[column])
                cell = cell.left(widths[column] - 1) + QChar(0x2026);
            const bool right = rightAligned.contains(int(column));
            if (column + 1 == columns && !right)
                line += cell;
            else
                line += right ? cell.rightJustified(widths[column]) : cell.leftJustified(widths[column]);
            if (column + 1 < columns)
                line += QString(gap, QLatin1Char(' '));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    };
    append(header);
    for (const QStringList &row : rows)
        append(row);
    return text;
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString formatDate(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString formatDay(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("-");
}

} // namespace venvdeck::cli
