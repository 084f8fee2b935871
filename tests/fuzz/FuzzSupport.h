#pragma once
// Shared by the libFuzzer targets in this folder: the input as bytes or text, a check that aborts (so the
// fuzzer records the input as a crash) when a documented promise of a parser does not hold, and a scratch file
// for the readers that take a path.

#include <QByteArray>
#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace venvdeck::fuzz {

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return {reinterpret_cast<const char *>(data), qsizetype(size)};
}

// Aborts with the message when `condition` is false: a broken promise counts as a crash.
inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

// One temporary folder per process, removed at exit. Targets overwrite the same few files in it on every
// input, so a long run neither fills the disk nor leaks handles.
inline QString scratchFolder()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/venvdeck-fuzz-XXXXXX"));
    check(folder.isValid(), "cannot create the scratch folder");
    return folder.path();
}

// Writes `content` to `<scratch>/<relativePath>` (creating folders) and returns the absolute path.
inline QString scratchFile(const QString &relativePath, QByteArrayView content)
{
    const QString path = scratchFolder() + u'/' + relativePath;
    QDir().mkpath(path.section(u'/', 0, -2));
    QFile file(path);
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the scratch file");
    check(file.write(content.data(), content.size()) == content.size(), "short write to the scratch file");
    return path;
}

} // namespace venvdeck::fuzz
