#include "scan/ScanCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace venvdeck {

namespace {

constexpr char magic[] = "VenvDeck scan cache";
constexpr quint32 formatVersion = 1;

// Everything a cached environment depends on besides the disk: a cache written by another version of
// VenvDeck (other readers), in another language (translated reasons) or for another root is not used.
QByteArray header(const QString &root)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << QByteArray(magic) << formatVersion << QStringLiteral(VENVDECK_VERSION) << QDir::cleanPath(root)
        << QLocale().name();
    return bytes;
}

QByteArray checksum(const QByteArray &payload)
{
    // Finds damage (a cut or corrupted file), not tampering: the file is in the user's own cache folder.
    return QCryptographicHash::hash(payload, QCryptographicHash::Md5);
}

void write(QDataStream &out, const FileSignature &s)
{
    out << s.exists << s.mode << s.device << s.inode << s.size << s.modifiedNs << s.changedNs;
}

void read(QDataStream &in, FileSignature &s)
{
    in >> s.exists >> s.mode >> s.device >> s.inode >> s.size >> s.modifiedNs >> s.changedNs;
}

template<typename T>
void writeOptional(QDataStream &out, const std::optional<T> &value, void (*writeValue)(QDataStream &, const T &))
{
    out << value.has_value();
    if (value)
        writeValue(out, *value);
}

template<typename T>
void readOptional(QDataStream &in, std::optional<T> &value, void (*readValue)(QDataStream &, T &))
{
    bool has = false;
    in >> has;
    value.reset();
    if (has) {
        T item{};
        readValue(in, item);
        value = std::move(item);
    }
}

void writeRecord(QDataStream &out, const OwnershipRecord &r)
{
    out << r.schema << r.owner << r.ownerKind << r.ownerVersion << r.pythonVersion << r.requirementsSha256
        << r.builtAt << r.builtBy;
}

void readRecord(QDataStream &in, OwnershipRecord &r)
{
    in >> r.schema >> r.owner >> r.ownerKind >> r.ownerVersion >> r.pythonVersion >> r.requirementsSha256 >>
        r.builtAt >> r.builtBy;
}

void writeUsage(QDataStream &out, const DiskUsage &u)
{
    out << u.apparentBytes << u.allocatedBytes << u.fileCount;
}

void readUsage(QDataStream &in, DiskUsage &u)
{
    in >> u.apparentBytes >> u.allocatedBytes >> u.fileCount;
}

void writeBool(QDataStream &out, const bool &b)
{
    out << b;
}

void readBool(QDataStream &in, bool &b)
{
    in >> b;
}

void writeEnvironment(QDataStream &out, const Environment &e)
{
    out << e.name << e.path << e.layout << e.owner.name << e.owner.kind << e.owner.version << e.owner.uid
        << e.owner.source;
    writeOptional(out, e.record, writeRecord);
    out << e.pythonVersion << e.pythonImplementation << e.baseInterpreter;
    writeOptional(out, e.baseInterpreterExists, writeBool);
    out << e.interpreter << e.includeSystemSitePackages << e.sitePackages;
    out << quint32(e.packages.size());
    for (const Distribution &d : e.packages) {
        out << d.name << d.version << d.summary << d.requiresPython << d.requiresDist << d.installer << d.requested
            << d.directUrl << d.editable << d.metadataPath;
    }
    writeOptional(out, e.usage, writeUsage);
    out << e.createdAt << e.modifiedAt << e.health << e.healthReasons;
    out << quint32(e.problems.size());
    for (const Problem &p : e.problems)
        out << p.path << p.message;
}

void readEnvironment(QDataStream &in, Environment &e)
{
    in >> e.name >> e.path >> e.layout >> e.owner.name >> e.owner.kind >> e.owner.version >> e.owner.uid >>
        e.owner.source;
    readOptional(in, e.record, readRecord);
    in >> e.pythonVersion >> e.pythonImplementation >> e.baseInterpreter;
    readOptional(in, e.baseInterpreterExists, readBool);
    in >> e.interpreter >> e.includeSystemSitePackages >> e.sitePackages;
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > 1000000)
        return in.setStatus(QDataStream::ReadCorruptData);
    e.packages.resize(count);
    for (Distribution &d : e.packages) {
        in >> d.name >> d.version >> d.summary >> d.requiresPython >> d.requiresDist >> d.installer >> d.requested >>
            d.directUrl >> d.editable >> d.metadataPath;
    }
    readOptional(in, e.usage, readUsage);
    in >> e.createdAt >> e.modifiedAt >> e.health >> e.healthReasons;
    in >> count;
    if (in.status() != QDataStream::Ok || count > 1000000)
        return in.setStatus(QDataStream::ReadCorruptData);
    e.problems.resize(count);
    for (Problem &p : e.problems)
        in >> p.path >> p.message;
}

} // namespace

QString ScanCache::filePath(const QString &root)
{
    const QByteArray key = QCryptographicHash::hash(QDir::cleanPath(root).toUtf8(), QCryptographicHash::Sha256);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/scans/") +
           QString::fromLatin1(key.toHex().left(32)) + QStringLiteral(".cache");
}

ScanCache ScanCache::load(const QString &root)
{
    ScanCache cache;
#ifdef Q_OS_UNIX
    QFile file(filePath(root));
    if (!file.open(QIODevice::ReadOnly))
        return cache;
    // Only a file this user wrote: root must never act on what another account left in its cache folder.
    struct stat status;
    if (fstat(file.handle(), &status) != 0 || status.st_uid != geteuid() || !S_ISREG(status.st_mode))
        return cache;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray storedHeader;
    QByteArray payload;
    QByteArray storedChecksum;
    in >> storedHeader >> payload >> storedChecksum;
    if (in.status() != QDataStream::Ok || storedHeader != header(root) || storedChecksum != checksum(payload))
        return cache;

    QDataStream entries(payload);
    entries.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    entries >> count;
    QHash<QString, CachedEnvironment> loaded;
    for (quint32 i = 0; i < count && entries.status() == QDataStream::Ok; ++i) {
        CachedEnvironment entry;
        readEnvironment(entries, entry.environment);
        quint32 watched = 0;
        entries >> watched;
        if (entries.status() != QDataStream::Ok || watched == 0 || watched > 10000000)
            return cache;
        entry.watch.resize(watched);
        for (WatchedPath &path : entry.watch) {
            entries >> path.path >> path.follow;
            read(entries, path.signature);
        }
        entries >> entry.newestRunArtifact;
        loaded.insert(entry.environment.name, std::move(entry));
    }
    if (entries.status() != QDataStream::Ok || !entries.atEnd())
        return cache;
    cache.entries = std::move(loaded);
#else
    Q_UNUSED(root);
#endif
    return cache;
}

bool ScanCache::save(const QString &root, QString *error) const
{
#ifdef Q_OS_UNIX
    QByteArray payload;
    payload.reserve(qsizetype(entries.size()) * 32 * 1024);
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(entries.size());
        for (const CachedEnvironment &entry : entries) {
            writeEnvironment(out, entry.environment);
            out << quint32(entry.watch.size());
            for (const WatchedPath &path : entry.watch) {
                out << path.path << path.follow;
                write(out, path.signature);
            }
            out << entry.newestRunArtifact;
        }
    }
    const QString path = filePath(root);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("venvdeck", "cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << header(root) << payload << checksum(payload);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
#else
    Q_UNUSED(root);
    Q_UNUSED(error);
    return false;
#endif
}

const CachedEnvironment *ScanCache::reusable(const QString &name, const QString &path) const
{
#ifdef Q_OS_UNIX
    const auto it = entries.constFind(name);
    if (it == entries.cend() || it->watch.isEmpty() || it->watch.first().path != ".")
        return nullptr;
    const int folder = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (folder < 0)
        return nullptr;
    bool same = true;
    for (const WatchedPath &watched : it->watch) {
        if (fileSignature(folder, watched.path.constData(), watched.follow) != watched.signature) {
            same = false;
            break;
        }
    }
    ::close(folder);
    return same ? &*it : nullptr;
#else
    Q_UNUSED(name);
    Q_UNUSED(path);
    return nullptr;
#endif
}

} // namespace venvdeck
