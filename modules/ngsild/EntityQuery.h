#pragma once

#include "ngsild/ngsild_export.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The parameters of GET /ngsi-ld/v1/entities (and the entity part of temporal queries).
struct CITYDECK_NGSILD_EXPORT EntityQuery
{
    enum class Format { Normalized, KeyValues, Simplified };
    enum class Accept { Json, JsonLd, GeoJson };

    QStringList types;
    QStringList ids;
    QString idPattern;
    QString q;              // "occupancy>0.9;status==\"open\""
    QStringList attrs;
    QStringList pick;       // NGSI-LD 1.8 projection
    QString georel;         // "near;maxDistance==2000", "within", "intersects"
    QString geometry;       // "Point", "Polygon", …
    QString coordinates;    // "[3.2876,49.8489]"
    QString geoproperty;
    QString lang;
    Format format = Format::Normalized;
    Accept accept = Accept::Json;
    int pageSize = 0;       // 0 = the broker's maximum

    QByteArray acceptHeader() const;
    // Query items without paging, encoded the way brokers accept them (commas, ';' and '=' kept).
    QString toQueryString() const;
    static QString encodeItem(const QString &key, const QString &value);
};
