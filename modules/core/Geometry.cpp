#include "core/Geometry.h"

#include <QJsonArray>

namespace {
// The cut list kept for these ends: none for a single ring or part.
QList<qint32> cuts(std::span<const qint32> ends)
{
    return ends.size() > 1 ? QList<qint32>(ends.begin(), ends.end()) : QList<qint32>();
}

// The ends 1, 2, … count: every member on its own.
QList<qint32> eachAlone(qsizetype count)
{
    QList<qint32> ends;
    if (count > 1) {
        ends.reserve(count);
        for (qint32 i = 1; i <= count; ++i)
            ends.append(i);
    }
    return ends;
}
} // namespace

Geometry Geometry::fromCoordinates(Type type, const QList<QList<QPolygonF>> &lifted)
{
    QList<QPointF> points;
    QList<qint32> ringEnds, partEnds;
    for (const QList<QPolygonF> &part : lifted) {
        for (const QPolygonF &ring : part) {
            points += ring;
            ringEnds.append(qint32(points.size()));
        }
        partEnds.append(qint32(ringEnds.size()));
    }
    return Geometry(type, std::move(points), ringEnds, partEnds);
}

Geometry::Geometry(Type type, QList<QPointF> points, std::span<const qint32> ringEnds, std::span<const qint32> partEnds)
    : m_type(type)
    , m_points(std::move(points))
{
    switch (type) {
    case Type::MultiPoint:
        m_ringEnds = eachAlone(m_points.size());
        m_partEnds = m_ringEnds;
        break;
    case Type::MultiLineString:
        m_ringEnds = cuts(ringEnds);
        m_partEnds = eachAlone(m_ringEnds.isEmpty() ? 1 : m_ringEnds.size());
        break;
    default:
        m_ringEnds = cuts(ringEnds);
        m_partEnds = cuts(partEnds);
    }
}

Geometry Geometry::point(double lon, double lat)
{
    return Geometry(Type::Point, QList<QPointF>{QPointF(lon, lat)});
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

int Geometry::ringCount() const
{
    if (m_points.isEmpty())
        return 0;
    return m_ringEnds.isEmpty() ? 1 : int(m_ringEnds.size());
}

int Geometry::partCount() const
{
    if (m_points.isEmpty())
        return 0;
    return m_partEnds.isEmpty() ? 1 : int(m_partEnds.size());
}

int Geometry::partBegin(int part) const
{
    return part == 0 || m_partEnds.isEmpty() ? 0 : m_partEnds.at(part - 1);
}

int Geometry::partEnd(int part) const
{
    return m_partEnds.isEmpty() ? ringCount() : m_partEnds.at(part);
}

std::span<const QPointF> Geometry::ring(int index) const
{
    if (m_ringEnds.isEmpty())
        return {m_points.constData(), size_t(m_points.size())};
    const qint32 begin = index == 0 ? 0 : m_ringEnds.at(index - 1);
    return {m_points.constData() + begin, size_t(m_ringEnds.at(index) - begin)};
}

QPolygonF Geometry::ringPolygon(int index) const
{
    const std::span<const QPointF> points = ring(index);
    return QPolygonF(QList<QPointF>(points.begin(), points.end()));
}

QList<QList<QPolygonF>> Geometry::parts() const
{
    QList<QList<QPolygonF>> out;
    for (int p = 0; p < partCount(); ++p) {
        QList<QPolygonF> &rings = out.emplace_back();
        for (int r = partBegin(p); r < partEnd(p); ++r)
            rings.append(ringPolygon(r));
    }
    return out;
}

QRectF Geometry::bounds() const
{
    if (m_points.isEmpty())
        return {};
    double left = m_points.first().x(), right = left, top = m_points.first().y(), bottom = top;
    for (const QPointF &p : m_points) {
        left = qMin(left, p.x());
        right = qMax(right, p.x());
        top = qMin(top, p.y());
        bottom = qMax(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

namespace {
QJsonArray position(const QPointF &p)
{
    return QJsonArray{p.x(), p.y()};
}

QJsonArray ringArray(std::span<const QPointF> ring)
{
    QJsonArray out;
    for (const QPointF &p : ring)
        out.append(position(p));
    return out;
}

// Rings [begin, end) of g.
QJsonArray ringsArray(const Geometry &g, int begin, int end)
{
    QJsonArray out;
    for (int r = begin; r < end; ++r)
        out.append(ringArray(g.ring(r)));
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
    case Type::LineString:
        coordinates = ringArray({m_points.constData(), size_t(m_points.size())});
        break;
    case Type::MultiLineString:
    case Type::Polygon:
        coordinates = ringsArray(*this, 0, ringCount());
        break;
    case Type::MultiPolygon: {
        QJsonArray parts;
        for (int p = 0; p < partCount(); ++p)
            parts.append(ringsArray(*this, partBegin(p), partEnd(p)));
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
    return fromCoordinates(type, lifted);
}
