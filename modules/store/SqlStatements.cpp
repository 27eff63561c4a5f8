#include "store/SqlStatements.h"

#include "store/StoreLog.h"

#include <sqlite3.h>

SqlStatements::~SqlStatements()
{
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

sqlite3_stmt *SqlStatements::get(const char *sql)
{
    sqlite3_stmt *&stmt = m_statements[sql];
    if (!stmt && sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "cannot prepare" << sql << sqlite3_errmsg(m_db);
        stmt = nullptr;
    }
    if (stmt) {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    return stmt;
}

QByteArrayView sqlColumn(sqlite3_stmt *stmt, int column)
{
    return QByteArrayView(static_cast<const char *>(sqlite3_column_blob(stmt, column)), sqlite3_column_bytes(stmt, column));
}

SqlDone::~SqlDone()
{
    sqlite3_reset(s);
}
