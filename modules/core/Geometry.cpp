#include "core/Geometry.h"

#include <QJsonArray>

Geometry Geometry::point(double lon, double lat)
{
    return Geometry(Type::Point, {{QPolygonF({QPointF(lon, lat)})}});
}

Geometry::Type Geometry::typeFromName(QStringView name)
{
    static const std::pair<const char *, Type> names[] = {
        {"Point", Type::Point},           {"MultiPoint", Type::MultiPoint}, {"LineString", Type::LineString},
        {"MultiLineString", Type::MultiLineString}, {"Polygon", Type::Polygon}, {"MultiPolygon", Type::MultiPolygon}};
    for (const auto &[text, type] : names) {
        if (name == QLatin1String(text))
            return type;
    }
    return Type::None;
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
    QList<QList<QPolygonF>> parts;
    bool ok = false;
    switch (type) {
    case Type::Point: {
        QPointF p;
        ok = readPosition(c, &p);
        parts = {{QPolygonF({p})}};
        break;
    }
    case Type::MultiPoint:
    case Type::LineString: {
        QPolygonF ring;
        ok = readRing(c, &ring);
        if (type == Type::LineString) {
            parts = {{ring}};
        } else {
            for (const QPointF &p : std::as_const(ring))
                parts.append({QPolygonF({p})});
        }
        break;
    }
    case Type::MultiLineString:
    case Type::Polygon: {
        QList<QPolygonF> rings;
        ok = readPart(c, &rings);
        if (type == Type::Polygon) {
            parts = {rings};
        } else {
            for (const QPolygonF &r : std::as_const(rings))
                parts.append({r});
        }
        break;
    }
    case Type::MultiPolygon:
        ok = c.isArray();
        for (const QJsonValue &p : c.toArray()) {
            QList<QPolygonF> part;
            ok = ok && readPart(p, &part);
            parts.append(part);
        }
        break;
    case Type::None:
        if (error)
            *error = QStringLiteral("unknown geometry type \"%1\"").arg(typeText);
        return {};
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("invalid coordinates for a %1").arg(typeText);
        return {};
    }
    return Geometry(type, parts);
}
