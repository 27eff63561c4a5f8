#pragma once

#include "citysim/citysim_export.h"

#include "citysim/CityLayout.h"

#include <QByteArray>

// The demo city's plan as GeoJSON FeatureCollections (WGS 84), so that the app imports it
// through the same GDAL path as any city's own layers: districts, streets, building footprints
// (with floors, height and use, as a city's cadastre would give them).
class CITYDECK_CITYSIM_EXPORT CityLayerExport
{
public:
    static QByteArray districts(const CityLayout &city);
    static QByteArray streets(const CityLayout &city);
    static QByteArray buildings(const CityLayout &city);
};
