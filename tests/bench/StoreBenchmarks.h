#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The store's targets (issue 5), each timed against its limit in the same run:
//  - ingest: PayloadParser + Journal::append against simdjson + raw sqlite3 prepared inserts of
//    the same rows into the same schema, one transaction per page, interleaved;
//  - state at T for 1k / 10k / 50k entities over 7 days of 15-minute values (target ≤ 50 ms);
//  - cold open of the biggest journal (≥ 1 GB) to its first answer (target ≤ 300 ms), with the
//    file's pages dropped from the OS cache first.
class StoreBenchmarks
{
public:
    struct Ingest
    {
        double oursValuesPerSecond = 0;
        double limitValuesPerSecond = 0;
        double ratio = 0; // median of the rounds
        qint64 values = 0;          // observed values (one observation row each)
        qint64 attributeValues = 0; // every attribute value received (statics included)
        // The live case: the same entities again with new values.
        double updateValuesPerSecond = 0;
        double updateLimitValuesPerSecond = 0;
        double updateRatio = 0;
    };
    static Ingest ingest(const QList<QByteArray> &pages, const QString &dir, int rounds);

    struct State
    {
        int entities = 0;
        qint64 rows = 0;
        double fileMb = 0;
        double medianMs = 0;
        double p95Ms = 0;
        double firstMs = 0; // the first move after opening (statics not yet cached)
    };
    // Builds (once, kept in dir) a journal of `entities` × 7 days × 15 min, then moves the cursor.
    static State stateAt(int entities, const QString &dir, int moves);

    struct ColdOpen
    {
        double fileMb = 0;
        double ms = 0;
        int answered = 0; // entities in the first answer
    };
    static ColdOpen coldOpen(int entities, const QString &dir);

    static QString journalPath(int entities, const QString &dir);
};
