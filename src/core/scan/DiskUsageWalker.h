#pragma once

#include "model/Environment.h"
#include "model/Problem.h"

#include <QString>

#include <atomic>

namespace venvdeck {

// Walks a tree without following symbolic links, stat-ing each entry once. Hard links are counted once.
// Unreadable folders are problems naming their path; the walk goes on. `cancel` may be null.
DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel = nullptr);

} // namespace venvdeck
