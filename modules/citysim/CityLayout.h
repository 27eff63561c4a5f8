#pragma once

#include "citysim/citysim_export.h"

#include "citysim/SimGeo.h"

#include <QList>
#include <QPolygonF>
#include <QString>

// The fixed part of the simulated city, generated once from the seed: a street grid of blocks
// around the centre, 12 districts, about 2 000 building footprints with floors, height and use,
// and the sites of the sensors (pedestrian counters, car parks, kerb-side parking, sports fields,
// weather station).
// All positions are longitude/latitude; sizes are metres.
class CITYDECK_CITYSIM_EXPORT CityLayout
{
public:
    enum class Use { Residential, Office, School, Sports, Retail };

    struct District
    {
        QString id;
        QString name;
        QPolygonF area;     // closed ring
        double centrality;  // 1 in the centre, 0 at the edge
    };
    struct Building
    {
        QString id;
        QPolygonF footprint; // closed ring
        QPointF centre;
        int floors = 1;
        double height = 3;
        Use use = Use::Residential;
        int district = 0;
        double floorArea = 0; // m², all floors
    };
    struct Street
    {
        QString name;     // empty for the minor streets
        QPolygonF line;   // centre line, lon/lat
        bool main = false;
    };
    struct Site
    {
        QString id;
        QString name;
        QPointF position;
        QPolygonF shape;     // LineString for counters, ring for fields; empty for points
        int district = 0;
        double weight = 1;   // how busy or big, from its place in the city
    };

    static CityLayout generate(quint64 seed, QPointF centreLonLat = {3.2876, 49.8489});

    static QString useName(Use use);
    int districtAt(QPointF lonLat) const;
    // 1 at the centre, falling to 0 at about 3 km.
    double centrality(QPointF lonLat) const;

    SimGeo geo;
    QList<District> districts;
    QList<Building> buildings;
    QList<Street> streets;
    QList<Site> counters;
    QList<Site> carParks;
    QList<Site> kerbs;    // on-street parking: kerb strips (rings) of marked bays; weight = bays
    QList<Site> fields;
    QPointF weatherStation;
    QPointF marketPlace;  // market days draw crowds around it
    QPointF eventVenue;   // the week's event
};
