#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace venvdeck {

// The values of PEP 508's environment markers for one interpreter: python_version, python_full_version,
// os_name, sys_platform, platform_release, platform_system, platform_version, platform_machine,
// platform_python_implementation, implementation_name, implementation_version. `extra` is not among them: it is
// given to each evaluation.
struct MarkerEnvironment
{
    QMap<QString, QString> values; // variable name (PEP 508 spelling) -> value

    // The variables PEP 508 defines, without `extra`, in its order.
    static QStringList variableNames();
    // Every variable present: what evaluation needs.
    bool isComplete() const;
};

// A PEP 508 environment marker (the text after `;` of a requirement), parsed once, evaluated for an
// environment. The grammar is PEP 508's: comparisons `VARIABLE OP "value"` or `"value" OP VARIABLE` (quotes ' or "),
// `and` (binding closer than `or`), `or`, parentheses; the operators ===, ==, !=, <=, >=, <, >, ~=, `in`,
// `not in`; the PEP 345 spellings (os.name, sys.platform, platform.version, platform.machine,
// platform.python_implementation) and setuptools' python_implementation as aliases.
//
// Evaluation follows PEP 508 as the `packaging` library does: a comparison whose value and operator make a
// valid PEP 440 specifier and whose other side is a valid version is a version comparison (pre-releases
// included); otherwise `in`/`not in` test for a substring and the other operators compare the strings;
// ~= and === on strings that are not versions cannot be evaluated (an error, never true or false). `extra`
// is compared PEP 503-normalised (PEP 685).
class Pep508Marker final
{
public:
    // nullopt, and in `error` what is wrong, naming the marker's text and the position, when `text` is not a
    // marker. Nesting deeper than 64 parentheses is refused.
    static std::optional<Pep508Marker> parse(const QString &text, QString *error = nullptr);

    // True or false for `environment` with `extra` ("" for a distribution's own requirements); nullopt, and
    // in `error` why, when a comparison cannot be evaluated or the environment lacks a variable. Every
    // comparison is evaluated (none is skipped by short-circuit), so an error is never hidden.
    std::optional<bool> evaluate(const MarkerEnvironment &environment, const QString &extra = {},
                                 QString *error = nullptr) const;

    // The marker as pip prints it (the `packaging` library's str(Marker)): canonical variable names, values
    // in double quotes, one space between tokens, parentheses that hold a single item dropped. Parsed again, it
    // gives the same marker.
    QString toString() const;

private:
    struct Node
    {
        enum class Kind
        {
            Comparison,
            Group,
            And,
            Or
        };
        Kind kind = Kind::Comparison;
        // Comparison: each side is a variable (its canonical name) or a literal value.
        bool leftIsVariable = false;
        QString left;
        QString op;
        bool rightIsVariable = false;
        QString right;
        // Group: the indices of its items in m_nodes (comparisons and groups, with And/Or between them).
        std::vector<int> items;
    };

    class Parser;
    friend class Parser;

    std::optional<bool> evaluateGroup(int group, const MarkerEnvironment &environment, const QString &extra,
                                      QString *error) const;
    std::optional<bool> evaluateComparison(const Node &node, const MarkerEnvironment &environment,
                                           const QString &extra, QString *error) const;
    QString format(int node, bool first) const;

    QString m_text;
    std::vector<Node> m_nodes; // m_nodes[0] is the whole marker (a group)
};

} // namespace venvdeck
