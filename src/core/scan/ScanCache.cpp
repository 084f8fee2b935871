#include "scan/ScanCache.h"

#include "config/Translations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimeZone>

#include <cstdlib>
#include <cstring>
#include <string>
#include <type_traits>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace venvdeck {

namespace {

constexpr char magic[] = "VenvDeck scan cache";
constexpr quint32 formatVersion = 3;

// Everything a cached environment depends on besides the disk: a cache written by another version of
// VenvDeck (other readers), in another language (translated reasons: the language of the texts, which the window's
// setting can make other than the user's locale) or for another root is not used.
QByteArray header(const QString &root)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    // The blocks' numbers are kept in the machine's own byte order.
    out << QByteArray(magic) << formatVersion << QStringLiteral(VENVDECK_VERSION) << QDir::cleanPath(root)
        << translationLanguage() << quint8(QSysInfo::ByteOrder);
    return bytes;
}

// Finds damage (a cut or corrupted file), not tampering: the file is in the user's own cache folder. FNV-1a over
// 64-bit words (then the tail bytes): a few milliseconds for the whole file, where MD5 took a tenth of a rescan.
// Fed piece by piece, so that a block can be written without first being copied into one buffer.
class Checksum
{
public:
    void add(QByteArrayView bytes)
    {
        m_size += quint64(bytes.size());
        if (m_pending > 0) {
            const qsizetype taken = std::min<qsizetype>(bytes.size(), 32 - m_pending);
            memcpy(m_buffer + m_pending, bytes.data(), size_t(taken));
            m_pending += taken;
            bytes = bytes.sliced(taken);
            if (m_pending < 32)
                return;
            mix(m_buffer);
            m_pending = 0;
        }
        const qsizetype blocks = bytes.size() / 32;
        for (qsizetype i = 0; i < blocks; ++i)
            mix(bytes.data() + i * 32);
        m_pending = bytes.size() - blocks * 32;
        if (m_pending > 0)
            memcpy(m_buffer, bytes.data() + blocks * 32, size_t(m_pending));
    }
    QByteArray result() const
    {
        quint64 hash = m_size;
        for (const quint64 lane : m_lanes)
            hash = (hash ^ lane) * 1099511628211ULL;
        for (qsizetype i = 0; i < m_pending; ++i)
            hash = (hash ^ quint8(m_buffer[i])) * 1099511628211ULL;
        return QByteArray(reinterpret_cast<const char *>(&hash), sizeof hash);
    }

private:
    // Four independent lanes, so that the multiplications do not wait for each other.
    void mix(const char *block)
    {
        quint64 words[4];
        memcpy(words, block, sizeof words);
        for (int lane = 0; lane < 4; ++lane) {
            m_lanes[lane] = (m_lanes[lane] ^ words[lane]) * 1099511628211ULL;
            m_lanes[lane] ^= m_lanes[lane] >> 29;
        }
    }

    quint64 m_lanes[4] = {14695981039346656037ULL, 1099511628211ULL, 7809847782465536322ULL, 3257665815644502181ULL};
    quint64 m_size = 0;
    char m_buffer[32];
    qsizetype m_pending = 0; // bytes of m_buffer not yet mixed: fewer than 32
};

QByteArray checksum(QByteArrayView bytes)
{
    Checksum sum;
    sum.add(bytes);
    return sum.result();
}

// The strings of every cached environment, each kept once: the same package, version, summary and requirement
// appear in many venvs, and a decoded environment then shares them (Qt's implicit sharing) instead of allocating
// them again. Decoding strings one by one was half of a rescan's time (page faults on the fresh heap).
class StringTable
{
public:
    quint32 add(const QString &s)
    {
        const auto it = m_index.constFind(s);
        if (it != m_index.cend())
            return *it;
        const quint32 index = quint32(m_strings.size());
        m_strings.append(s);
        m_index.insert(s, index);
        return index;
    }
    // Each as its UTF-16 length and code units, in the machine's order (the header names it), handed to `write`
    // piece by piece; encodedSize() bytes in all.
    template<typename Write>
    void encode(Write &&write) const
    {
        const quint32 count = quint32(m_strings.size());
        write(QByteArrayView(reinterpret_cast<const char *>(&count), sizeof count));
        for (const QString &s : m_strings) {
            const quint32 length = quint32(s.size());
            write(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
            write(QByteArrayView(reinterpret_cast<const char *>(s.utf16()), s.size() * qsizetype(sizeof(char16_t))));
        }
    }
    qsizetype encodedSize() const
    {
        qsizetype size = sizeof(quint32);
        for (const QString &s : m_strings)
            size += qsizetype(sizeof(quint32)) + s.size() * qsizetype(sizeof(char16_t));
        return size;
    }

private:
    QStringList m_strings;
    QHash<QString, quint32> m_index;
};

std::optional<QStringList> decodeStrings(QByteArrayView bytes)
{
    quint32 count = 0;
    if (bytes.size() < qsizetype(sizeof count))
        return std::nullopt;
    memcpy(&count, bytes.data(), sizeof count);
    if (count > quint32(bytes.size() / 4))
        return std::nullopt;
    QStringList strings;
    strings.reserve(count);
    qsizetype at = sizeof count;
    for (quint32 i = 0; i < count; ++i) {
        quint32 length = 0;
        if (bytes.size() - at < qsizetype(sizeof length))
            return std::nullopt;
        memcpy(&length, bytes.data() + at, sizeof length);
        at += sizeof length;
        if ((bytes.size() - at) / qsizetype(sizeof(char16_t)) < qsizetype(length))
            return std::nullopt;
        QString s(qsizetype(length), Qt::Uninitialized);
        if (length > 0)
            memcpy(s.data(), bytes.data() + at, length * sizeof(char16_t));
        at += length * sizeof(char16_t);
        strings.append(std::move(s));
    }
    if (at != bytes.size())
        return std::nullopt;
    return strings;
}

// An environment block: fixed-size numbers in the machine's order and strings as indexes into the string table.
class BlockWriter
{
public:
    explicit BlockWriter(StringTable &strings) : m_strings(strings) {}
    QByteArray bytes;

    template<typename T>
    void number(T value)
    {
        static_assert(std::is_arithmetic_v<T> || std::is_enum_v<T>);
        bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void string(const QString &s) { number(m_strings.add(s)); }
    void strings(const QStringList &list)
    {
        number(quint32(list.size()));
        for (const QString &s : list)
            string(s);
    }
    void dateTime(const QDateTime &d)
    {
        // The time spec is kept, so that a reused environment prints its dates as a fresh read does.
        if (!d.isValid())
            return number(quint8(0));
        switch (d.timeSpec()) {
        case Qt::UTC:
            number(quint8(1));
            break;
        case Qt::LocalTime:
            number(quint8(2));
            break;
        case Qt::OffsetFromUTC:
            number(quint8(3));
            number(qint32(d.offsetFromUtc()));
            break;
        case Qt::TimeZone:
            number(quint8(4));
            string(QString::fromUtf8(d.timeZone().id()));
            break;
        }
        number(qint64(d.toMSecsSinceEpoch()));
    }

private:
    StringTable &m_strings;
};

// Reads what BlockWriter wrote; any read past the end or index past the table marks the block bad (and reads
// zeroes), so a damaged block is never trusted.
class BlockReader
{
public:
    BlockReader(QByteArrayView bytes, const QStringList &strings) : m_bytes(bytes), m_strings(strings) {}
    bool ok() const { return m_ok && m_at == m_bytes.size(); }

    template<typename T>
    T number()
    {
        T value{};
        if (m_bytes.size() - m_at < qsizetype(sizeof value)) {
            m_ok = false;
            return value;
        }
        memcpy(&value, m_bytes.data() + m_at, sizeof value);
        m_at += sizeof value;
        return value;
    }
    bool flag() { return number<quint8>() != 0; }
    template<typename E>
    E enumeration(E last)
    {
        const auto value = number<std::underlying_type_t<E>>();
        if (value < 0 || value > static_cast<std::underlying_type_t<E>>(last))
            m_ok = false;
        return E(value);
    }
    QString string()
    {
        const quint32 index = number<quint32>();
        if (index >= quint32(m_strings.size())) {
            m_ok = false;
            return {};
        }
        return m_strings.at(index);
    }
    QStringList strings()
    {
        const quint32 count = count32();
        QStringList list;
        list.reserve(count);
        for (quint32 i = 0; i < count && m_ok; ++i)
            list.append(string());
        return list;
    }
    // A count of items of at least `itemBytes` each: never more than the block could hold.
    quint32 count32(qsizetype itemBytes = 4)
    {
        const quint32 count = number<quint32>();
        if (count > quint32((m_bytes.size() - m_at) / itemBytes)) {
            m_ok = false;
            return 0;
        }
        return count;
    }
    QDateTime dateTime()
    {
        switch (number<quint8>()) {
        case 0:
            return {};
        case 1:
            return QDateTime::fromMSecsSinceEpoch(number<qint64>(), Qt::UTC);
        case 2:
            return QDateTime::fromMSecsSinceEpoch(number<qint64>(), Qt::LocalTime);
        case 3: {
            const qint32 offset = number<qint32>();
            return QDateTime::fromMSecsSinceEpoch(number<qint64>(), Qt::OffsetFromUTC, offset);
        }
        case 4: {
            const QTimeZone zone(string().toUtf8());
            return QDateTime::fromMSecsSinceEpoch(number<qint64>(), zone);
        }
        default:
            m_ok = false;
            return {};
        }
    }

private:
    QByteArrayView m_bytes;
    const QStringList &m_strings;
    qsizetype m_at = 0;
    bool m_ok = true;
};

// Optional values: a flag, then the value.
void writeRecord(BlockWriter &out, const std::optional<OwnershipRecord> &record)
{
    out.number(quint8(record ? 1 : 0));
    if (!record)
        return;
    const OwnershipRecord &r = *record;
    out.number(qint32(r.schema));
    out.string(r.owner);
    out.number(r.ownerKind);
    out.string(r.ownerVersion);
    out.string(r.pythonVersion);
    out.string(r.requirementsSha256);
    out.dateTime(r.builtAt);
    out.string(r.builtBy);
}

std::optional<OwnershipRecord> readRecord(BlockReader &in)
{
    if (!in.flag())
        return std::nullopt;
    OwnershipRecord r;
    r.schema = in.number<qint32>();
    r.owner = in.string();
    r.ownerKind = in.enumeration(OwnerKind::Script);
    r.ownerVersion = in.string();
    r.pythonVersion = in.string();
    r.requirementsSha256 = in.string();
    r.builtAt = in.dateTime();
    r.builtBy = in.string();
    return r;
}

// A package's metadata folder is kept relative to its venv when it is inside it, so that the same package in
// many venvs shares one string.
void writeDistribution(BlockWriter &out, const Distribution &d, const QString &venvPrefix)
{
    out.string(d.name);
    out.string(d.version);
    out.string(d.summary);
    out.string(d.requiresPython);
    out.strings(d.requiresDist);
    out.string(d.installer);
    out.number(quint8((d.requested ? 1 : 0) | (d.editable ? 2 : 0)));
    out.string(d.directUrl);
    const bool inside = d.metadataPath.startsWith(venvPrefix);
    out.number(quint8(inside ? 1 : 0));
    out.string(inside ? d.metadataPath.mid(venvPrefix.size()) : d.metadataPath);
}

void readDistribution(BlockReader &in, Distribution &d, const QString &venvPrefix)
{
    d.name = in.string();
    d.version = in.string();
    d.summary = in.string();
    d.requiresPython = in.string();
    d.requiresDist = in.strings();
    d.installer = in.string();
    const quint8 flags = in.number<quint8>();
    d.requested = flags & 1;
    d.editable = flags & 2;
    d.directUrl = in.string();
    const bool inside = in.flag();
    d.metadataPath = inside ? venvPrefix + in.string() : in.string();
}

void writeEnvironment(BlockWriter &out, const CachedEnvironment &entry)
{
    const Environment &e = entry.environment;
    out.string(e.name);
    out.string(e.path);
    out.number(e.layout);
    out.string(e.owner.name);
    out.number(e.owner.kind);
    out.string(e.owner.version);
    out.string(e.owner.uid);
    out.number(e.owner.source);
    writeRecord(out, e.record);
    out.string(e.pythonVersion);
    out.string(e.pythonImplementation);
    out.string(e.baseInterpreter);
    out.number(quint8(!e.baseInterpreterExists ? 0 : *e.baseInterpreterExists ? 2 : 1));
    out.string(e.interpreter);
    out.number(quint8(e.includeSystemSitePackages ? 1 : 0));
    out.strings(e.sitePackages);
    out.number(quint32(e.packages.size()));
    const QString venvPrefix = e.path + u'/';
    for (const Distribution &d : e.packages)
        writeDistribution(out, d, venvPrefix);
    out.number(quint8(e.usage ? 1 : 0));
    if (e.usage) {
        out.number(qint64(e.usage->apparentBytes));
        out.number(qint64(e.usage->allocatedBytes));
        out.number(qint64(e.usage->fileCount));
    }
    out.dateTime(e.createdAt);
    out.dateTime(e.modifiedAt);
    out.number(e.health);
    out.strings(e.healthReasons);
    out.number(quint32(e.problems.size()));
    for (const Problem &p : e.problems) {
        out.string(p.path);
        out.string(p.message);
    }
    out.dateTime(entry.newestRunArtifact);
}

void readEnvironment(BlockReader &in, CachedEnvironment &entry)
{
    Environment &e = entry.environment;
    e.name = in.string();
    e.path = in.string();
    e.layout = in.enumeration(Layout::Windows);
    e.owner.name = in.string();
    e.owner.kind = in.enumeration(OwnerKind::Script);
    e.owner.version = in.string();
    e.owner.uid = in.string();
    e.owner.source = in.enumeration(OwnerSource::Record);
    e.record = readRecord(in);
    e.pythonVersion = in.string();
    e.pythonImplementation = in.string();
    e.baseInterpreter = in.string();
    const quint8 exists = in.number<quint8>();
    e.baseInterpreterExists = exists == 0 ? std::nullopt : std::optional<bool>(exists == 2);
    e.interpreter = in.string();
    e.includeSystemSitePackages = in.flag();
    e.sitePackages = in.strings();
    const quint32 packages = in.count32(40); // a package takes at least 40 bytes
    e.packages.resize(packages);
    const QString venvPrefix = e.path + u'/';
    for (Distribution &d : e.packages)
        readDistribution(in, d, venvPrefix);
    if (in.flag()) {
        DiskUsage usage;
        usage.apparentBytes = in.number<qint64>();
        usage.allocatedBytes = in.number<qint64>();
        usage.fileCount = in.number<qint64>();
        e.usage = usage;
    }
    e.createdAt = in.dateTime();
    e.modifiedAt = in.dateTime();
    e.health = in.enumeration(Health::NotAVenv);
    e.healthReasons = in.strings();
    const quint32 problems = in.count32(8);
    e.problems.resize(problems);
    for (Problem &p : e.problems) {
        p.path = in.string();
        p.message = in.string();
    }
    entry.newestRunArtifact = in.dateTime();
}

// A venv's watch list as the cache keeps it: one hash of every watched path's signature, then the paths, each
// as the length of the part it shares with the one before, its own part and whether links are followed. Only the
// hash is compared: which path changed does not matter, and 169 signatures of 48 bytes made a third of the file.
class SignatureHash
{
public:
    void add(const FileSignature &s)
    {
        mix(s.exists ? 1 : 0);
        mix(s.mode);
        mix(s.device);
        mix(s.inode);
        mix(quint64(s.size));
        mix(quint64(s.modifiedNs));
        mix(quint64(s.changedNs));
    }
    quint64 value() const { return m_hash; }

private:
    // splitmix64's finaliser on each value, folded in: a changed signature changes the hash with certainty but
    // for a 2^-64 chance.
    void mix(quint64 value)
    {
        value += 0x9E3779B97F4A7C15ULL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
        value ^= value >> 31;
        m_hash = (m_hash ^ value) * 0x100000001B3ULL + 0x9E3779B97F4A7C15ULL;
    }
    quint64 m_hash = 0xCBF29CE484222325ULL;
};

struct WatchHead
{
    quint64 hash;
    quint32 count;
};

// Empty when a path is too long (it cannot be, on any file system VenvDeck knows): the venv is not cached then.
QByteArray encodeWatch(const WatchList &watch)
{
    QByteArray bytes;
    SignatureHash hash;
    for (const WatchedPath &path : watch)
        hash.add(path.signature);
    const WatchHead head{hash.value(), quint32(watch.size())};
    bytes.append(reinterpret_cast<const char *>(&head), sizeof head);
    QByteArrayView previous;
    for (const WatchedPath &path : watch) {
        if (path.path.size() > 0xFFFF)
            return {};
        qsizetype shared = 0;
        while (shared < previous.size() && shared < path.path.size() && previous[shared] == path.path[shared])
            ++shared;
        const quint16 lengths[2] = {quint16(shared), quint16(path.path.size() - shared)};
        bytes.append(char(path.follow ? 1 : 0));
        bytes.append(reinterpret_cast<const char *>(lengths), sizeof lengths);
        bytes.append(path.path.constData() + shared, lengths[1]);
        previous = path.path;
    }
    return bytes;
}

// Whether every path `watch` names has, relative to the open folder `folder`, the signature it had. The first must
// be the folder itself ("."). The paths below a site-packages folder (most of them) are looked up from that folder,
// opened once: the kernel's walk of their first components was a sixth of a rescan.
bool watchedPathsUnchanged(QByteArrayView watch, int folder)
{
    WatchHead head;
    if (watch.size() < qsizetype(sizeof head))
        return false;
    memcpy(&head, watch.data(), sizeof head);
    if (head.count == 0)
        return false; // the folder itself is always watched: an empty list would match any folder
    SignatureHash hash;
    std::string path; // NUL-terminated for fstatat, its buffer reused
    int base = -1;    // the open site-packages folder, if any
    std::string basePath;
    qsizetype at = sizeof head;
    quint32 i = 0;
    for (; i < head.count; ++i) {
        quint16 lengths[2];
        if (watch.size() - at < qsizetype(1 + sizeof lengths))
            break;
        const bool follow = watch[at] != 0;
        memcpy(lengths, watch.data() + at + 1, sizeof lengths);
        at += 1 + sizeof lengths;
        if (lengths[0] > path.size() || watch.size() - at < lengths[1])
            break;
        path.resize(lengths[0]);
        path.append(watch.data() + at, lengths[1]);
        at += lengths[1];
        if (i == 0 && path != ".")
            break;
        if (base >= 0 && path.size() > basePath.size() && path.compare(0, basePath.size(), basePath) == 0) {
            hash.add(fileSignature(base, path.c_str() + basePath.size(), follow));
            continue;
        }
        if (base < 0 && !follow && path.ends_with("/site-packages") && path.front() != '/') {
            base = ::openat(folder, path.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (base >= 0) {
                basePath = path + '/';
                hash.add(fileSignature(base, "", false));
                continue;
            }
        }
        hash.add(fileSignature(folder, path.c_str(), follow));
    }
    if (base >= 0)
        ::close(base);
    return i == head.count && at == watch.size() && hash.value() == head.hash;
}

// The file, each block after its 32-bit length:
//   the header (QDataStream);
//   the main block (the string table's block, the payload's block, the root's total) and its checksum;
//   the shared files' block (each entry's, in the payload's order) and its checksum.
// The payload: a count, then per environment its name and its two blocks. The shared files are read only when a
// venv changed: an unchanged root's total is kept whole, and the files are a third of the cache.
void appendBlock(QByteArray &bytes, QByteArrayView block)
{
    const quint32 size = quint32(block.size());
    bytes.append(reinterpret_cast<const char *>(&size), sizeof size);
    bytes.append(block);
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

// Memory for a block read from the file. A large one is asked for as transparent huge pages: on the virtual
// machines VenvDeck was measured on, the first touch of each fresh 4 KiB page costs tens of microseconds, and
// reading a 24 MB cache into such pages and checking it took a third of a rescan (2 MiB pages: a twentieth).
std::shared_ptr<char> blockMemory(qsizetype size)
{
#ifdef MADV_HUGEPAGE
    constexpr size_t hugePage = 2 * 1024 * 1024;
    if (size >= qsizetype(hugePage / 2)) {
        const size_t rounded = (size_t(size) + hugePage - 1) / hugePage * hugePage;
        if (void *memory = std::aligned_alloc(hugePage, rounded)) {
            madvise(memory, rounded, MADV_HUGEPAGE); // only advice: without it, ordinary pages
            return std::shared_ptr<char>(static_cast<char *>(memory), std::free);
        }
    }
#endif
    return std::shared_ptr<char>(static_cast<char *>(std::malloc(size_t(std::max<qsizetype>(size, 1)))), std::free);
}

// A block of the file: its bytes (a view) and the memory they are in.
struct FileBlock
{
    std::shared_ptr<char> memory;
    QByteArray bytes;
};

// The next block of the file, or nullopt when it is cut short.
std::optional<FileBlock> readBlock(QFile &file)
{
    quint32 size = 0;
    if (file.read(reinterpret_cast<char *>(&size), sizeof size) != sizeof size || size > file.size() - file.pos())
        return std::nullopt;
    FileBlock block{blockMemory(size), {}};
    if (!block.memory || file.read(block.memory.get(), size) != qint64(size))
        return std::nullopt;
    block.bytes = QByteArray::fromRawData(block.memory.get(), size);
    return block;
}

// The next block and its checksum block, or nullopt when either is cut short or they do not agree.
std::optional<FileBlock> readCheckedBlock(QFile &file)
{
    std::optional<FileBlock> block = readBlock(file);
    const std::optional<FileBlock> stored = block ? readBlock(file) : std::nullopt;
    if (!stored || stored->bytes != checksum(block->bytes))
        return std::nullopt;
    return block;
}

} // namespace

QString ScanCache::filePath(const QString &root)
{
    const QByteArray key = QCryptographicHash::hash(QDir::cleanPath(root).toUtf8(), QCryptographicHash::Sha256);
    // The window and venvdeck-cli share it (one organisation, two application names, so not CacheLocation's folder
    // of the application): what one read the other reuses. A file of the other's language is simply not used.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/VenvDeck/scans/") + QString::fromLatin1(key.toHex().left(32)) + QStringLiteral(".cache");
}

ScanCache ScanCache::load(const QString &root)
{
    ScanCache cache;
#ifdef Q_OS_UNIX
    auto file = std::make_shared<QFile>(filePath(root));
    if (!file->open(QIODevice::ReadOnly))
        return cache;
    // Only a file this user wrote: root must never act on what another account left in its cache folder.
    struct stat status;
    if (fstat(file->handle(), &status) != 0 || status.st_uid != geteuid() || !S_ISREG(status.st_mode))
        return cache;
    const std::optional<FileBlock> storedHeader = readBlock(*file);
    std::optional<FileBlock> mainBlock = storedHeader && storedHeader->bytes == header(root) ? readCheckedBlock(*file)
                                                                                             : std::nullopt;
    if (!mainBlock)
        return cache;
    if (cache.adoptMainBlock(std::move(mainBlock->memory), mainBlock->bytes))
        cache.m_file = std::move(file); // at the shared files' block, for loadSharedFiles()
#else
    Q_UNUSED(root);
#endif
    return cache;
}

bool ScanCache::adoptMainBlock(std::shared_ptr<char> memory, const QByteArray &main)
{
    qsizetype at = 0;
    const std::optional<QByteArray> stringsView = takeBlock(main, at);
    const std::optional<QByteArray> payloadView = stringsView ? takeBlock(main, at) : std::nullopt;
    std::optional<QStringList> strings = payloadView ? decodeStrings(*stringsView) : std::nullopt;
    DiskUsage total;
    if (!strings || main.size() - at != 3 * qsizetype(sizeof(qint64)))
        return false;
    memcpy(&total.apparentBytes, main.constData() + at, sizeof(qint64));
    memcpy(&total.allocatedBytes, main.constData() + at + 8, sizeof(qint64));
    memcpy(&total.fileCount, main.constData() + at + 16, sizeof(qint64));
    const QByteArray &payload = *payloadView;

    qsizetype offset = 0;
    quint32 count = 0;
    if (payload.size() < qsizetype(sizeof count))
        return false;
    memcpy(&count, payload.constData(), sizeof count);
    offset += sizeof count;
    if (count > quint32((payload.size() - offset) / 12))
        return false; // an entry is three blocks, each after its 32-bit length: never reserve what cannot be there
    QHash<QString, Encoded> loaded;
    loaded.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const std::optional<QByteArray> name = takeBlock(payload, offset);
        std::optional<QByteArray> watch = name ? takeBlock(payload, offset) : std::nullopt;
        std::optional<QByteArray> environment = watch ? takeBlock(payload, offset) : std::nullopt;
        if (!environment || watch->isEmpty())
            return false;
        loaded.insert(QString::fromUtf8(*name), {std::move(*watch), std::move(*environment), i});
    }
    if (offset != payload.size() || loaded.size() != qsizetype(count))
        return false;
    m_memory = std::move(memory);
    m_strings = std::move(*strings);
    m_loaded = std::move(loaded);
    m_total = total;
    return true;
}

ScanCache ScanCache::decode(QByteArrayView main, QByteArrayView shared)
{
    ScanCache cache;
    std::shared_ptr<char> memory = blockMemory(main.size());
    if (!main.isEmpty())
        memcpy(memory.get(), main.data(), size_t(main.size()));
    if (cache.adoptMainBlock(memory, QByteArray::fromRawData(memory.get(), main.size())))
        cache.decodeSharedFiles(shared);
    return cache;
}

QStringList ScanCache::names() const
{
    QStringList names = m_loaded.keys();
    names.sort();
    return names;
}

bool ScanCache::loadSharedFiles()
{
    if (!m_file)
        return m_loaded.isEmpty();
    const std::optional<FileBlock> checked = readCheckedBlock(*m_file);
    m_file.reset();
    if (!checked)
        return false;
    return decodeSharedFiles(checked->bytes);
}

bool ScanCache::decodeSharedFiles(QByteArrayView bytes)
{
    QList<SharedFiles> shared(m_loaded.size());
    qsizetype at = 0;
    for (SharedFiles &files : shared) {
        quint32 count = 0;
        if (bytes.size() - at < qsizetype(sizeof count))
            return false;
        memcpy(&count, bytes.constData() + at, sizeof count);
        at += sizeof count;
        if ((bytes.size() - at) / qsizetype(sizeof(SharedFile)) < qsizetype(count))
            return false;
        files.resize(count);
        if (count > 0) // an empty list has no storage to copy to
            memcpy(files.data(), bytes.constData() + at, count * sizeof(SharedFile));
        at += count * sizeof(SharedFile);
    }
    if (at != bytes.size())
        return false;
    m_shared = std::move(shared);
    return true;
}

SharedFiles ScanCache::sharedFiles(const QString &name) const
{
    const auto it = m_loaded.constFind(name);
    return it != m_loaded.cend() && it->order < m_shared.size() ? m_shared.at(it->order) : SharedFiles{};
}

bool ScanCache::save(const QString &root, const DiskUsage &total, QString *error) const
{
#ifdef Q_OS_UNIX
    StringTable strings;
    QByteArray payload;
    QByteArray shared;
    const quint32 count = quint32(m_kept.size());
    payload.append(reinterpret_cast<const char *>(&count), sizeof count);
    static_assert(sizeof(SharedFile) == 32); // raw, in the machine's order (the header names it)
    for (auto it = m_kept.cbegin(); it != m_kept.cend(); ++it) {
        BlockWriter environment(strings);
        writeEnvironment(environment, it->entry);
        appendBlock(payload, it.key().toUtf8());
        appendBlock(payload, it->watch);
        appendBlock(payload, environment.bytes);
        const SharedFiles &files = it->entry.sharedFiles;
        const quint32 sharedCount = quint32(files.size());
        shared.append(reinterpret_cast<const char *>(&sharedCount), sizeof sharedCount);
        if (!files.isEmpty()) {
            shared.append(reinterpret_cast<const char *>(files.constData()),
                          files.size() * qsizetype(sizeof(SharedFile)));
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
    // The main block is written piece by piece, never copied into one buffer: for a root of thousands of venvs
    // each copy is tens of megabytes, and the window's memory is measured while it saves.
    const qsizetype stringsSize = strings.encodedSize();
    const qsizetype mainSize =
        2 * qsizetype(sizeof(quint32)) + stringsSize + payload.size() + 3 * qsizetype(sizeof(qint64));
    bool written = mainSize <= 0xFFFFFFF0LL && shared.size() <= 0xFFFFFFF0LL;
    Checksum sum;
    const auto write = [&file, &written](QByteArrayView bytes) {
        written = written && file.write(bytes.data(), bytes.size()) == bytes.size();
    };
    const auto writeSummed = [&write, &sum](QByteArrayView bytes) {
        sum.add(bytes);
        write(bytes);
    };
    const auto writeSize = [](const auto &to, qsizetype size) {
        const quint32 value = quint32(size);
        to(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
    };
    // A block as appendBlock() frames it: its 32-bit length, then its bytes.
    const auto writeBlock = [&writeSize](const auto &to, QByteArrayView block) {
        writeSize(to, block.size());
        to(block);
    };
    writeBlock(write, header(root));
    writeSize(write, mainSize);
    writeSize(writeSummed, stringsSize);
    strings.encode(writeSummed);
    writeBlock(writeSummed, payload);
    for (const qint64 value : {total.apparentBytes, total.allocatedBytes, total.fileCount})
        writeSummed(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
    writeBlock(write, sum.result());
    writeBlock(write, shared);
    writeBlock(write, checksum(shared));
    if (!written) {
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
    Q_UNUSED(total);
    Q_UNUSED(error);
    return false;
#endif
}

ScanCache::Kept ScanCache::encode(CachedEnvironment entry)
{
    Kept kept;
    if (!entry.watch.isEmpty() && entry.watch.first().path == ".")
        kept.watch = encodeWatch(entry.watch);
    entry.watch = {}; // clear() would keep the list's memory: 27 MB for 2,000 venvs until the scan ends
    kept.entry = std::move(entry);
    return kept;
}

void ScanCache::insert(const Kept &kept)
{
    if (!kept.watch.isEmpty())
        m_kept.insert(kept.entry.environment.name, kept);
}

bool ScanCache::keep(const ScanCache &other, const CachedEnvironment &entry)
{
    const auto it = other.m_loaded.constFind(entry.environment.name);
    if (it == other.m_loaded.cend())
        return false;
    // A deep copy of the watch list: a loaded cache's blocks point into the bytes it read.
    m_kept.insert(entry.environment.name, {QByteArray(it->watch.constData(), it->watch.size()), entry});
    return true;
}

std::optional<CachedEnvironment> ScanCache::decoded(const QString &name) const
{
    const auto it = m_loaded.constFind(name);
    if (it == m_loaded.cend())
        return std::nullopt;
    CachedEnvironment entry;
    BlockReader in(it->environment, m_strings);
    readEnvironment(in, entry);
    if (!in.ok() || entry.environment.name != name)
        return std::nullopt;
    return entry;
}

std::optional<CachedEnvironment> ScanCache::reusable(const QString &name, const QString &path) const
{
#ifdef Q_OS_UNIX
    const auto it = m_loaded.constFind(name);
    if (it == m_loaded.cend())
        return std::nullopt;
    const int folder = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (folder < 0)
        return std::nullopt;
    const bool same = watchedPathsUnchanged(it->watch, folder);
    ::close(folder);
    if (!same)
        return std::nullopt;
    return decoded(name);
#else
    Q_UNUSED(name);
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

} // namespace venvdeck
