#pragma once

#include "map/map_export.h"

#include "map/WebMercator.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>

class QNetworkReply;

// Fetches XYZ raster tiles by URL template ("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
// within the OpenStreetMap tile usage policy: a User-Agent naming CityDeck, at most two
// downloads at a time, newest requests first (the view the user looks at now), expiry taken from
// Cache-Control max-age or Expires (at least seven days). After a network failure it stays quiet
// for a minute instead of hammering an unreachable server.
class CITYDECK_MAP_EXPORT TileDownloader : public QObject
{
    Q_OBJECT

public:
    explicit TileDownloader(const QString &urlTemplate, QObject *parent = nullptr);

    QString urlTemplate() const { return m_template; }
    QUrl urlFor(const TileId &t) const;
    static QByteArray userAgent();
    static constexpr int kMaxParallel = 2;

    // Queues the tile unless it is queued or on its way; drops queued tiles no longer wanted.
    void request(const TileId &t);
    void retainOnly(const QList<TileId> &wanted);
    bool isOffline() const { return m_offlineUntil > 0; }
    int inFlight() const { return int(m_running.size()); }
    // Expiry (ms since the epoch) from response headers received at `now`.
    static qint64 expiryFrom(const QByteArray &cacheControl, const QByteArray &expires, qint64 now);

signals:
    void tileReady(const TileId &tile, const QByteArray &data, qint64 expires);
    void tileFailed(const TileId &tile, const QString &reason);
    void offlineChanged(bool offline);

private:
    void pump();
    void finished(QNetworkReply *reply, const TileId &t);

    QString m_template;
    QNetworkAccessManager m_network;
    QList<TileId> m_queue; // newest last
    QHash<TileId, QNetworkReply *> m_running;
    qint64 m_offlineUntil = 0;
};
