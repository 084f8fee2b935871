#include "scan/PyvenvConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// A real pyvenv.cfg is a few hundred bytes; anything this large is not one.
constexpr qint64 maxPyvenvConfigBytes = 64 * 1024;

// Quotes the offending text for a message, shortened so a binary file cannot flood the report.
QString excerpt(const QString &line)
{
    constexpr qsizetype maxChars = 60;
    return line.size() <= maxChars ? line : line.left(maxChars) + u"…"_s;
}

// The stdlib writes `prompt = 'name'` (a repr); virtualenv and uv write the bare name.
QString unquote(const QString &value)
{
    if (value.size() >= 2 && (value.front() == u'\'' || value.front() == u'"') && value.back() == value.front())
        return value.mid(1, value.size() - 2);
    return value;
}

std::optional<bool> parseBool(const QString &value)
{
    const QString lower = value.toLower();
    if (lower == u"true")
        return true;
    if (lower == u"false")
        return false;
    return std::nullopt;
}

} // namespace

QString normalizePythonVersion(const QString &text)
{
    // "3.11.7" (venv, uv), "3.11.7.final.0" / "3.13.0.candidate.1" (virtualenv's sys.version_info), "3.8".
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:\\.(final|alpha|beta|candidate)\\.(\\d+)|((?:a|b|rc)\\d+))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    QString version = match.captured(1) + u'.' + match.captured(2);
    if (match.hasCaptured(3))
        version += u'.' + match.captured(3);
    const QString level = match.captured(4);
    if (level == u"alpha")
        version += u'a' + match.captured(5);
    else if (level == u"beta")
        version += u'b' + match.captured(5);
    else if (level == u"candidate")
        version += u"rc"_s + match.captured(5);
    version += match.captured(6);
    return version;
}

Read<PyvenvConfig> parsePyvenvConfig(QByteArrayView text, const QString &path)
{
    Read<PyvenvConfig> result;

    // pyvenv.cfg is UTF-8 (site.py reads it so); a file from a Windows editor may carry a BOM.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString content = decoder(text);
    if (decoder.hasError()) {
        result.problems.append({path, QCoreApplication::translate("venvdeck", "not valid UTF-8; read as Latin-1")});
        content = QString::fromLatin1(text);
    }
    if (content.startsWith(QChar(QChar::ByteOrderMark)))
        content.remove(0, 1);

    PyvenvConfig config;
    QMap<QString, int> lineOfKey;
    const QList<QStringView> lines = QStringView(content).split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        const QString line = lines.at(index).trimmed().toString(); // trimming also drops the \r of CRLF
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        // Split on the first '=' (site.py does); ':' only when there is none, since Windows paths hold colons.
        qsizetype separator = line.indexOf(u'=');
        if (separator < 0)
            separator = line.indexOf(u':');
        const QString key = separator < 0 ? QString() : line.left(separator).trimmed().toLower();
        if (key.isEmpty()) {
            result.problems.append(
                {path, QCoreApplication::translate("venvdeck", "line %1: expected \"key = value\", found \"%2\"")
                           .arg(lineNumber)
                           .arg(excerpt(line))});
            continue;
        }
        config.values.insert(key, line.mid(separator + 1).trimmed());
        lineOfKey.insert(key, lineNumber);
    }

    if (config.values.isEmpty()) {
        result.problems.append(
            {path, QCoreApplication::translate("venvdeck", "pyvenv.cfg holds no \"key = value\" setting")});
        return result;
    }

    config.home = config.values.value(u"home"_s);
    config.implementation = config.values.value(u"implementation"_s);
    config.command = config.values.value(u"command"_s);
    config.prompt = unquote(config.values.value(u"prompt"_s));
    config.executable = config.values.value(u"executable"_s);
    if (config.executable.isEmpty())
        config.executable = config.values.value(u"base-executable"_s);

    // Stdlib venv writes "version"; virtualenv and uv write "version_info". Either can be the only one.
    for (const QString &key : {u"version"_s, u"version_info"_s}) {
        if (!config.values.contains(key))
            continue;
        const QString raw = config.values.value(key);
        const QString normalized = normalizePythonVersion(raw);
        if (normalized.isEmpty()) {
            result.problems.append(
                {path, QCoreApplication::translate("venvdeck", "line %1: \"%2\" is not a Python version: \"%3\"")
                           .arg(lineOfKey.value(key))
                           .arg(key, excerpt(raw))});
        } else if (config.version.isEmpty()) {
            config.version = normalized;
        }
    }

    if (config.values.contains(u"include-system-site-packages"_s)) {
        const QString raw = config.values.value(u"include-system-site-packages"_s);
        config.includeSystemSitePackages = parseBool(raw);
        if (!config.includeSystemSitePackages) {
            result.problems.append(
                {path, QCoreApplication::translate(
                           "venvdeck", "line %1: include-system-site-packages must be true or false, not \"%2\"")
                           .arg(lineOfKey.value(u"include-system-site-packages"_s))
                           .arg(excerpt(raw))});
        }
    }

    result.value = std::move(config);
    return result;
}

Read<PyvenvConfig> readPyvenvConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = QFileInfo::exists(path)
                                   ? file.errorString()
                                   : QCoreApplication::translate("venvdeck", "the file does not exist");
        return {std::nullopt,
                {{path, QCoreApplication::translate("venvdeck", "cannot read pyvenv.cfg: %1").arg(reason)}}};
    }
    const QByteArray content = file.read(maxPyvenvConfigBytes + 1);
    if (content.size() > maxPyvenvConfigBytes)
        return {std::nullopt,
                {{path, QCoreApplication::translate("venvdeck", "pyvenv.cfg is larger than %1 KiB: not a pyvenv.cfg")
                            .arg(maxPyvenvConfigBytes / 1024)}}};
    if (file.error() != QFileDevice::NoError)
        return {
            std::nullopt,
            {{path, QCoreApplication::translate("venvdeck", "cannot read pyvenv.cfg: %1").arg(file.errorString())}}};
    return parsePyvenvConfig(content, path);
}

} // namespace venvdeck
