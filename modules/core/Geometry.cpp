#include "core/Geometry.h"

#include <QJsonArray>

Geometry Geometry::point(double lon, double lat)
{
    return Geometry(Type::Point, {{QPolygonF({QPointF(lon, lat)})}});
}

namespace {
const std::pair<std::string_view, Geometry::Type> kTypeNames[] = {
    {"Point", Geometry::Type::Point},
    {"MultiPoint", Geometry::Type::MultiPoint},
    {"LineString", Geometry::Type::LineString},
    {"MultiLineString", Geometry::Type::MultiLineString},
    {"Polygon", Geometry::Type::Polygon},
    {"MultiPolygon", Geometry::Type::MultiPolygon},
};
} // namespace

Geometry::Type Geometry::typeFromName(QStringView name)
{
    for (const auto &[text, type] : kTypeNames) {
        if (name == QLatin1String(text.data(), qsizetype(text.size())))
            return type;
    }
    return Type::None;
}

Geometry::Type Geometry::typeFromName(std::string_view name)
{
    for (const auto &[text, type] : kTypeNames) {
        if (name == text)
            return type;
    }
    return Type::None;
}

int Geometry::coordinateDepth(Type type)
{
    switch (type) {
    case Type::Point:
        return 1;
    case Type::LineString:
    case Type::MultiPoint:
        return 2;
    case Type::Polygon:
    case Type::MultiLineString:
        return 3;
    case Type::MultiPolygon:
        return 4;
    case Type::None:
        break;
    }
    return 0;
}

Geometry Geometry::fromCoordinates(Type type, QList<QList<QPolygonF>> lifted)
{
    if (type == Type::MultiPoint || type == Type::MultiLineString) {
        QList<QList<QPolygonF>> parts;
        for (const QList<QPolygonF> &polygon : std::as_const(lifted)) {
            for (const QPolygonF &ring : polygon) {
                if (type == Type::MultiLineString) {
                    parts.append({ring});
                    continue;
                }
                for (const QPointF &p : ring)
                    parts.append({QPolygonF({p})});
            }
        }
        return Geometry(type, std::move(parts));
    }
    return Geometry(type, std::move(lifted));
}

QString Geometry::typeName(Type type)
{
    switch (type) {
    case Type::Point:
        return QStringLiteral("Point");
    case Type::MultiPoint:
        return QStringLiteral("MultiPoint");
    case Type::LineString:
        return QStringLiteral("LineString");
    case Type::MultiLineString:
        return QStringLiteral("MultiLineString");
    case Type::Polygon:
        return QStringLiteral("Polygon");
    case Type::MultiPolygon:
        return QStringLiteral("MultiPolygon");
    case Type::None:
        break;
    }
    return {};
}

QPointF Geometry::firstPoint() const
{
    for (const auto &part : m_parts) {
        for (const QPolygonF &ring : part) {
            if (!ring.isEmpty())
                return ring.first();
        }
    }
    return {};
}

QRectF Geometry::bounds() const
{
    QRectF r;
    bool first = true;
    for (const auto &part : m_parts) {
        for (const QPolygonF &ring : part) {
            for (const QPointF &p : ring) {
                if (first) {
                    r = QRectF(p, QSizeF(0, 0));
                    first = false;
                } else {
                    r.setLeft(qMin(r.left(), p.x()));
                    r.setRight(qMax(r.right(), p.x()));
                    r.setTop(qMin(r.top(), p.y()));
                    r.setBottom(qMax(r.bottom(), p.y()));
                }
            }
        }
    }
    return r;
}

int Geometry::pointCount() const
{
    int n = 0;
    for (const auto &part : m_parts) {
        for (const QPolygonF &ring : part)
            n += int(ring.size());
    }
    return n;
}

namespace {
QJsonArray position(const QPointF &p)
{
    return QJsonArray{p.x(), p.y()};
}

QJsonArray ringArray(const QPolygonF &ring)
{
    QJsonArray out;
    for (const QPointF &p : ring)
        out.append(position(p));
    return out;
}

QJsonArray partArray(const QList<QPolygonF> &part)
{
    QJsonArray out;
    for (const QPolygonF &ring : part)
        out.append(ringArray(ring));
    return out;
}

bool readPosition(const QJsonValue &v, QPointF *out)
{
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return false;
    *out = QPointF(a.at(0).toDouble(), a.at(1).toDouble());
    return true;
}

bool readRing(const QJsonValue &v, QPolygonF *out)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &p : v.toArray()) {
        QPointF pt;
        if (!readPosition(p, &pt))
            return false;
        out->append(pt);
    }
    return true;
}

bool readPart(const QJsonValue &v, QList<QPolygonF> *out)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &r : v.toArray()) {
        QPolygonF ring;
        if (!readRing(r, &ring))
            return false;
        out->append(ring);
    }
    return true;
}
} // namespace

QJsonObject Geometry::toGeoJson() const
{
    if (!isValid())
        return {};
    QJsonValue coordinates;
    switch (m_type) {
    case Type::Point:
        coordinates = position(firstPoint());
        break;
    case Type::MultiPoint:
    case Type::LineString: {
        QPolygonF all;
        for (const auto &part : m_parts)
            for (const QPolygonF &ring : part)
                all += ring;
        coordinates = ringArray(all);
        break;
    }
    case Type::MultiLineString:
    case Type::Polygon: {
        QJsonArray rings;
        for (const auto &part : m_parts)
            for (const QPolygonF &ring : part)
                rings.append(ringArray(ring));
        coordinates = rings;
        break;
    }
    case Type::MultiPolygon: {
        QJsonArray parts;
        for (const auto &part : m_parts)
            parts.append(partArray(part));
        coordinates = parts;
        break;
    }
    case Type::None:
        return {};
    }
    return {{QStringLiteral("type"), typeName(m_type)}, {QStringLiteral("coordinates"), coordinates}};
}

Geometry Geometry::fromGeoJson(const QJsonObject &json, QString *error)
{
    const QString typeText = json.value(QStringLiteral("type")).toString();
    const Type type = typeFromName(typeText);
    const QJsonValue c = json.value(QStringLiteral("coordinates"));
    QList<QList<QPolygonF>> lifted;
    bool ok = false;
    switch (coordinateDepth(type)) {
    case 1: {
        QPointF p;
        ok = readPosition(c, &p);
        lifted = {{QPolygonF({p})}};
        break;
    }
    case 2: {
        QPolygonF ring;
        ok = readRing(c, &ring);
        lifted = {{ring}};
        break;
    }
    case 3: {
        QList<QPolygonF> rings;
        ok = readPart(c, &rings);
        lifted = {rings};
        break;
    }
    case 4:
        ok = c.isArray();
        for (const QJsonValue &p : c.toArray()) {
            QList<QPolygonF> part;
            ok = ok && readPart(p, &part);
            lifted.append(part);
        }
        break;
    default:
        if (error)
            *error = QStringLiteral("unknown geometry type \"%1\"").arg(typeText);
        return {};
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("invalid coordinates for a %1").arg(typeText);
        return {};
    }
    return fromCoordinates(type, std::move(lifted));
}
