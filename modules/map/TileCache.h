#pragma once

#include "map/map_export.h"

#include "map/WebMercator.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

struct sqlite3;

// Raster tiles in an SQLite file of the MBTiles 1.3 layout: a `metadata` table (name, format,
// bounds, center, minzoom, maxzoom, attribution) and a `tiles` table whose rows count from the
// south (TMS); callers use XYZ tiles and the flip happens here. CityDeck's download cache adds
// a table of expiry times; a file imported as an offline basemap is only read.
class CITYDECK_MAP_EXPORT TileCache
{
public:
    TileCache() = default;
    ~TileCache();
    TileCache(const TileCache &) = delete;
    TileCache &operator=(const TileCache &) = delete;

    // A cache CityDeck writes (created when missing).
    bool open(const QString &path, QString *error);
    // An existing .mbtiles file, read only. A missing metadata table is a *warning (its tiles
    // are still used); no tiles table or not SQLite is an *error.
    bool openReadOnly(const QString &path, QString *error, QString *warning = nullptr);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }

    QMap<QString, QString> metadata() const;
    bool setMetadata(const QString &key, const QString &value);
    int minZoom() const;
    int maxZoom() const;

    struct Tile
    {
        QByteArray data;
        qint64 expires = 0; // ms since the epoch; 0 when unknown (an imported file: never)
    };
    std::optional<Tile> tile(const TileId &t) const;
    bool putTile(const TileId &t, const QByteArray &data, qint64 expires, QString *error = nullptr);
    qint64 tileCount() const;

private:
    bool exec(const char *sql, QString *error) const;
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    bool m_hasExpiry = false;
};
