#pragma once

#include "map/map_export.h"

#include "map/MapLayer.h"
#include "map/TileCache.h"

#include <QCache>
#include <QImage>
#include <QSet>

#include <memory>

class TileDownloader;

// A raster basemap: tiles from an MBTiles file (CityDeck's download cache or an imported offline
// basemap) and, when a downloader is given, from a tile server. Tiles are read from disk on the
// GUI thread (a fraction of a millisecond) and decoded in a worker; until a tile is ready its
// parent, scaled up, stands in. A corrupt tile is reported once and left blank.
class CITYDECK_MAP_EXPORT TileLayer : public MapLayer
{
    Q_OBJECT

public:
    TileLayer(const QString &name, std::unique_ptr<TileCache> cache, TileDownloader *downloader = nullptr, QObject *parent = nullptr);
    ~TileLayer() override;

    TileCache *cache() const { return m_cache.get(); }
    TileDownloader *downloader() const { return m_downloader; }
    void render(QPainter &painter, const MapViewport &viewport, RenderMode mode) override;
    QRectF extent() const override { return m_extent; }
    // Tiles drawn in the last frame from their own zoom level (tests, status line).
    int lastDrawn() const { return m_lastDrawn; }
    int lastMissing() const { return m_lastMissing; }
    // The integer zoom whose tiles serve a fractional map zoom.
    int tileZoom(double zoom) const;

signals:
    void problem(const QString &message);

private:
    std::optional<QImage> cached(const TileId &t) const;
    void load(const TileId &t, bool now);
    void stored(const TileId &t, const QByteArray &data, qint64 expires);
    bool drawFallback(QPainter &painter, const TileId &t, const QRectF &target) const;

    std::unique_ptr<TileCache> m_cache;
    TileDownloader *m_downloader;
    mutable QCache<TileId, QImage> m_images{512};
    QSet<TileId> m_decoding;
    QSet<TileId> m_broken;
    QSet<TileId> m_requested;
    QRectF m_extent;
    int m_minZoom = 0;
    int m_maxZoom = 19;
    int m_lastDrawn = 0;
    int m_lastMissing = 0;
};
