#pragma once

#include <QString>

namespace venvdeck {

struct ScanOptions
{
    QString root;            // the venv root; every direct child is described
    bool computeSizes = true; // walk every file for sizes (the slow part); off for `list --no-sizes`
    QString logsRoot;        // cloudshell-logging's root; empty: the platform default (defaultLogsRoot())
    // Reuse what the last scan with sizes read, for the venvs in which nothing it watched changed (ScanCache.h
    // says what that is), and keep this scan's for the next. `list` uses it (not with `--no-cache`), and so do the
    // window's scans (Scanner).
    bool useCache = false;
    // With useCache: reuse nothing (every venv read and measured again, as without the cache) but keep what was read
    // for the next scan. The window's Rescan Everything, for files edited in place, which the cache cannot see.
    bool readEverything = false;
};

} // namespace venvdeck
