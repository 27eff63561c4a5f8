#pragma once

#include <QByteArrayView>
#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

// Prepared statements of one connection, prepared once and kept (keyed by the SQL literal's
// address: callers pass string literals). Each statement comes back reset and unbound.
class SqlStatements
{
public:
    explicit SqlStatements(sqlite3 *db) : m_db(db) {}
    ~SqlStatements();
    SqlStatements(const SqlStatements &) = delete;
    SqlStatements &operator=(const SqlStatements &) = delete;

    sqlite3_stmt *get(const char *sql);
    sqlite3 *db() const { return m_db; }

private:
    sqlite3 *m_db;
    QHash<const char *, sqlite3_stmt *> m_statements;
};

// Oldest and newest observedAt, each from one end of the time index (never a scan of it).
inline constexpr char kTimeRangeSql[] = "SELECT (SELECT min(observed_at) FROM observation), (SELECT max(observed_at) FROM observation)";

// A column's bytes (text or blob), valid until the statement steps again.
QByteArrayView sqlColumn(sqlite3_stmt *stmt, int column);

// Resets a statement read for one row: a statement left on a row keeps its read transaction
// open, which pins the WAL (no checkpoint past it) and makes this connection's next write fail
// at once with SQLITE_BUSY_SNAPSHOT instead of waiting its turn.
struct SqlDone
{
    sqlite3_stmt *s;
    ~SqlDone();
};
