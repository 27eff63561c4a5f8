#pragma once

#include "citysim/citysim_export.h"

#include "citysim/SimResponse.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

// How the simulated broker writes entities: attrs/pick projection, normalized, concise
// (options=concise, or by default with citydeck-sim --concise) or keyValues
// (options=keyValues, options=simplified or format=simplified), and the media type asked for in
// Accept: application/json (context in a Link header), application/ld+json (inline @context) or
// application/geo+json (a FeatureCollection on the geoproperty).
class CITYDECK_CITYSIM_EXPORT SimEntityFormat
{
public:
    // The representation when the request names none (citydeck-sim --concise).
    void setConciseByDefault(bool concise) { m_concise = concise; }
    void setFromRequest(const QUrlQuery &query, const QByteArray &accept);

    QJsonObject present(const QJsonObject &entity) const;
    static QJsonObject keyValues(const QJsonObject &normalized);
    // NGSI-LD 1.6+ concise: no "type" in attributes; a lone scalar value or geometry stands alone.
    static QJsonObject concise(const QJsonObject &normalized);
    SimResponse render(const QList<QJsonObject> &entities, bool single, const QString &context) const;

private:
    enum class Media { Json, JsonLd, GeoJson };
    Media m_media = Media::Json;
    bool m_keyValues = false;
    bool m_concise = false;
    QStringList m_attrs;
    QString m_geoproperty = QStringLiteral("location");
};
