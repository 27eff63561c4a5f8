#pragma once

#include <QByteArray>
#include <QList>

// The three ways to read the same pages: the limit (simdjson On-Demand touching every value),
// the client's PayloadParser building the entity model, and QJsonDocument for reference.
class ParseBenchmarks
{
public:
    static void registerAll(const QList<QByteArray> *pages);
    // Touches every value of every page with simdjson On-Demand; returns a checksum.
    static double simdjsonTraversal(const QList<QByteArray> &pages);
};
