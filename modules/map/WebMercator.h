#pragma once

#include "map/map_export.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QHashFunctions>
#include <QPointF>
#include <QRectF>

// A tile of the XYZ scheme (row 0 at the north, as in tile URLs); MBTiles files number rows from
// the south (TMS), see WebMercator::tmsRow.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;
    bool operator==(const TileId &o) const = default;
    friend size_t qHash(const TileId &t, size_t seed = 0) { return qHashMulti(seed, t.z, t.x, t.y); }
};

// Spherical Web Mercator (EPSG:3857): WGS 84 longitude/latitude ↔ projected metres ↔ pixels of
// the 256-pixel tile pyramid. Projected y grows to the north; pixel y grows to the south.
class CITYDECK_MAP_EXPORT WebMercator
{
public:
    static constexpr double kRadius = 6378137.0;
    static constexpr double kHalfWorld = 20037508.342789244; // π × radius
    static constexpr double kMaxLatitude = 85.0511287798066;
    static constexpr int kTileSize = 256;

    static QPointF project(double longitude, double latitude);
    static QPointF project(const QGeoCoordinate &c) { return project(c.longitude(), c.latitude()); }
    static QGeoCoordinate unproject(QPointF metres);
    static QRectF project(const QGeoRectangle &r);
    static QGeoRectangle unproject(const QRectF &metres);

    // Metres per pixel at the equator for a (fractional) zoom.
    static double resolution(double zoom);
    // Pixel in the whole world image at that zoom (0,0 = north-west corner).
    static QPointF toWorldPixel(QPointF metres, double zoom);
    static QPointF fromWorldPixel(QPointF pixel, double zoom);

    static TileId tileAt(const QGeoCoordinate &c, int zoom);
    static QRectF tileRect(const TileId &t); // projected metres
    static QGeoRectangle tileBounds(const TileId &t) { return unproject(tileRect(t)); }
    // Row in MBTiles' TMS numbering (0 at the south); the same function flips back.
    static int tmsRow(int zoom, int row) { return (1 << zoom) - 1 - row; }
};
