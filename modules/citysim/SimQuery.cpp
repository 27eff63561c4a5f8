#include "citysim/SimQuery.h"

#include "citysim/SimGeo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <vector>

struct SimQuery::Node
{
    enum class Kind { And, Or, Compare, Exists };
    Kind kind = Kind::Exists;
    std::vector<std::unique_ptr<Node>> children;
    QStringList path;      // attribute, then sub-attributes
    QStringList members;   // [key] members into a JSON value
    QString op;
    QList<QJsonValue> values;   // a list means "any of"
    bool range = false;         // values = {low, high}
};

namespace {
class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    std::unique_ptr<SimQuery::Node> parse(QString *error);

private:
    using Node = SimQuery::Node;
    std::unique_ptr<Node> orExpression();
    std::unique_ptr<Node> andExpression();
    std::unique_ptr<Node> term();
    QJsonValue scalar(const QString &token) const;
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 at position %2 of q").arg(message).arg(m_pos);
        return false;
    }
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }

    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

std::unique_ptr<SimQuery::Node> Parser::parse(QString *error)
{
    auto root = orExpression();
    if (root && m_pos < m_text.size())
        fail(QStringLiteral("unexpected '%1'").arg(m_text.at(m_pos)));
    if (!m_error.isEmpty()) {
        *error = m_error;
        return nullptr;
    }
    return root;
}

std::unique_ptr<SimQuery::Node> Parser::orExpression()
{
    auto left = andExpression();
    while (left && peek() == QLatin1Char('|')) {
        ++m_pos;
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Or;
        node->children.push_back(std::move(left));
        auto right = andExpression();
        if (!right)
            return nullptr;
        node->children.push_back(std::move(right));
        left = std::move(node);
    }
    return left;
}

std::unique_ptr<SimQuery::Node> Parser::andExpression()
{
    auto left = term();
    while (left && peek() == QLatin1Char(';')) {
        ++m_pos;
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::And;
        node->children.push_back(std::move(left));
        auto right = term();
        if (!right)
            return nullptr;
        node->children.push_back(std::move(right));
        left = std::move(node);
    }
    return left;
}

std::unique_ptr<SimQuery::Node> Parser::term()
{
    if (peek() == QLatin1Char('(')) {
        ++m_pos;
        auto inner = orExpression();
        if (!inner)
            return nullptr;
        if (peek() != QLatin1Char(')')) {
            fail(QStringLiteral("missing ')'"));
            return nullptr;
        }
        ++m_pos;
        return inner;
    }
    // Attribute path: name(.name)*([key])*
    static const QRegularExpression pathRe(QStringLiteral("\\G([A-Za-z_@][\\w:/#@-]*(?:\\.[A-Za-z_@][\\w:/#@-]*)*)((?:\\[[^\\]]+\\])*)"));
    const QRegularExpressionMatch m = pathRe.match(m_text, m_pos, QRegularExpression::NormalMatch,
                                                   QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch()) {
        fail(QStringLiteral("an attribute name was expected"));
        return nullptr;
    }
    m_pos = m.capturedEnd(0);
    auto node = std::make_unique<Node>();
    node->path = m.captured(1).split(QLatin1Char('.'));
    for (const QString &member : m.captured(2).split(QLatin1Char(']'), Qt::SkipEmptyParts))
        node->members << member.mid(1);
    static const QStringList ops{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral(">="), QStringLiteral("<="),
                                 QStringLiteral("!~="), QStringLiteral("~="), QStringLiteral(">"), QStringLiteral("<")};
    for (const QString &op : ops) {
        if (QStringView(m_text).mid(m_pos).startsWith(op)) {
            node->op = op;
            m_pos += op.size();
            break;
        }
    }
    if (node->op.isEmpty()) {
        node->kind = Node::Kind::Exists;
        return node;
    }
    node->kind = Node::Kind::Compare;
    // The value runs to the next ';', '|' or ')' outside quotes.
    QStringList tokens{QString()};
    bool quoted = false;
    for (; m_pos < m_text.size(); ++m_pos) {
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && (c == QLatin1Char(';') || c == QLatin1Char('|') || c == QLatin1Char(')')))
            break;
        if (!quoted && c == QLatin1Char(',')) {
            tokens << QString();
            continue;
        }
        tokens.last() += c;
    }
    if (quoted || tokens.last().isEmpty()) {
        fail(quoted ? QStringLiteral("unterminated text") : QStringLiteral("a value was expected"));
        return nullptr;
    }
    if (tokens.size() == 1 && !tokens.first().startsWith(QLatin1Char('"')) && tokens.first().contains(QLatin1String(".."))) {
        const QStringList bounds = tokens.first().split(QStringLiteral(".."));
        node->range = true;
        node->values = {scalar(bounds.value(0)), scalar(bounds.value(1))};
    } else {
        for (const QString &t : tokens)
            node->values << scalar(t);
    }
    if ((node->op == QLatin1String("~=") || node->op == QLatin1String("!~=")) && !QRegularExpression(node->values.first().toString()).isValid()) {
        fail(QStringLiteral("invalid pattern"));
        return nullptr;
    }
    return node;
}

QJsonValue Parser::scalar(const QString &token) const
{
    if (token.size() >= 2 && token.startsWith(QLatin1Char('"')) && token.endsWith(QLatin1Char('"')))
        return token.mid(1, token.size() - 2);
    if (token == QLatin1String("true") || token == QLatin1String("false"))
        return token == QLatin1String("true");
    bool ok = false;
    const double n = token.toDouble(&ok);
    return ok ? QJsonValue(n) : QJsonValue(token); // dates and URIs travel unquoted
}

// The values an attribute path designates in a normalized entity (every instance, every element).
QList<QJsonValue> resolve(const QJsonObject &entity, const QStringList &path, const QStringList &members)
{
    QList<QJsonValue> attributes{entity.value(path.first())};
    for (qsizetype i = 1; i < path.size(); ++i) {
        QList<QJsonValue> next;
        for (const QJsonValue &a : attributes) {
            const QJsonArray instances = a.isArray() ? a.toArray() : QJsonArray{a};
            for (const QJsonValue &inst : instances)
                next << inst.toObject().value(path.at(i));
        }
        attributes = next;
    }
    QList<QJsonValue> out;
    for (const QJsonValue &a : attributes) {
        const QJsonArray instances = a.isArray() ? a.toArray() : QJsonArray{a};
        for (const QJsonValue &inst : instances) {
            const QJsonObject o = inst.toObject();
            if (o.isEmpty())
                continue;
            QJsonValue v = o.contains(QStringLiteral("object")) ? o.value(QStringLiteral("object")) : o.value(QStringLiteral("value"));
            if (v.isObject() && v.toObject().contains(QStringLiteral("@value")))
                v = v.toObject().value(QStringLiteral("@value"));
            for (const QString &m : members)
                v = v.toObject().value(m);
            if (v.isArray()) {
                for (const QJsonValue &e : v.toArray())
                    out << e;
            } else if (!v.isUndefined()) {
                out << v;
            }
        }
    }
    return out;
}

int compare(const QJsonValue &a, const QJsonValue &b, bool *comparable)
{
    *comparable = true;
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString());
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    if (a.isString() && b.isDouble()) { // numbers sent as text
        bool ok = false;
        const double n = a.toString().toDouble(&ok);
        if (ok)
            return n < b.toDouble() ? -1 : n > b.toDouble() ? 1 : 0;
    }
    *comparable = false;
    return 0;
}

bool evaluate(const SimQuery::Node &node, const QJsonObject &entity)
{
    using Kind = SimQuery::Node::Kind;
    switch (node.kind) {
    case Kind::And:
        return evaluate(*node.children[0], entity) && evaluate(*node.children[1], entity);
    case Kind::Or:
        return evaluate(*node.children[0], entity) || evaluate(*node.children[1], entity);
    case Kind::Exists:
        return !resolve(entity, node.path, node.members).isEmpty();
    case Kind::Compare:
        break;
    }
    const QList<QJsonValue> values = resolve(entity, node.path, node.members);
    const bool negated = node.op == QLatin1String("!=") || node.op == QLatin1String("!~=");
    bool any = false;
    for (const QJsonValue &v : values) {
        bool ok = false;
        if (node.op.endsWith(QLatin1String("~="))) {
            any |= v.isString() && QRegularExpression(node.values.first().toString()).match(v.toString()).hasMatch();
        } else if (node.range) {
            bool okLow = false, okHigh = false;
            any |= compare(v, node.values[0], &okLow) >= 0 && compare(v, node.values[1], &okHigh) <= 0 && okLow && okHigh;
        } else {
            for (const QJsonValue &wanted : node.values) {
                const int c = compare(v, wanted, &ok);
                if (!ok)
                    continue;
                if (node.op == QLatin1String("==") || node.op == QLatin1String("!="))
                    any |= c == 0;
                else if (node.op == QLatin1String(">"))
                    any |= c > 0;
                else if (node.op == QLatin1String(">="))
                    any |= c >= 0;
                else if (node.op == QLatin1String("<"))
                    any |= c < 0;
                else if (node.op == QLatin1String("<="))
                    any |= c <= 0;
            }
        }
    }
    return negated ? !values.isEmpty() && !any : any;
}

QList<QPointF> positions(const QJsonValue &coordinates)
{
    QList<QPointF> out;
    const QJsonArray a = coordinates.toArray();
    if (a.size() >= 2 && a.at(0).isDouble())
        return {QPointF(a.at(0).toDouble(), a.at(1).toDouble())};
    for (const QJsonValue &v : a)
        out << positions(v);
    return out;
}
} // namespace

SimQuery::SimQuery() = default;
SimQuery::~SimQuery() = default;
SimQuery::SimQuery(SimQuery &&) noexcept = default;
SimQuery &SimQuery::operator=(SimQuery &&) noexcept = default;

bool SimQuery::setQ(const QString &q, QString *error)
{
    m_root.reset();
    if (q.trimmed().isEmpty())
        return true;
    Parser parser(q.trimmed());
    m_root = parser.parse(error);
    return bool(m_root);
}

bool SimQuery::setGeo(const QString &georel, const QString &geometry, const QString &coordinates,
                      const QString &geoproperty, QString *error)
{
    m_georel = GeoRel::None;
    if (georel.isEmpty())
        return true;
    const QStringList parts = georel.split(QLatin1Char(';'));
    const QString rel = parts.first();
    if (rel == QLatin1String("near")) {
        m_georel = GeoRel::Near;
        for (const QString &p : parts.mid(1)) {
            if (p.startsWith(QLatin1String("maxDistance==")))
                m_maxDistance = p.mid(13).toDouble();
            else if (p.startsWith(QLatin1String("minDistance==")))
                m_minDistance = p.mid(13).toDouble();
        }
        if (m_maxDistance < 0 && m_minDistance < 0) {
            *error = QStringLiteral("near needs maxDistance or minDistance");
            return false;
        }
    } else if (rel == QLatin1String("within")) {
        m_georel = GeoRel::Within;
    } else if (rel == QLatin1String("intersects")) {
        m_georel = GeoRel::Intersects;
    } else if (rel == QLatin1String("disjoint")) {
        m_georel = GeoRel::Disjoint;
    } else {
        *error = QStringLiteral("unsupported georel \"%1\"").arg(rel);
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(coordinates.toUtf8());
    const QList<QPointF> points = positions(doc.array());
    if (!doc.isArray() || points.isEmpty()) {
        *error = QStringLiteral("coordinates are not a JSON array of positions");
        return false;
    }
    m_isPoint = geometry == QLatin1String("Point");
    if (!m_isPoint && geometry != QLatin1String("Polygon")) {
        *error = QStringLiteral("geometry must be Point or Polygon");
        return false;
    }
    if (m_georel == GeoRel::Near && !m_isPoint) {
        *error = QStringLiteral("near needs a Point");
        return false;
    }
    m_point = points.first();
    m_polygon = QPolygonF(QList<QPointF>(points.cbegin(), points.cend()));
    if (!geoproperty.isEmpty())
        m_geoproperty = geoproperty;
    return true;
}

bool SimQuery::matchesGeo(const QJsonObject &entity) const
{
    const QJsonValue attribute = entity.value(m_geoproperty);
    const QJsonObject geometry = (attribute.isArray() ? attribute.toArray().first() : attribute).toObject().value(QStringLiteral("value")).toObject();
    const QList<QPointF> points = positions(geometry.value(QStringLiteral("coordinates")));
    if (points.isEmpty())
        return false;
    if (m_georel == GeoRel::Near) {
        double nearest = std::numeric_limits<double>::max();
        for (QPointF p : points)
            nearest = std::min(nearest, SimGeo::distance(p, m_point));
        return (m_maxDistance < 0 || nearest <= m_maxDistance) && (m_minDistance < 0 || nearest >= m_minDistance);
    }
    auto inside = [this](QPointF p) {
        return m_isPoint ? SimGeo::distance(p, m_point) < 0.01 : m_polygon.containsPoint(p, Qt::OddEvenFill);
    };
    int in = 0;
    for (QPointF p : points)
        in += inside(p) ? 1 : 0;
    switch (m_georel) {
    case GeoRel::Within: return in == points.size();
    case GeoRel::Intersects: return in > 0;
    case GeoRel::Disjoint: return in == 0;
    default: return true;
    }
}

bool SimQuery::matches(const QJsonObject &entity) const
{
    if (m_root && !evaluate(*m_root, entity))
        return false;
    return m_georel == GeoRel::None || matchesGeo(entity);
}
