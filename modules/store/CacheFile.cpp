#include "store/CacheFile.h"

#include "store/StateSnapshot.h"
#include "store/StoreLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <sqlite3.h>

namespace {
// Version 1: entities, series, observations. Version 2 adds hourly aggregates kept longer.
// Version 3 keeps each series' newest value on the series row: live state and the first answer
// after opening read one small table instead of seeking through every series' history.
// Version 4 changes no table: its meta key 'snapshot' validates the state snapshot written beside
// the file at a clean close, and a CityDeck that does not know it must not open the file (it
// would write without invalidating the snapshot).
const char *const kSchemaV1 =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
    "CREATE TABLE entity(id INTEGER PRIMARY KEY, uri TEXT NOT NULL UNIQUE, type TEXT NOT NULL,"
    " tenant TEXT NOT NULL DEFAULT '', static_json TEXT, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL);"
    "CREATE INDEX entity_type ON entity(type);"
    "CREATE TABLE series(id INTEGER PRIMARY KEY, entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL, dataset TEXT NOT NULL DEFAULT '', UNIQUE(entity, name, dataset));"
    "CREATE TABLE observation(series INTEGER NOT NULL, observed_at INTEGER NOT NULL, received_at INTEGER NOT NULL,"
    " kind INTEGER NOT NULL, vtype INTEGER NOT NULL, num REAL, text TEXT, unit TEXT, extra TEXT,"
    " PRIMARY KEY(series, observed_at)) WITHOUT ROWID;"
    "CREATE INDEX observation_time ON observation(observed_at);";
const char *const kSchemaV2 =
    "CREATE TABLE hourly(series INTEGER NOT NULL, hour INTEGER NOT NULL, n INTEGER NOT NULL,"
    " mean REAL, low REAL, high REAL, PRIMARY KEY(series, hour)) WITHOUT ROWID;";
const char *const kSchemaV3 =
    "ALTER TABLE series ADD COLUMN last_at INTEGER;"
    "ALTER TABLE series ADD COLUMN last_unit TEXT;"
    "ALTER TABLE series ADD COLUMN last_kind INTEGER;"
    "ALTER TABLE series ADD COLUMN last_vtype INTEGER;"
    "ALTER TABLE series ADD COLUMN last_num REAL;"
    "ALTER TABLE series ADD COLUMN last_text TEXT;"
    "ALTER TABLE series ADD COLUMN last_extra TEXT;";
const char *const kFillV3 =
    "UPDATE series SET (last_at, last_unit, last_kind, last_vtype, last_num, last_text, last_extra) = "
    "(SELECT observed_at, unit, kind, vtype, num, text, extra FROM observation WHERE series = series.id "
    "ORDER BY observed_at DESC LIMIT 1);";
} // namespace

CacheFile::~CacheFile()
{
    close();
}

QString CacheFile::defaultPath(const QString &connectionId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/") + connectionId
        + QStringLiteral(".sqlite");
}

bool CacheFile::exec(const char *sql, QString *error) const
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

qint64 CacheFile::queryInt(const QByteArray &sql) const
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

int CacheFile::pragmaInt(const char *pragma) const
{
    return int(queryInt(QByteArray("PRAGMA ") + pragma));
}

int CacheFile::tableCount() const
{
    return int(queryInt("SELECT count(*) FROM sqlite_master"));
}

QString CacheFile::integrityCheck() const
{
    return runCheck("PRAGMA integrity_check");
}

QString CacheFile::quickCheck() const
{
    return runCheck("PRAGMA quick_check");
}

QString CacheFile::runCheck(const char *pragma) const
{
    sqlite3_stmt *stmt = nullptr;
    QString result;
    if (sqlite3_prepare_v2(m_db, pragma, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    else
        result = lastError();
    sqlite3_finalize(stmt);
    return result;
}

QString CacheFile::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

bool CacheFile::openRaw(QString *error)
{
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

CacheFile::Verdict CacheFile::check(QString *reason)
{
    // Reading the header is the first thing that fails on a file that is not SQLite.
    const int appId = pragmaInt("application_id");
    const int version = pragmaInt("user_version");
    if (appId < 0) {
        *reason = QStringLiteral("not an SQLite database (%1)").arg(lastError());
        return Verdict::Unusable;
    }
    const int tables = tableCount();
    if (tables < 0) {
        *reason = QStringLiteral("unreadable (%1)").arg(lastError());
        return Verdict::Unusable;
    }
    if (tables == 0)
        return Verdict::Usable; // empty: created below
    if (appId != kApplicationId) {
        *reason = QStringLiteral("an SQLite file of another application");
        return Verdict::Unusable;
    }
    if (version > kSchemaVersion) {
        *reason = QStringLiteral("written by a newer CityDeck (schema %1, this one reads up to %2)").arg(version).arg(kSchemaVersion);
        return Verdict::Unusable;
    }
    const bool clean = queryInt("SELECT value FROM meta WHERE key='clean_close'") == 1;
    if (!clean || version < kSchemaVersion) {
        const QString result = integrityCheck();
        qCInfo(lcStore) << "integrity check of" << m_path << "after an unclean close:" << result;
        if (result != QLatin1String("ok")) {
            *reason = QStringLiteral("damaged (integrity check: %1)").arg(result.left(200));
            return Verdict::Unusable;
        }
    }
    return Verdict::Usable;
}

bool CacheFile::create(QString *error)
{
    const QByteArray sql = QByteArray("BEGIN;") + kSchemaV1 + kSchemaV2 + kSchemaV3
        + "INSERT INTO meta VALUES('created', strftime('%s','now'));"
        + "PRAGMA application_id=" + QByteArray::number(kApplicationId) + ";"
        + "PRAGMA user_version=" + QByteArray::number(kSchemaVersion) + ";COMMIT;";
    return exec(sql.constData(), error);
}

bool CacheFile::migrate(int from, QString *error)
{
    qCInfo(lcStore) << "migrating" << m_path << "from schema" << from << "to" << kSchemaVersion;
    QByteArray sql = "BEGIN;";
    if (from < 2)
        sql += kSchemaV2;
    if (from < 3)
        sql += QByteArray(kSchemaV3) + kFillV3;
    // Version 4: no table change.
    sql += "PRAGMA user_version=" + QByteArray::number(kSchemaVersion) + ";COMMIT;";
    return exec(sql.constData(), error);
}

bool CacheFile::open(const QString &path, QString *error, QString *notice)
{
    close();
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!openRaw(error))
        return false;
    QString reason;
    if (check(&reason) == Verdict::Unusable) {
        sqlite3_close(m_db);
        m_db = nullptr;
        const QString aside = path + QStringLiteral(".unreadable-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-state")}) {
            if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
                *error = QStringLiteral("%1 is %2 and could not be moved aside").arg(path, reason);
                return false;
            }
        }
        const QString message = QStringLiteral("the cache %1 was %2; it was kept as %3 and a new cache was started")
                                    .arg(QFileInfo(path).fileName(), reason, QFileInfo(aside).fileName());
        qCWarning(lcStore).noquote() << message;
        if (notice)
            *notice = message;
        if (!openRaw(error))
            return false;
    }
    // On a new file, before WAL writes its first page: retention can then give freed pages back.
    if (tableCount() == 0 && !exec("PRAGMA auto_vacuum=INCREMENTAL", error))
        return false;
    if (!exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=2147483648;", error))
        return false;
    const int version = pragmaInt("user_version");
    if (tableCount() == 0 ? !create(error) : (version < kSchemaVersion && !migrate(version, error)))
        return false;
    m_snapshotStamp = queryInt("SELECT value FROM meta WHERE key='snapshot' AND (SELECT value FROM meta WHERE key='clean_close') = 1");
    m_snapshotStamp = qMax<qint64>(m_snapshotStamp, 0);
    // Until close() says otherwise, the next open treats this session as a crash, and the
    // snapshot as stale.
    if (!exec("INSERT OR REPLACE INTO meta VALUES('clean_close', 0); DELETE FROM meta WHERE key='snapshot'", error))
        return false;
    m_changesAtOpen = sqlite3_total_changes64(m_db);
    m_dataVersionAtOpen = pragmaInt("data_version");
    return true;
}

bool CacheFile::unchangedSinceOpen() const
{
    // total_changes: this connection's writes; data_version: other connections' (maintenance).
    return m_db && sqlite3_total_changes64(m_db) == m_changesAtOpen && pragmaInt("data_version") == m_dataVersionAtOpen;
}

void CacheFile::writeSnapshot()
{
    qint64 stamp = m_snapshotStamp;
    if (stamp == 0 || !unchangedSinceOpen()) {
        stamp = qint64(QRandomGenerator::global()->generate64() >> 1) | 1;
        QString problem;
        if (!StateSnapshot::write(m_db, StateSnapshot::pathFor(m_path), stamp, &problem)) {
            qCWarning(lcStore).noquote() << "no state snapshot for" << m_path << "(" << problem << "): the next open reads the tables";
            return;
        }
    }
    exec(QByteArray("INSERT OR REPLACE INTO meta VALUES('snapshot', " + QByteArray::number(stamp) + ")").constData());
}

void CacheFile::close()
{
    if (!m_db)
        return;
    if (!m_attached && !m_readOnly) {
        writeSnapshot();
        exec("PRAGMA optimize; INSERT OR REPLACE INTO meta VALUES('clean_close', 1)");
    }
    sqlite3_close(m_db);
    m_db = nullptr;
    m_attached = false;
    m_readOnly = false;
    m_snapshotStamp = 0;
}

bool CacheFile::openForReading(const QString &path, QString *error)
{
    close();
    m_path = path;
    if (!QFileInfo(path).isFile()) {
        *error = QStringLiteral("there is no cache %1").arg(path);
        return false;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    m_readOnly = true;
    sqlite3_busy_timeout(m_db, 5000);
    const int appId = pragmaInt("application_id");
    const int version = pragmaInt("user_version");
    QString problem;
    if (appId < 0 || tableCount() < 0)
        problem = QStringLiteral("the cache %1 is damaged: %2").arg(path, lastError());
    else if (appId != kApplicationId)
        problem = QStringLiteral("%1 is not a CityDeck cache").arg(path);
    else if (version != kSchemaVersion)
        problem = QStringLiteral("the cache %1 has schema %2 and this citydeck-cli reads schema %3: open it with this version's "
                                 "citydeck-cli sync or CityDeck first").arg(path).arg(version).arg(kSchemaVersion);
    else if (const QString check = quickCheck(); check != QLatin1String("ok"))
        problem = QStringLiteral("the cache %1 is damaged: %2") // one line: the first of SQLite's findings
                      .arg(path, check.section(QLatin1Char('\n'), 0, 0).left(200));
    if (!problem.isEmpty()) {
        *error = problem;
        close();
        return false;
    }
    m_snapshotStamp = qMax<qint64>(
        queryInt("SELECT value FROM meta WHERE key='snapshot' AND (SELECT value FROM meta WHERE key='clean_close') = 1"), 0);
    m_changesAtOpen = sqlite3_total_changes64(m_db);
    m_dataVersionAtOpen = pragmaInt("data_version");
    return true;
}

bool CacheFile::attach(const QString &path, QString *error)
{
    close();
    m_path = path;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    m_attached = true;
    if (pragmaInt("application_id") != kApplicationId || pragmaInt("user_version") != kSchemaVersion) {
        *error = QStringLiteral("%1 is not a CityDeck cache of schema %2").arg(path).arg(kSchemaVersion);
        close();
        return false;
    }
    return true;
}

qint64 CacheFile::changes() const
{
    return m_db ? sqlite3_changes64(m_db) : 0;
}

qint64 CacheFile::usedBytes() const
{
    return qint64(pragmaInt("page_count") - pragmaInt("freelist_count")) * pragmaInt("page_size");
}
