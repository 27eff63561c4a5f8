#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

// The three ways to read the same pages: the limit (simdjson On-Demand touching every value),
// the client's PayloadParser building the entity model, and QJsonDocument for reference.
class ParseBenchmarks
{
public:
    static void registerAll(const QList<QByteArray> *pages);
    // Touches every value of every page with simdjson On-Demand; returns a checksum.
    static double simdjsonTraversal(const QList<QByteArray> &pages);
    // Timed page by page with the readers interleaved (simdjson, client, model floor, simdjson…)
    // so that a machine slowing down or speeding up in the middle moves them alike; one value
    // per pass over the pages, each list sorted (none when the floor is unfaithful).
    struct Interleaved
    {
        std::vector<double> ratios;      // client throughput / simdjson throughput
        std::vector<double> floorShares; // model floor time / simdjson time (see ModelFloor)
        QStringList unfaithful;          // entities the floor did not rebuild exactly (must be none)
    };
    static Interleaved interleaved(const QList<QByteArray> &pages, int rounds);
};
