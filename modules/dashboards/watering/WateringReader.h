#pragma once

#include "watering/WateringField.h"

#include <QStringList>

class CityPlan;
class EntityStore;

// Reads the fields, the hourly forecast and the weather station at one instant from the store,
// whatever the order the entities came in and whichever side holds the link (the Garden's
// refRecord or the record's refGreenspace).
class WateringReader
{
public:
    struct Snapshot
    {
        qint64 time = 0;
        QList<WateringField> fields; // sorted by name
        QList<ForecastHour> forecast; // hourly forecasts held at that time
        qint64 forecastIssued = IsoTime::invalid; // the newest issue time among them
        double rainObserved = WateringField::kNaN; // mm in the station's last hour
        qint64 rainObservedAt = IsoTime::invalid;
        QString stationId;
        int indexOf(const QString &fieldId) const;
    };

    static QStringList types();
    static Snapshot read(const EntityStore &store, qint64 t, const CityPlan *plan = nullptr);

    // A date-time however a broker sent it (DateTime, text, {"@value": …}); invalid otherwise.
    static qint64 timeOf(const QVariant &value);
    // {start, end[, title]} objects, alone or in a list.
    static QList<TimeSpan> spansOf(const QVariant &value);
};
