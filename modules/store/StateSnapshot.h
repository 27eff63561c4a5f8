#pragma once

#include "store/ValueCodec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct sqlite3;

// The entity and series tables as they were when the cache was last closed cleanly, written
// beside it ("<cache>-state") in one sequential file. Those two tables grow interleaved with the
// observations, so on a cold disk reading them from a big cache is thousands of random reads;
// the snapshot is a few MB read in one go. It is only an accelerator: the stamp that validates it
// lives in the cache's meta table, is removed when the cache is opened for writing and written
// back at a clean close, so a crash, a copy without it or a stale one is simply not used.
class StateSnapshot
{
public:
    struct EntityRow
    {
        qint64 row = 0;
        qint64 firstSeen = 0;
        QByteArray uri;
        QByteArray type;
        QByteArray statics;
    };
    struct SeriesRow
    {
        qint64 id = 0;
        qint64 entity = 0;
        qint64 lastAt = 0;
        QByteArray name;
        QByteArray dataset;
        QByteArray unit;
        ValueCodec::Row value;
    };

    static QString pathFor(const QString &cachePath) { return cachePath + QStringLiteral("-state"); }
    // Reads the tables through db and writes them whole or not at all.
    static bool write(sqlite3 *db, const QString &path, quint64 stamp, QString *error);
    // Null when the file is missing, of another stamp or damaged (the caller reads the tables).
    static std::unique_ptr<StateSnapshot> read(const QString &path, quint64 stamp);

    std::vector<EntityRow> entities; // in table order
    std::vector<SeriesRow> series;   // those with a value
    qint64 oldest = 0;               // observedAt range; 0/0 when no observation
    qint64 newest = 0;
    bool hasRange = false;
    QStringList types; // distinct, sorted
};
