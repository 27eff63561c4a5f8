#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

// The three ways to read the same pages: the limit (simdjson On-Demand touching every value),
// the client's PayloadParser building the entity model, and QJsonDocument for reference.
class ParseBenchmarks
{
public:
    static void registerAll(const QList<QByteArray> *pages);
    // Touches every value of every page with simdjson On-Demand; returns a checksum.
    static double simdjsonTraversal(const QList<QByteArray> &pages);
    // The ratio of the client's throughput to simdjson's, timed page by page with the two readers
    // interleaved (simdjson, client, simdjson, client…) so that a machine slowing down or speeding
    // up in the middle moves both alike; one ratio per pass over the pages, sorted.
    static std::vector<double> interleavedRatios(const QList<QByteArray> &pages, int rounds);
};
