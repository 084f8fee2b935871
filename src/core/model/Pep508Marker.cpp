#include "model/Pep508Marker.h"

#include "index/Pep440Version.h"
#include "index/VersionSpecifier.h"
#include "model/Environment.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

constexpr int maxNesting = 64;

// PEP 508's variable for a name a marker may use (PEP 345's dotted spellings and setuptools' legacy one are
// aliases); empty when the name is none of them.
QString canonicalVariable(const QString &name)
{
    static const QMap<QString, QString> aliases{
        {u"os.name"_s, u"os_name"_s},
        {u"sys.platform"_s, u"sys_platform"_s},
        {u"platform.version"_s, u"platform_version"_s},
        {u"platform.machine"_s, u"platform_machine"_s},
        {u"platform.python_implementation"_s, u"platform_python_implementation"_s},
        {u"python_implementation"_s, u"platform_python_implementation"_s},
    };
    if (name == u"extra" || MarkerEnvironment::variableNames().contains(name))
        return name;
    return aliases.value(name);
}

bool isMarkerSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

} // namespace

QStringList MarkerEnvironment::variableNames()
{
    static const QStringList names{u"python_version"_s,
                                   u"python_full_version"_s,
                                   u"os_name"_s,
                                   u"sys_platform"_s,
                                   u"platform_release"_s,
                                   u"platform_system"_s,
                                   u"platform_version"_s,
                                   u"platform_machine"_s,
                                   u"platform_python_implementation"_s,
                                   u"implementation_name"_s,
                                   u"implementation_version"_s};
    return names;
}

bool MarkerEnvironment::isComplete() const
{
    const QStringList names = variableNames();
    return std::all_of(names.cbegin(), names.cend(), [this](const QString &name) { return values.contains(name); });
}

// Recursive descent over PEP 508's marker grammar, building the flat lists `packaging` builds: each group holds
// its comparisons and sub-groups with `and`/`or` between them.
class Pep508Marker::Parser
{
public:
    Parser(const QString &text, Pep508Marker &marker) : m_text(text), m_marker(marker) {}

    bool parse()
    {
        m_marker.m_nodes.push_back({});
        m_marker.m_nodes.back().kind = Node::Kind::Group;
        if (!parseExpression(0, 0))
            return false;
        skipSpace();
        if (m_position < m_text.size())
            return fail(m_text.at(m_position) == u')' ? QCoreApplication::translate("venvdeck", "a ')' without its '('") : QCoreApplication::translate("venvdeck", "expected 'and' or 'or'"));
        return true;
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &what)
    {
        m_error = QCoreApplication::translate("venvdeck", "invalid marker '%1': %2 at column %3")
                      .arg(m_text, what, QString::number(m_position + 1));
        return false;
    }

    void skipSpace()
    {
        while (m_position < m_text.size() && isMarkerSpace(m_text.at(m_position)))
            ++m_position;
    }

    bool take(QStringView word)
    {
        if (QStringView(m_text).mid(m_position).startsWith(word)) {
            m_position += word.size();
            return true;
        }
        return false;
    }

    int addNode(Node node, int group)
    {
        m_marker.m_nodes.push_back(std::move(node));
        const int index = int(m_marker.m_nodes.size()) - 1;
        m_marker.m_nodes[size_t(group)].items.push_back(index);
        return index;
    }

    // expression := atom (('and' | 'or') atom)*, atom := comparison | '(' expression ')'
    bool parseExpression(int group, int depth)
    {
        for (;;) {
            skipSpace();
            if (take(u"(")) {
                if (depth >= maxNesting)
                    return fail(QCoreApplication::translate("venvdeck", "parentheses nested more than %1 deep").arg(maxNesting));
                Node inner;
                inner.kind = Node::Kind::Group;
                const int index = addNode(std::move(inner), group);
                if (!parseExpression(index, depth + 1))
                    return false;
                skipSpace();
                if (!take(u")"))
                    return fail(QCoreApplication::translate("venvdeck", "expected ')'"));
            } else if (!parseComparison(group)) {
                return false;
            }
            skipSpace();
            if (m_position >= m_text.size() || m_text.at(m_position) == u')')
                return true;
            Node join;
            if (take(u"and"))
                join.kind = Node::Kind::And;
            else if (take(u"or"))
                join.kind = Node::Kind::Or;
            else
                return fail(QCoreApplication::translate("venvdeck", "expected 'and', 'or' or the end"));
            addNode(std::move(join), group);
        }
    }

    // A variable or a quoted string: true with the variable's canonical name or the string's content.
    bool parseOperand(bool *isVariable, QString *value)
    {
        skipSpace();
        if (m_position >= m_text.size())
            return fail(QCoreApplication::translate("venvdeck", "expected a variable or a quoted string"));
        const QChar quote = m_text.at(m_position);
        if (quote == u'"' || quote == u'\'') {
            const qsizetype start = m_position + 1;
            qsizetype end = start;
            while (end < m_text.size() && m_text.at(end) != quote && m_text.at(end) != u'\n')
                ++end;
            if (end >= m_text.size() || m_text.at(end) != quote)
                return fail(QCoreApplication::translate("venvdeck", "a string without its closing quote"));
            *isVariable = false;
            *value = m_text.mid(start, end - start);
            m_position = end + 1;
            return true;
        }
        qsizetype end = m_position;
        while (end < m_text.size() &&
               (m_text.at(end).isLetterOrNumber() || m_text.at(end) == u'_' || m_text.at(end) == u'.'))
            ++end;
        const QString name = m_text.mid(m_position, end - m_position);
        if (name.isEmpty())
            return fail(QCoreApplication::translate("venvdeck", "expected a variable or a quoted string"));
        const QString canonical = canonicalVariable(name);
        if (canonical.isEmpty())
            return fail(QCoreApplication::translate("venvdeck", "'%1' is not an environment marker variable").arg(name));
        *isVariable = true;
        *value = canonical;
        m_position = end;
        return true;
    }

    bool parseOperator(QString *op)
    {
        skipSpace();
        for (const QStringView candidate : {u"===", u"==", u"!=", u"<=", u">=", u"~=", u"<", u">", u"in"}) {
            if (take(candidate)) {
                *op = candidate.toString();
                return true;
            }
        }
        const qsizetype start = m_position;
        if (take(u"not")) {
            const qsizetype afterNot = m_position;
            skipSpace();
            if (m_position > afterNot && take(u"in")) {
                *op = u"not in"_s;
                return true;
            }
        }
        m_position = start;
        return fail(QCoreApplication::translate("venvdeck", "expected a comparison operator (==, !=, <, <=, >, >=, ~=, ===, in, not in)"));
    }

    bool parseComparison(int group)
    {
        Node node;
        const qsizetype start = m_position;
        if (!parseOperand(&node.leftIsVariable, &node.left) || !parseOperator(&node.op) ||
            !parseOperand(&node.rightIsVariable, &node.right))
            return false;
        if (node.leftIsVariable == node.rightIsVariable) {
            m_position = start;
            return fail(node.leftIsVariable ? QCoreApplication::translate("venvdeck", "a comparison of two variables")
                                            : QCoreApplication::translate("venvdeck", "a comparison of two quoted strings"));
        }
        addNode(std::move(node), group);
        return true;
    }

    const QString &m_text;
    Pep508Marker &m_marker;
    qsizetype m_position = 0;
    QString m_error;
};

std::optional<Pep508Marker> Pep508Marker::parse(const QString &text, QString *error)
{
    Pep508Marker marker;
    marker.m_text = text;
    Parser parser(marker.m_text, marker);
    if (!parser.parse()) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    return marker;
}

std::optional<bool> Pep508Marker::evaluate(const MarkerEnvironment &environment, const QString &extra,
                                           QString *error) const
{
    if (m_nodes.empty()) {
        if (error)
            *error = QCoreApplication::translate("venvdeck", "an empty marker");
        return std::nullopt;
    }
    return evaluateGroup(0, environment, extra, error);
}

std::optional<bool> Pep508Marker::evaluateGroup(int group, const MarkerEnvironment &environment,
                                                const QString &extra, QString *error) const
{
    // `and` binds closer than `or`: true when every item of one `or`-separated run is true.
    bool anyRun = false;
    bool run = true;
    for (const int index : m_nodes[size_t(group)].items) {
        const Node &node = m_nodes[size_t(index)];
        if (node.kind == Node::Kind::And)
            continue;
        if (node.kind == Node::Kind::Or) {
            anyRun = anyRun || run;
            run = true;
            continue;
        }
        const std::optional<bool> value = node.kind == Node::Kind::Group
                                              ? evaluateGroup(index, environment, extra, error)
                                              : evaluateComparison(node, environment, extra, error);
        if (!value)
            return std::nullopt;
        run = run && *value;
    }
    return anyRun || run;
}

std::optional<bool> Pep508Marker::evaluateComparison(const Node &node, const MarkerEnvironment &environment,
                                                     const QString &extra, QString *error) const
{
    const auto valueOf = [&](bool isVariable, const QString &text) -> std::optional<QString> {
        if (!isVariable)
            return text;
        if (text == u"extra")
            return extra;
        const auto found = environment.values.constFind(text);
        if (found == environment.values.cend())
            return std::nullopt;
        return *found;
    };
    std::optional<QString> left = valueOf(node.leftIsVariable, node.left);
    std::optional<QString> right = valueOf(node.rightIsVariable, node.right);
    if (!left || !right) {
        if (error) {
            *error = QCoreApplication::translate("venvdeck", "marker '%1': the environment has no value for %2")
                         .arg(m_text, node.leftIsVariable ? node.left : node.right);
        }
        return std::nullopt;
    }
    if ((node.leftIsVariable ? node.left : node.right) == u"extra") {
        // PEP 685: extras compare by their normalised names.
        left = normalizedProjectName(*left);
        right = normalizedProjectName(*right);
    }
    const QString &op = node.op;
    if (op == u"in")
        return right->contains(*left);
    if (op == u"not in")
        return !right->contains(*left);
    // A version comparison when the operator and the right side make a PEP 440 specifier and the left side is a
    // version (`packaging` builds Specifier(op + right) and asks whether it contains the left side).
    if (!right->contains(u',')) {
        if (const std::optional<Pep440Version> version = Pep440Version::parse(*left)) {
            if (const std::optional<bool> allowed = specifierAllows(op + *right, *version))
                return *allowed;
        }
    }
    const int order = left->compare(*right);
    if (op == u"==")
        return order == 0;
    if (op == u"!=")
        return order != 0;
    if (op == u"<")
        return order < 0;
    if (op == u"<=")
        return order <= 0;
    if (op == u">")
        return order > 0;
    if (op == u">=")
        return order >= 0;
    if (error)
        *error = QCoreApplication::translate("venvdeck", "marker '%1': %2 cannot compare '%3' with '%4', which are not versions").arg(m_text, op, *left, *right);
    return std::nullopt;
}

QString Pep508Marker::toString() const
{
    return m_nodes.empty() ? QString() : format(0, true);
}

QString Pep508Marker::format(int index, bool first) const
{
    // packaging's _format_marker: a group of one item is that item, without parentheses. (packaging then prints
    // the item as if it stood alone, which drops the parentheses of `a and ((b or c))`; here it keeps its place.)
    const Node &node = m_nodes[size_t(index)];
    switch (node.kind) {
    case Node::Kind::And:
        return u"and"_s;
    case Node::Kind::Or:
        return u"or"_s;
    case Node::Kind::Comparison: {
        // packaging always uses double quotes; a value holding one keeps its single quotes, so it reads back.
        const auto side = [](bool isVariable, const QString &text) {
            const QChar quote = text.contains(u'"') ? u'\'' : u'"';
            return isVariable ? text : quote + text + quote;
        };
        return side(node.leftIsVariable, node.left) + u' ' + node.op + u' ' + side(node.rightIsVariable, node.right);
    }
    case Node::Kind::Group:
        break;
    }
    if (node.items.size() == 1)
        return format(node.items.front(), first);
    QStringList parts;
    for (const int item : node.items)
        parts.append(format(item, false));
    const QString inner = parts.join(u' ');
    return first ? inner : u'(' + inner + u')';
}

} // namespace venvdeck
