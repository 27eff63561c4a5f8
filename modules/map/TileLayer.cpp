#include "map/TileLayer.h"

#include "map/MapLog.h"
#include "map/TileDownloader.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPainter>
#include <QtConcurrent>

#include <cmath>

TileLayer::TileLayer(const QString &name, std::unique_ptr<TileCache> cache, TileDownloader *downloader, QObject *parent)
    : MapLayer(name, parent)
    , m_cache(std::move(cache))
    , m_downloader(downloader)
{
    const QMap<QString, QString> meta = m_cache->metadata();
    m_minZoom = m_cache->minZoom();
    m_maxZoom = m_cache->maxZoom();
    if (m_downloader) {
        m_minZoom = 0;
        m_maxZoom = 19;
        connect(m_downloader, &TileDownloader::tileReady, this, &TileLayer::stored);
        connect(m_downloader, &TileDownloader::tileFailed, this, [this](const TileId &t) { m_requested.remove(t); });
        setAttribution(tr("© OpenStreetMap contributors"));
    } else {
        setAttribution(meta.value(QStringLiteral("attribution")));
    }
    // bounds: "west,south,east,north" in degrees.
    const QStringList b = meta.value(QStringLiteral("bounds")).split(QLatin1Char(','));
    if (b.size() == 4)
        m_extent = WebMercator::project(QGeoRectangle(QGeoCoordinate(b[3].toDouble(), b[0].toDouble()), QGeoCoordinate(b[1].toDouble(), b[2].toDouble())));
}

TileLayer::~TileLayer() = default;

int TileLayer::tileZoom(double zoom) const
{
    return std::clamp(int(std::lround(zoom)), m_minZoom, m_maxZoom);
}

std::optional<QImage> TileLayer::cached(const TileId &t) const
{
    if (const QImage *image = m_images.object(t))
        return *image;
    return std::nullopt;
}

void TileLayer::stored(const TileId &t, const QByteArray &data, qint64 expires)
{
    QString error;
    if (!m_cache->isReadOnly() && !m_cache->putTile(t, data, expires, &error))
        qCWarning(lcMap).noquote() << "tile cache write failed:" << error;
    m_requested.remove(t);
    m_images.remove(t);
    load(t, false);
}

void TileLayer::load(const TileId &t, bool now)
{
    if (m_decoding.contains(t) || m_broken.contains(t))
        return;
    const std::optional<TileCache::Tile> tile = m_cache->tile(t);
    if (!tile) {
        if (m_downloader && !m_requested.contains(t)) {
            m_requested.insert(t);
            m_downloader->request(t);
        }
        return;
    }
    if (m_downloader && tile->expires > 0 && tile->expires < QDateTime::currentMSecsSinceEpoch() && !m_requested.contains(t)) {
        m_requested.insert(t); // stale: shown meanwhile, refreshed in the background
        m_downloader->request(t);
    }
    auto accept = [this, t](const QImage &image) {
        m_decoding.remove(t);
        if (image.isNull()) {
            m_broken.insert(t);
            const QString message = tr("tile %1/%2/%3 of %4 is damaged and left blank").arg(t.z).arg(t.x).arg(t.y).arg(name());
            qCWarning(lcMap).noquote() << message;
            emit problem(message);
            return;
        }
        m_images.insert(t, new QImage(image));
    };
    if (now) {
        accept(QImage::fromData(tile->data));
        return;
    }
    m_decoding.insert(t);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, accept] {
        accept(watcher->result());
        watcher->deleteLater();
        emit changed();
    });
    watcher->setFuture(QtConcurrent::run([data = tile->data] { return QImage::fromData(data).convertToFormat(QImage::Format_ARGB32_Premultiplied); }));
}

bool TileLayer::drawFallback(QPainter &painter, const TileId &t, const QRectF &target) const
{
    // The nearest loaded ancestor, the part of it that covers this tile, scaled up.
    for (int up = 1; up <= 4 && t.z - up >= 0; ++up) {
        const TileId parent{t.z - up, t.x >> up, t.y >> up};
        const std::optional<QImage> image = cached(parent);
        if (!image)
            continue;
        const int n = 1 << up;
        const double size = double(image->width()) / n;
        const QRectF source((t.x - (parent.x << up)) * size, (t.y - (parent.y << up)) * size, size, size);
        painter.drawImage(target, *image, source);
        return true;
    }
    return false;
}

void TileLayer::render(QPainter &painter, const MapViewport &viewport, RenderMode mode)
{
    const int z = tileZoom(viewport.zoom());
    const int n = 1 << z;
    const QRectF view = viewport.extent();
    const double size = 2 * WebMercator::kHalfWorld / n;
    const int x0 = std::clamp(int(std::floor((view.left() + WebMercator::kHalfWorld) / size)), 0, n - 1);
    const int x1 = std::clamp(int(std::floor((view.right() + WebMercator::kHalfWorld) / size)), 0, n - 1);
    const int y0 = std::clamp(int(std::floor((WebMercator::kHalfWorld - view.bottom()) / size)), 0, n - 1);
    const int y1 = std::clamp(int(std::floor((WebMercator::kHalfWorld - view.top()) / size)), 0, n - 1);
    QList<TileId> wanted;
    const QTransform toScreen = viewport.transform();
    m_lastDrawn = m_lastMissing = 0;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(viewport.zoom() - z) > 0.01);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const TileId t{z, x, y};
            wanted << t;
            // Whole pixels: no hairline seams between neighbouring tiles.
            const QRectF r = toScreen.mapRect(WebMercator::tileRect(t));
            const QRectF target(QPointF(std::floor(r.left()), std::floor(r.top())), QPointF(std::ceil(r.right()), std::ceil(r.bottom())));
            std::optional<QImage> image = cached(t);
            if (!image) {
                load(t, mode == RenderMode::Complete);
                image = cached(t);
            }
            if (image) {
                painter.drawImage(target, *image);
                ++m_lastDrawn;
            } else {
                ++m_lastMissing;
                drawFallback(painter, t, target);
            }
        }
    }
    painter.restore();
    if (m_downloader) {
        m_downloader->retainOnly(wanted);
        m_requested &= QSet<TileId>(wanted.cbegin(), wanted.cend()); // dropped from the queue: ask again when wanted
    }
}
