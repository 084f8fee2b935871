#pragma once

#include <QString>

namespace venvdeck {

struct ScanOptions
{
    QString root;            // the venv root; every direct child is described
    bool computeSizes = true; // walk every file for sizes (the slow part); off for `list --no-sizes`
    QString logsRoot;        // cloudshell-logging's root; empty: the platform default (defaultLogsRoot())
    // Reuse what the last scan with sizes read, for the venvs in which nothing it watched changed (ScanCache.h
    // says what that is), and keep this scan's for the next. scanRoot only; `list` uses it (`--no-cache`).
    bool useCache = false;
};

} // namespace venvdeck
