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
#include <QSysInfo>

#include <cstring>
#include <string>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace venvdeck {

namespace {

constexpr char magic[] = "VenvDeck scan cache";
constexpr quint32 formatVersion = 2;

// Everything a cached environment depends on besides the disk: a cache written by another version of
// VenvDeck (other readers), in another language (translated reasons) or for another root is not used.
QByteArray header(const QString &root)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    // The watch records are kept in the machine's own byte order and layout (48 bytes, see WatchRecord).
    out << QByteArray(magic) << formatVersion << QStringLiteral(VENVDECK_VERSION) << QDir::cleanPath(root)
        << QLocale().name() << quint8(QSysInfo::ByteOrder) << quint32(48);
    return bytes;
}

// Finds damage (a cut or corrupted file), not tampering: the file is in the user's own cache folder. FNV-1a over
// 64-bit words (then the tail bytes): a few milliseconds for the whole file, where MD5 took a tenth of a rescan.
QByteArray checksum(QByteArrayView payload)
{
    // Four independent lanes, so that the multiplications do not wait for each other.
    quint64 lanes[4] = {14695981039346656037ULL, 1099511628211ULL, 7809847782465536322ULL, 3257665815644502181ULL};
    const char *data = payload.data();
    const qsizetype blocks = payload.size() / 32;
    for (qsizetype i = 0; i < blocks; ++i) {
        quint64 words[4];
        memcpy(words, data + i * 32, sizeof words);
        for (int lane = 0; lane < 4; ++lane) {
            lanes[lane] = (lanes[lane] ^ words[lane]) * 1099511628211ULL;
            lanes[lane] ^= lanes[lane] >> 29;
        }
    }
    quint64 hash = quint64(payload.size());
    for (const quint64 lane : lanes)
        hash = (hash ^ lane) * 1099511628211ULL;
    for (qsizetype i = blocks * 32; i < payload.size(); ++i)
        hash = (hash ^ quint8(data[i])) * 1099511628211ULL;
    return QByteArray(reinterpret_cast<const char *>(&hash), sizeof hash);
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

// Raw, in the machine's order (the header names it): a venv can hold thousands of shared files.
void writeShared(QDataStream &out, const SharedFiles &files)
{
    static_assert(sizeof(SharedFile) == 32);
    out << quint32(files.size());
    out.writeRawData(reinterpret_cast<const char *>(files.constData()), int(files.size() * sizeof(SharedFile)));
}

void readShared(QDataStream &in, SharedFiles &files)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > 10000000)
        return in.setStatus(QDataStream::ReadCorruptData);
    files.resize(count);
    const int bytes = int(count * sizeof(SharedFile));
    if (in.readRawData(reinterpret_cast<char *>(files.data()), bytes) != bytes)
        in.setStatus(QDataStream::ReadPastEnd);
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

// A watched path as the cache keeps it: a fixed-size record in the machine's own byte order (the header names
// the order and this layout's size), followed by the path's bytes. Compared in place, never decoded.
struct WatchRecord
{
    quint64 device;
    quint64 inode;
    qint64 size;
    qint64 modifiedNs;
    qint64 changedNs;
    quint32 mode;
    quint16 pathBytes;
    quint8 exists;
    quint8 follow;
};
static_assert(sizeof(WatchRecord) == 48);

// Empty when a path is too long for a record (it cannot be, on any file system VenvDeck knows): not cached then.
QByteArray encodeWatch(const WatchList &watch)
{
    QByteArray bytes;
    qsizetype total = 0;
    for (const WatchedPath &path : watch)
        total += qsizetype(sizeof(WatchRecord)) + path.path.size();
    bytes.reserve(total);
    for (const WatchedPath &path : watch) {
        if (path.path.size() > 0xFFFF)
            return {};
        const FileSignature &s = path.signature;
        const WatchRecord record{s.device,     s.inode,      s.size,
                                 s.modifiedNs, s.changedNs, s.mode,
                                 quint16(path.path.size()), quint8(s.exists ? 1 : 0), quint8(path.follow ? 1 : 0)};
        bytes.append(reinterpret_cast<const char *>(&record), sizeof record);
        bytes.append(path.path);
    }
    return bytes;
}

QByteArray encodeEnvironment(const CachedEnvironment &entry)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    writeEnvironment(out, entry.environment);
    out << entry.newestRunArtifact;
    writeShared(out, entry.sharedFiles);
    return bytes;
}

// The payload: a count, then per environment its name and its two blocks, each with its length.
void appendBlock(QByteArray &payload, const QByteArray &block)
{
    const quint32 size = quint32(block.size());
    payload.append(reinterpret_cast<const char *>(&size), sizeof size);
    payload.append(block);
}

// The next block of `payload` at `offset`, pointing into it (the cache keeps the bytes it loaded); nullopt past
// the end (a damaged file).
std::optional<QByteArray> takeBlock(const QByteArray &payload, qsizetype &offset)
{
    quint32 size = 0;
    if (payload.size() - offset < qsizetype(sizeof size))
        return std::nullopt;
    memcpy(&size, payload.constData() + offset, sizeof size);
    offset += sizeof size;
    if (payload.size() - offset < qsizetype(size))
        return std::nullopt;
    const QByteArray block = QByteArray::fromRawData(payload.constData() + offset, size);
    offset += size;
    return block;
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
    // The file: the header (QDataStream), then the payload and its checksum, each after its length. Read whole and
    // kept: the entries point into it.
    const QByteArray bytes = file.readAll();
    const QByteArray expectedHeader = header(root);
    qsizetype at = 0;
    const std::optional<QByteArray> storedHeader = takeBlock(bytes, at);
    const std::optional<QByteArray> payloadView = storedHeader ? takeBlock(bytes, at) : std::nullopt;
    const std::optional<QByteArray> storedChecksum = payloadView ? takeBlock(bytes, at) : std::nullopt;
    if (!storedChecksum || at != bytes.size() || *storedHeader != expectedHeader ||
        *storedChecksum != checksum(*payloadView))
        return cache;
    cache.m_bytes = bytes;
    const QByteArray &payload = *payloadView;

    qsizetype offset = 0;
    quint32 count = 0;
    if (payload.size() < qsizetype(sizeof count))
        return cache;
    memcpy(&count, payload.constData(), sizeof count);
    offset += sizeof count;
    QHash<QString, Encoded> loaded;
    loaded.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const std::optional<QByteArray> name = takeBlock(payload, offset);
        std::optional<QByteArray> watch = name ? takeBlock(payload, offset) : std::nullopt;
        std::optional<QByteArray> environment = watch ? takeBlock(payload, offset) : std::nullopt;
        if (!environment || watch->isEmpty())
            return cache;
        loaded.insert(QString::fromUtf8(*name), {std::move(*watch), std::move(*environment)});
    }
    if (offset != payload.size())
        return cache;
    cache.m_entries = std::move(loaded);
#else
    Q_UNUSED(root);
#endif
    return cache;
}

bool ScanCache::save(const QString &root, QString *error) const
{
#ifdef Q_OS_UNIX
    QByteArray payload;
    qsizetype total = sizeof(quint32);
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        total += 3 * sizeof(quint32) + it.key().size() * 3 + it->watch.size() + it->environment.size();
    payload.reserve(total);
    const quint32 count = quint32(m_entries.size());
    payload.append(reinterpret_cast<const char *>(&count), sizeof count);
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        appendBlock(payload, it.key().toUtf8());
        appendBlock(payload, it->watch);
        appendBlock(payload, it->environment);
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
    QByteArray head; // the header's block, then the payload's length: the payload is written after it as it is
    appendBlock(head, header(root));
    const quint32 payloadSize = quint32(payload.size());
    head.append(reinterpret_cast<const char *>(&payloadSize), sizeof payloadSize);
    QByteArray tail;
    appendBlock(tail, checksum(payload));
    if (payload.size() > 0xFFFFFFF0LL || file.write(head) != head.size() || file.write(payload) != payload.size() ||
        file.write(tail) != tail.size()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
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

void ScanCache::insert(const CachedEnvironment &entry)
{
    if (entry.watch.isEmpty() || entry.watch.first().path != ".")
        return;
    QByteArray watch = encodeWatch(entry.watch);
    if (watch.isEmpty())
        return;
    m_entries.insert(entry.environment.name, {std::move(watch), encodeEnvironment(entry)});
}

bool ScanCache::keepFrom(const ScanCache &other, const QString &name)
{
    const auto it = other.m_entries.constFind(name);
    if (it == other.m_entries.cend())
        return false;
    // A deep copy: a loaded cache's entries point into the bytes it read.
    m_entries.insert(name, {QByteArray(it->watch.constData(), it->watch.size()),
                            QByteArray(it->environment.constData(), it->environment.size())});
    return true;
}

std::optional<CachedEnvironment> ScanCache::reusable(const QString &name, const QString &path) const
{
#ifdef Q_OS_UNIX
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return std::nullopt;
    const int folder = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (folder < 0)
        return std::nullopt;
    // Every watched path as it is now against its record; the first must be the folder itself (".").
    const char *data = it->watch.constData();
    const qsizetype end = it->watch.size();
    bool same = true;
    bool first = true;
    std::string watchedPath; // NUL-terminated for fstatat, its buffer reused
    for (qsizetype offset = 0; same && offset < end;) {
        WatchRecord record;
        if (end - offset < qsizetype(sizeof record)) {
            same = false;
            break;
        }
        memcpy(&record, data + offset, sizeof record);
        offset += sizeof record;
        if (end - offset < record.pathBytes) {
            same = false;
            break;
        }
        watchedPath.assign(data + offset, record.pathBytes);
        offset += record.pathBytes;
        if (first && watchedPath != ".") {
            same = false;
            break;
        }
        first = false;
        const FileSignature now = fileSignature(folder, watchedPath.c_str(), record.follow != 0);
        same = now == FileSignature{record.exists != 0, record.mode,       record.device,   record.inode,
                                    record.size,        record.modifiedNs, record.changedNs};
    }
    ::close(folder);
    if (!same)
        return std::nullopt;
    CachedEnvironment entry;
    QDataStream in(it->environment);
    in.setVersion(QDataStream::Qt_6_4);
    readEnvironment(in, entry.environment);
    in >> entry.newestRunArtifact;
    readShared(in, entry.sharedFiles);
    if (in.status() != QDataStream::Ok || !in.atEnd() || entry.environment.name != name)
        return std::nullopt;
    return entry;
#else
    Q_UNUSED(name);
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

} // namespace venvdeck
