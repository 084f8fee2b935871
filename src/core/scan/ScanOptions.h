#pragma once

#include <QString>

namespace venvdeck {

struct ScanOptions
{
    QString root;            // the venv root; every direct child is described
    bool computeSizes = true; // walk every file for sizes (the slow part); off for `list --no-sizes`
    QString logsRoot;        // cloudshell-logging's root; empty: the platform default (defaultLogsRoot())
};

} // namespace venvdeck
