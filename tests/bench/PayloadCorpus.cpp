#include "PayloadCorpus.h"

#include <QRandomGenerator>

QList<QByteArray> PayloadCorpus::pages(qint64 totalBytes)
{
    QRandomGenerator random(20260314); // same bytes every run
    QList<QByteArray> pages;
    qint64 total = 0;
    int id = 0;
    while (total < totalBytes) {
        QByteArray page = "[";
        for (int i = 0; i < 1000; ++i, ++id) {
            if (i > 0)
                page += ',';
            const double lon = 3.25 + random.bounded(1000) / 10000.0;
            const double lat = 49.82 + random.bounded(1000) / 10000.0;
            const int minute = random.bounded(60);
            page += "{\"id\":\"urn:ngsi-ld:CrowdFlowObserved:sq-" + QByteArray::number(id) + "\",\"type\":\"CrowdFlowObserved\","
                    "\"peopleCount\":{\"type\":\"Property\",\"value\":" + QByteArray::number(random.bounded(500)) +
                    ",\"observedAt\":\"2026-03-14T09:" + QByteArray::number(10 + minute % 50) + ":00Z\",\"unitCode\":\"C62\"},"
                    "\"peopleCountTowards\":{\"type\":\"Property\",\"value\":" + QByteArray::number(random.bounded(250)) +
                    ",\"observedAt\":\"2026-03-14T09:" + QByteArray::number(10 + minute % 50) + ":00Z\"},"
                    "\"occupancy\":{\"type\":\"Property\",\"value\":" + QByteArray::number(random.bounded(1000) / 1000.0) +
                    ",\"observedAt\":\"2026-03-14T09:" + QByteArray::number(10 + minute % 50) + ":00.250Z\","
                    "\"reliability\":{\"type\":\"Property\",\"value\":0.9}},"
                    "\"averageCrowdSpeed\":{\"type\":\"Property\",\"value\":" + QByteArray::number(random.bounded(30) / 10.0) +
                    ",\"unitCode\":\"MTS\"},"
                    "\"congested\":{\"type\":\"Property\",\"value\":" + (random.bounded(2) ? "true" : "false") + "},"
                    "\"name\":{\"type\":\"Property\",\"value\":\"Rue d'Isle counter " + QByteArray::number(id % 40) + "\"},"
                    "\"refRoadSegment\":{\"type\":\"Relationship\",\"object\":\"urn:ngsi-ld:RoadSegment:" +
                    QByteArray::number(id % 200) + "\"},"
                    "\"location\":{\"type\":\"GeoProperty\",\"value\":{\"type\":\"LineString\",\"coordinates\":[[" +
                    QByteArray::number(lon, 'f', 6) + "," + QByteArray::number(lat, 'f', 6) + "],[" +
                    QByteArray::number(lon + 0.0005, 'f', 6) + "," + QByteArray::number(lat + 0.0003, 'f', 6) + "]]}}}";
        }
        page += ']';
        total += page.size();
        pages.append(page);
    }
    return pages;
}

qint64 PayloadCorpus::size(const QList<QByteArray> &pages)
{
    qint64 total = 0;
    for (const QByteArray &p : pages)
        total += p.size();
    return total;
}
