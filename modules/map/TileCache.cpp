#include "map/TileCache.h"

#include "map/MapLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace {
const char *const kSchema =
    "CREATE TABLE IF NOT EXISTS metadata(name TEXT, value TEXT);"
    "CREATE UNIQUE INDEX IF NOT EXISTS metadata_name ON metadata(name);"
    "CREATE TABLE IF NOT EXISTS tiles(zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
    "CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles(zoom_level, tile_column, tile_row);"
    "CREATE TABLE IF NOT EXISTS citydeck_tile_expiry(zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, expires INTEGER,"
    " PRIMARY KEY(zoom_level, tile_column, tile_row)) WITHOUT ROWID;";

bool hasTable(sqlite3 *db, const char *name)
{
    sqlite3_stmt *s = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?1", -1, &s, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
        found = sqlite3_step(s) == SQLITE_ROW;
    }
    sqlite3_finalize(s);
    return found;
}
} // namespace

TileCache::~TileCache()
{
    close();
}

void TileCache::close()
{
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
}

bool TileCache::exec(const char *sql, QString *error) const
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

bool TileCache::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_readOnly = false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK
        || !exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", error) || !exec(kSchema, error)) {
        if (error && error->isEmpty())
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 2000);
    m_hasExpiry = true;
    return true;
}

bool TileCache::openReadOnly(const QString &path, QString *error, QString *warning)
{
    close();
    m_path = path;
    m_readOnly = true;
    if (!QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("TileCache", "%1 does not exist").arg(path);
        return false;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        close();
        return false;
    }
    // Reading the schema is the first thing that fails on a file that is not SQLite.
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_master", -1, &s, nullptr) != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW) {
        *error = QCoreApplication::translate("TileCache", "%1 is not an MBTiles file (%2)").arg(QFileInfo(path).fileName(), QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(s);
        close();
        return false;
    }
    sqlite3_finalize(s);
    if (!hasTable(m_db, "tiles")) {
        *error = QCoreApplication::translate("TileCache", "%1 is not an MBTiles file: it has no tiles table").arg(QFileInfo(path).fileName());
        close();
        return false;
    }
    if (!hasTable(m_db, "metadata")) {
        const QString message = QCoreApplication::translate("TileCache", "%1 has no metadata table: its name, bounds and zoom levels are unknown; its tiles are used")
                                    .arg(QFileInfo(path).fileName());
        qCWarning(lcMap).noquote() << message;
        if (warning)
            *warning = message;
    } else if (const QString format = metadata().value(QStringLiteral("format")); format == QLatin1String("pbf")) {
        *error = QCoreApplication::translate("TileCache", "%1 holds vector tiles (pbf); CityDeck draws raster tiles (png, jpg, webp)").arg(QFileInfo(path).fileName());
        close();
        return false;
    }
    m_hasExpiry = hasTable(m_db, "citydeck_tile_expiry");
    return true;
}

QMap<QString, QString> TileCache::metadata() const
{
    QMap<QString, QString> out;
    sqlite3_stmt *s = nullptr;
    if (m_db && sqlite3_prepare_v2(m_db, "SELECT name, value FROM metadata", -1, &s, nullptr) == SQLITE_OK) {
        while (sqlite3_step(s) == SQLITE_ROW)
            out.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))),
                       QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1))));
    }
    sqlite3_finalize(s);
    return out;
}

bool TileCache::setMetadata(const QString &key, const QString &value)
{
    sqlite3_stmt *s = nullptr;
    if (!m_db || m_readOnly || sqlite3_prepare_v2(m_db, "INSERT OR REPLACE INTO metadata(name, value) VALUES(?1, ?2)", -1, &s, nullptr) != SQLITE_OK)
        return false;
    const QByteArray k = key.toUtf8(), v = value.toUtf8();
    sqlite3_bind_text(s, 1, k.constData(), int(k.size()), SQLITE_STATIC);
    sqlite3_bind_text(s, 2, v.constData(), int(v.size()), SQLITE_STATIC);
    const bool ok = sqlite3_step(s) == SQLITE_DONE;
    sqlite3_finalize(s);
    return ok;
}

int TileCache::minZoom() const
{
    bool ok = false;
    const int z = metadata().value(QStringLiteral("minzoom")).toInt(&ok);
    return ok ? z : 0;
}

int TileCache::maxZoom() const
{
    bool ok = false;
    const int z = metadata().value(QStringLiteral("maxzoom")).toInt(&ok);
    return ok ? z : 19;
}

std::optional<TileCache::Tile> TileCache::tile(const TileId &t) const
{
    if (!m_db)
        return std::nullopt;
    sqlite3_stmt *s = nullptr;
    const char *sql = m_hasExpiry ? "SELECT tile_data, (SELECT expires FROM citydeck_tile_expiry e WHERE e.zoom_level = ?1 AND "
                                    "e.tile_column = ?2 AND e.tile_row = ?3) FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3"
                                  : "SELECT tile_data, 0 FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3";
    std::optional<Tile> out;
    if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) == SQLITE_OK) {
        sqlite3_bind_int(s, 1, t.z);
        sqlite3_bind_int(s, 2, t.x);
        sqlite3_bind_int(s, 3, WebMercator::tmsRow(t.z, t.y));
        if (sqlite3_step(s) == SQLITE_ROW) {
            const auto *bytes = static_cast<const char *>(sqlite3_column_blob(s, 0));
            out = Tile{QByteArray(bytes, sqlite3_column_bytes(s, 0)), sqlite3_column_int64(s, 1)};
        }
    }
    sqlite3_finalize(s);
    return out;
}

bool TileCache::putTile(const TileId &t, const QByteArray &data, qint64 expires, QString *error)
{
    if (!m_db || m_readOnly) {
        if (error)
            *error = QCoreApplication::translate("TileCache", "the tile cache is read only");
        return false;
    }
    sqlite3_stmt *s = nullptr;
    bool ok = exec("BEGIN", error)
        && sqlite3_prepare_v2(m_db, "INSERT OR REPLACE INTO tiles(zoom_level, tile_column, tile_row, tile_data) VALUES(?1, ?2, ?3, ?4)", -1, &s, nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_int(s, 1, t.z);
        sqlite3_bind_int(s, 2, t.x);
        sqlite3_bind_int(s, 3, WebMercator::tmsRow(t.z, t.y));
        sqlite3_bind_blob(s, 4, data.constData(), int(data.size()), SQLITE_STATIC);
        ok = sqlite3_step(s) == SQLITE_DONE;
    }
    sqlite3_finalize(s);
    s = nullptr;
    if (ok && sqlite3_prepare_v2(m_db, "INSERT OR REPLACE INTO citydeck_tile_expiry VALUES(?1, ?2, ?3, ?4)", -1, &s, nullptr) == SQLITE_OK) {
        sqlite3_bind_int(s, 1, t.z);
        sqlite3_bind_int(s, 2, t.x);
        sqlite3_bind_int(s, 3, WebMercator::tmsRow(t.z, t.y));
        sqlite3_bind_int64(s, 4, expires);
        ok = sqlite3_step(s) == SQLITE_DONE;
    }
    sqlite3_finalize(s);
    if (!ok && error && error->isEmpty())
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return ok ? exec("COMMIT", error) : (exec("ROLLBACK", nullptr), false);
}

qint64 TileCache::tileCount() const
{
    sqlite3_stmt *s = nullptr;
    qint64 n = 0;
    if (m_db && sqlite3_prepare_v2(m_db, "SELECT count(*) FROM tiles", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}
