#pragma once

#include <QByteArray>
#include <QList>

// A deterministic set of broker pages of normalized NGSI-LD entities (1000 per page), shaped
// like a mid-sized city's sensors: numbers with observedAt and unitCode, texts, relationships,
// GeoProperty points and lines, a sub-property. Used by the parse benchmarks.
class PayloadCorpus
{
public:
    static QList<QByteArray> pages(qint64 totalBytes);
    static qint64 size(const QList<QByteArray> &pages);
};
