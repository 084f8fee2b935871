#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace venvdeck::test {

// tests/data/<relative>
QString dataPath(const QString &relative);

// Writes `content` to `path`, creating parent folders; fails the test (QVERIFY-style, returns false) on error.
bool writeFile(const QString &path, const QByteArray &content);
bool makePath(const QString &path);

// Sets a file's (or folder's) modification time; returns false on error.
bool setModificationTime(const QString &path, const QDateTime &time);

// Copies a folder tree (files, folders; symbolic links recreated as links). Returns false on error.
bool copyTree(const QString &from, const QString &to);

// A venv-shaped POSIX tree written file by file (for scanner unit tests; the real venvs are in the
// integration tests): pyvenv.cfg naming `home`, bin/python (a link to home/python3 when `home` holds one),
// lib/python<X.Y>/site-packages with one dist-info per "name==version" in `packages`.
bool writeVenvTree(const QString &path, const QString &pythonVersion, const QString &home,
                   const QStringList &packages);

// Writes `bytes` bytes to `path` and hard-links it as `link` (a file shared the way uv's link mode or `cp -al`
// share one). Returns false on error.
bool writeHardLinkedFile(const QString &path, const QString &link, qsizetype bytes);

// The total `du -sbc FOLDERS...` prints on its last line: the folders' apparent sizes together, each hard-linked
// file once. -1 when du fails.
qint64 duTotal(const QStringList &folders);

// The venvdeck-cli the build made.
QString cliPath();

} // namespace venvdeck::test
