#include "model/Problem.h"

#include <QDir>
#include <QStringList>

namespace venvdeck {

QString describeProblems(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(QDir::toNativeSeparators(problem.path) + QStringLiteral(": ") + problem.message);
    return lines.join(u'\n');
}

} // namespace venvdeck
