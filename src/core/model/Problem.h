#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace venvdeck {

// A problem met while reading the world: errors are values (ARCHITECTURE.md, convention 10).
// Every problem names the path it is about, so an admin can go and look.
struct Problem
{
    QString path;
    QString message;

    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

// One line per problem, "path: message", the path in the platform's separators: for a refusal, a log or a test's
// failure message.
QString describeProblems(const Problems &problems);

// What a reader returns: the value it found (if any) and every problem it met on the way.
template<typename T>
struct Read
{
    std::optional<T> value;
    Problems problems;
};

} // namespace venvdeck
