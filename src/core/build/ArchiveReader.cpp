#include "build/ArchiveReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

struct ArchiveDeleter
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};

QString entryName(struct archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char *raw = archive_entry_pathname(entry))
        return QString::fromLocal8Bit(raw);
    return {};
}

QString linkTargetOf(struct archive_entry *entry)
{
    if (const char *target = archive_entry_symlink(entry))
        return QString::fromUtf8(target);
    if (const char *target = archive_entry_hardlink(entry))
        return QString::fromUtf8(target);
    return {};
}

bool isAbsolute(const QString &path)
{
    static const QRegularExpression drive(uR"(^[A-Za-z]:)"_s);
    return path.startsWith(u'/') || path.startsWith(u'\\') || drive.match(path).hasMatch();
}

} // namespace

QString unsafeArchiveEntryReason(const QString &name, const QString &linkTarget)
{
    if (name.isEmpty())
        return tr("an entry without a name");
    if (name.contains(QChar(0)))
        return tr("a name holding a NUL character");
    if (isAbsolute(name))
        return tr("an absolute path");
    const QStringList segments = QString(name).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts);
    if (segments.contains(u".."_s))
        return tr("a path that climbs out with '..'");
    if (linkTarget.isEmpty())
        return {};
    if (isAbsolute(linkTarget))
        return tr("a link to an absolute path");
    // Resolve the target from the link's own folder; it must stay inside the archive's folder.
    int depth = int(segments.size()) - 1;
    for (const QString &segment : QString(linkTarget).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..")
            --depth;
        else if (segment != u".")
            ++depth;
        if (depth < 0)
            return tr("a link that leads out of the archive");
    }
    return {};
}

Read<ArchiveContents> readArchive(const QByteArray &archive, const QString &displayPath,
                                  const std::function<bool(const QString &)> &wanted, const ArchiveLimits &limits)
{
    Read<ArchiveContents> result;
    const auto refuse = [&](const QString &message) {
        result.value.reset();
        result.problems.append({displayPath, message});
        return result;
    };
    std::unique_ptr<struct archive, ArchiveDeleter> reader(archive_read_new());
    archive_read_support_format_zip(reader.get());
    archive_read_support_filter_none(reader.get());
    if (archive_read_open_memory(reader.get(), archive.constData(), size_t(archive.size())) != ARCHIVE_OK)
        return refuse(tr("is not a zip archive: %1").arg(QString::fromUtf8(archive_error_string(reader.get()))));

    ArchiveContents contents;
    qint64 declaredTotal = 0;
    qint64 unpackedTotal = 0; // what is held in memory: many large wanted entries are a bomb too
    struct archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            return refuse(tr("cannot be read: %1").arg(QString::fromUtf8(archive_error_string(reader.get()))));
        }
        const QString name = entryName(entry);
        const mode_t type = archive_entry_filetype(entry);
        const QString link = linkTargetOf(entry);
        if ((type == AE_IFLNK || archive_entry_hardlink(entry)) && link.isEmpty())
            return refuse(tr("holds a link without a target (%1); refused").arg(name));
        const QString unsafe = unsafeArchiveEntryReason(name, link);
        if (!unsafe.isEmpty())
            return refuse(tr("holds an unsafe entry '%1' (%2); the package is refused").arg(name, unsafe));
        if (contents.names.size() >= limits.maxEntries)
            return refuse(tr("holds more than %1 entries; refused").arg(limits.maxEntries));
        contents.names.append(name);
        if (archive_entry_size_is_set(entry))
            declaredTotal += archive_entry_size(entry);
        if (declaredTotal > limits.maxTotalBytes) {
            return refuse(tr("would unpack to more than %1 MiB; refused (a zip bomb?)")
                              .arg(mebibytes(limits.maxTotalBytes)));
        }
        if (type != AE_IFREG || link.size() > 0 || !wanted || !wanted(name))
            continue;
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > limits.maxEntryBytes) {
            return refuse(tr("its entry '%1' would unpack to more than %2 MiB; refused (a zip bomb?)")
                              .arg(name, mebibytes(limits.maxEntryBytes)));
        }
        QByteArray data;
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t read = archive_read_data(reader.get(), buffer, sizeof buffer);
            if (read == 0)
                break;
            if (read < 0) {
                return refuse(tr("its entry '%1' cannot be unpacked: %2")
                                  .arg(name, QString::fromUtf8(archive_error_string(reader.get()))));
            }
            if (data.size() + read > limits.maxEntryBytes) {
                return refuse(tr("its entry '%1' unpacks to more than %2 MiB; refused (a zip bomb?)")
                                  .arg(name, mebibytes(limits.maxEntryBytes)));
            }
            unpackedTotal += read;
            if (unpackedTotal > limits.maxUnpackedBytes) {
                return refuse(tr("its entries unpack to more than %1 MiB together; refused (a zip bomb?)")
                                  .arg(mebibytes(limits.maxUnpackedBytes)));
            }
            data.append(buffer, read);
        }
        contents.files.insert(name, data);
    }
    result.value = contents;
    return result;
}

Read<ArchiveContents> readArchiveFile(const QString &path, const std::function<bool(const QString &)> &wanted,
                                      const ArchiveLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {{path, tr("cannot be opened: %1").arg(file.errorString())}}};
    if (file.size() > limits.maxArchiveBytes) {
        return {{}, {{path, tr("is larger than %1 MiB; refused").arg(mebibytes(limits.maxArchiveBytes))}}};
    }
    return readArchive(file.readAll(), path, wanted, limits);
}

} // namespace venvdeck
