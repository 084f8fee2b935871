#include "RealVenv.h"

#include "build/VenvFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace venvdeck::test {

void makePipHermetic()
{
    qunsetenv("PIP_FIND_LINKS");
    qputenv("PIP_CONFIG_FILE", "/dev/null");
    qputenv("PIP_NO_CACHE_DIR", "1");
}

namespace {

// Builds a wheel with nothing but the standard library; runs on every Python from 2.7 on.
constexpr auto wheelScript = R"(import sys, os, zipfile, hashlib, base64
out, name, version, requires_python = sys.argv[1:5]
requires = sys.argv[5:]
dist = name.replace("-", "_").replace(".", "_")
module = dist.lower()
info = "%s-%s.dist-info" % (dist, version)
def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
metadata = "Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: A wheel VenvDeck's tests made\n" % (name, version)
if requires_python:
    metadata += "Requires-Python: %s\n" % requires_python
for requirement in requires:
    metadata += "Requires-Dist: %s\n" % requirement
files = [
    ("%s.py" % module, ("VERSION = %r\n" % version).encode("utf-8")),
    (info + "/METADATA", metadata.encode("utf-8")),
    (info + "/WHEEL", b"Wheel-Version: 1.0\nGenerator: venvdeck-tests\nRoot-Is-Purelib: true\nTag: py2-none-any\nTag: py3-none-any\n"),
]
record = "".join("%s,%s,%d\n" % (path, digest(data), len(data)) for path, data in files) + info + "/RECORD,,\n"
files.append((info + "/RECORD", record.encode("utf-8")))
target = os.path.join(out, "%s-%s-py2.py3-none-any.whl" % (dist, version))
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for path, data in files:
        archive.writestr(path, data)
sys.stdout.write(target)
)"_L1;

constexpr auto zipScript = R"(import sys, json, zipfile, stat, base64
out = sys.argv[1]
with open(sys.argv[2]) as f:
    spec = json.load(f)
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for e in spec:
        info = zipfile.ZipInfo(e["name"])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        if "symlink" in e:
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            z.writestr(info, e["symlink"])
        elif "zeros" in e:
            with z.open(info, "w", force_zip64=True) as f:
                left = e["zeros"]
                block = bytes(1 << 20)
                while left > 0:
                    n = min(left, len(block))
                    f.write(block[:n])
                    left -= n
        else:
            z.writestr(info, base64.b64decode(e["b64"]))
)"_L1;

QString lastLines(const QByteArray &text, int count)
{
    const QStringList lines = QString::fromUtf8(text).trimmed().split(u'\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(u'\n');
}

} // namespace

QString ProcessRun::describe() const
{
    QString text = command + u"\n"_s;
    if (!started)
        text += u"did not start\n"_s;
    else if (!finished)
        text += u"timed out\n"_s;
    else
        text += u"exit code %1\n"_s.arg(exitCode);
    text += u"--- stdout (end):\n"_s + lastLines(standardOutput, 15) + u"\n--- stderr (end):\n"_s +
            lastLines(standardError, 15);
    return text;
}

QString systemWheelDir()
{
    return u"/usr/share/python-wheels"_s;
}

QString findWheel(const QString &folder, const QString &project)
{
    return newestWheel(folder, project);
}

QList<PythonInterpreter> venvInterpreters()
{
    QList<PythonInterpreter> usable;
    const QList<PythonInterpreter> all = findPythonInterpreters();
    for (const PythonInterpreter &python : all) {
        if (python.hasVenvModule)
            usable.append(python);
    }
    return usable;
}

std::optional<PythonInterpreter> findVenvInterpreter(const std::function<bool(const PythonInterpreter &)> &accept)
{
    const QList<PythonInterpreter> usable = venvInterpreters();
    for (const PythonInterpreter &python : usable) {
        if (accept(python))
            return python;
    }
    return std::nullopt;
}

std::optional<PythonInterpreter> systemPython3()
{
    const QString real = QFileInfo(u"/usr/bin/python3"_s).canonicalFilePath();
    if (real.isEmpty())
        return std::nullopt;
    return findVenvInterpreter([&](const PythonInterpreter &python) { return python.realPath == real; });
}

std::optional<PythonInterpreter> venvInterpreter(const QString &majorMinor)
{
    return findVenvInterpreter([&](const PythonInterpreter &python) { return python.majorMinor() == majorMinor; });
}

ProcessRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs,
                      const QString &workingDirectory)
{
    ProcessRun run;
    run.command = program + u' ' + arguments.join(u' ');
    QProcess process;
    process.setProcessEnvironment(pythonProcessEnvironment());
    process.setWorkingDirectory(workingDirectory.isEmpty() ? QDir::tempPath() : workingDirectory);
    process.start(program, arguments, QIODevice::ReadOnly);
    run.started = process.waitForStarted(30000);
    if (!run.started) {
        run.standardError = process.errorString().toUtf8();
        return run;
    }
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

QString venvPythonPath(const QString &venv)
{
    return venvdeck::venvPythonPath(venv);
}

ProcessRun createVenv(const PythonInterpreter &python, const QString &dir, bool withPip)
{
    QStringList arguments = {u"-m"_s, u"venv"_s};
    if (!withPip)
        arguments << u"--without-pip"_s;
    arguments << dir;
    return runProcess(python.path, arguments);
}

ProcessRun pipInstall(const QString &venv, const QStringList &requirements, const QStringList &findLinks,
                      const QStringList &extraArguments)
{
    QStringList arguments = {u"-m"_s, u"pip"_s, u"install"_s, u"--no-index"_s};
    for (const QString &folder : findLinks) {
        if (!folder.isEmpty())
            arguments << u"--find-links"_s << folder;
    }
    arguments << extraArguments << requirements;
    return runProcess(venvPythonPath(venv), arguments, 300000);
}

QString buildWheel(const PythonInterpreter &python, const QString &outputDir, const QString &name,
                   const QString &version, const QStringList &requiresDist, QString *error)
{
    QDir().mkpath(outputDir);
    QStringList arguments = {u"-c"_s, QString(wheelScript), outputDir, name, version, QString()};
    arguments << requiresDist;
    const ProcessRun run = runProcess(python.path, arguments, 60000);
    const QString path = QString::fromUtf8(run.standardOutput).trimmed();
    if (!run.ok() || !QFileInfo(path).isFile()) {
        if (error)
            *error = run.describe();
        return {};
    }
    return path;
}

ZipEntry ZipEntry::ofZeros(const QString &entryName, qint64 count)
{
    ZipEntry entry(entryName, {});
    entry.zeros = count;
    return entry;
}

ZipEntry ZipEntry::symlink(const QString &entryName, const QString &target)
{
    ZipEntry entry(entryName, {});
    entry.symlinkTarget = target;
    return entry;
}

bool writeZip(const QString &path, const QList<ZipEntry> &entries, QString *error)
{
    QJsonArray spec;
    for (const ZipEntry &entry : entries) {
        QJsonObject object{{u"name"_s, entry.name}};
        if (!entry.symlinkTarget.isEmpty())
            object.insert(u"symlink"_s, entry.symlinkTarget);
        else if (entry.zeros >= 0)
            object.insert(u"zeros"_s, entry.zeros);
        else
            object.insert(u"b64"_s, QString::fromLatin1(entry.data.toBase64()));
        spec.append(object);
    }
    const QString specPath = path + u".spec.json"_s;
    QFile specFile(specPath);
    if (!specFile.open(QIODevice::WriteOnly) || specFile.write(QJsonDocument(spec).toJson()) < 0) {
        if (error)
            *error = specFile.errorString();
        return false;
    }
    specFile.close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const ProcessRun run = runProcess(u"/usr/bin/python3"_s, {u"-c"_s, QString(zipScript), path, specPath}, 120000);
    QFile::remove(specPath);
    if (!run.ok()) {
        if (error)
            *error = run.describe();
        return false;
    }
    return true;
}

bool writeSetuptoolsProject(const QString &dir, const QString &name, const QString &version, bool withPyproject)
{
    if (!QDir().mkpath(dir))
        return false;
    const QString module = name.toLower().replace(u'-', u'_').replace(u'.', u'_');
    const QByteArray setup = u"from setuptools import setup\nsetup(name=%1, version=%2, py_modules=[%3])\n"_s
                                 .arg(u"'"_s + name + u"'"_s, u"'"_s + version + u"'"_s, u"'"_s + module + u"'"_s)
                                 .toUtf8();
    const QByteArray pyproject =
        "[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n";
    const QByteArray code = "VALUE = 'editable'\n";
    QList<std::pair<QString, QByteArray>> files = {{u"setup.py"_s, setup}, {module + u".py"_s, code}};
    if (withPyproject)
        files.append({u"pyproject.toml"_s, pyproject});
    for (const auto &[file, content] : std::as_const(files)) {
        QFile out(dir + u'/' + file);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            return false;
    }
    return true;
}

std::optional<QMap<QString, QString>> pipList(const QString &venv, QString *error)
{
    const ProcessRun run = runProcess(venvPythonPath(venv), {u"-m"_s, u"pip"_s, u"list"_s, u"--format=json"_s}, 120000);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.standardOutput.trimmed(), &parseError);
    if (!run.ok() || !document.isArray()) {
        if (error)
            *error = run.describe() + u"\n(JSON: "_s + parseError.errorString() + u')';
        return std::nullopt;
    }
    QMap<QString, QString> packages;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        packages.insert(object.value(u"name"_s).toString(), object.value(u"version"_s).toString());
    }
    return packages;
}

} // namespace venvdeck::test
