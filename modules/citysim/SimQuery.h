#pragma once

#include "citysim/citysim_export.h"

#include <QJsonObject>
#include <QPolygonF>
#include <QString>

#include <memory>

// The server side of NGSI-LD entity filtering for the simulated broker: the q language
// (== != > >= < <= ~= !~=, ranges a..b, lists a,b, ';' and, '|' or, parentheses, attr.sub paths,
// attr[key] members, bare attribute = exists) and geo-queries (near;maxDistance/minDistance,
// within, intersects, disjoint on Point and Polygon). Evaluated on normalized entities.
class CITYDECK_CITYSIM_EXPORT SimQuery
{
public:
    SimQuery();
    ~SimQuery();
    SimQuery(SimQuery &&) noexcept;
    SimQuery &operator=(SimQuery &&) noexcept;

    // Empty strings mean "no filter". False with *error (a ProblemDetails detail) when invalid.
    bool setQ(const QString &q, QString *error);
    bool setGeo(const QString &georel, const QString &geometry, const QString &coordinates, const QString &geoproperty,
                QString *error);
    bool hasGeo() const { return m_georel != GeoRel::None; }
    bool hasQ() const { return bool(m_root); }

    bool matches(const QJsonObject &entity) const;

    struct Node; // the parsed q expression (defined in the .cpp)

private:
    enum class GeoRel { None, Near, Within, Intersects, Disjoint };
    bool matchesGeo(const QJsonObject &entity) const;

    std::unique_ptr<Node> m_root;
    GeoRel m_georel = GeoRel::None;
    double m_maxDistance = -1;
    double m_minDistance = -1;
    QPointF m_point;
    QPolygonF m_polygon;
    bool m_isPoint = true;
    QString m_geoproperty = QStringLiteral("location");
};
