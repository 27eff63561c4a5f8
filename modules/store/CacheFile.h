#pragma once

#include "store/store_export.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

// One connection's cache: a plain SQLite file (WAL mode) with CityDeck's application id and a
// versioned schema migrated forward on open. A file that is corrupt, foreign or from a newer
// CityDeck is never deleted: it is renamed "<name>.unreadable-<time>" beside the new one and
// the reason is reported. integrity_check runs on open when the last session did not close
// the file cleanly (a crash, a kill), and after a migration.
class CITYDECK_STORE_EXPORT CacheFile
{
public:
    CacheFile() = default;
    ~CacheFile();
    CacheFile(const CacheFile &) = delete;
    CacheFile &operator=(const CacheFile &) = delete;

    // False with *error when not even a fresh file can be created. *notice says what happened to
    // an unusable previous file (empty when none).
    bool open(const QString &path, QString *error, QString *notice = nullptr);
    void close();
    // A second connection to a cache another CacheFile has open (background maintenance): no
    // checks, no clean-close bookkeeping; refuses a file that is not a CityDeck cache.
    bool attach(const QString &path, QString *error);
    // For commands that only read (citydeck-cli state, series): read-only, and nothing is ever
    // changed or moved aside; a missing, foreign, other-schema or damaged file (PRAGMA
    // quick_check, which reads the whole file) is refused with *error saying which.
    bool openForReading(const QString &path, QString *error);
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *db() const { return m_db; }
    QString path() const { return m_path; }

    static constexpr int kSchemaVersion = 4;
    static constexpr int kApplicationId = 0x43444B31; // "CDK1"
    // The default place of a connection's cache (AppDataLocation/cache/<id>.sqlite).
    static QString defaultPath(const QString &connectionId);

    // Runs SQL without results; false with *error.
    bool exec(const char *sql, QString *error = nullptr) const;
    int pragmaInt(const char *pragma) const;
    // Rows changed by the last statement.
    qint64 changes() const;
    QString lastError() const;
    // "ok", or what PRAGMA integrity_check found.
    QString integrityCheck() const;
    // Bytes the data takes (pages in use × page size; free pages are reused before the file grows).
    qint64 usedBytes() const;

    // The stamp of the state snapshot written at the last clean close (0 when none); see
    // StateSnapshot. It is valid while nothing has written to the cache since it was opened.
    qint64 snapshotStamp() const { return m_snapshotStamp; }
    bool unchangedSinceOpen() const;

private:
    enum class Verdict { Usable, Unusable };
    Verdict check(QString *reason);
    bool create(QString *error);
    bool migrate(int from, QString *error);
    bool openRaw(QString *error);
    QString quickCheck() const; // integrityCheck() without the index checks: O(N), not O(N log N)
    QString runCheck(const char *pragma) const;
    int tableCount() const; // -1 when the schema cannot be read
    qint64 queryInt(const QByteArray &sql) const; // first column of the first row; -1 when none
    void writeSnapshot();

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_attached = false;
    bool m_readOnly = false;
    qint64 m_snapshotStamp = 0;
    qint64 m_changesAtOpen = 0;
    qint64 m_dataVersionAtOpen = 0;
};
