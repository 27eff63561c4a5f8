#pragma once

#include "citysim/citysim_export.h"

#include <QList>
#include <QString>

// The sports fields' weekly calendar in the demo city (local time, UTC+1): club training on three
// weekday evenings (some until 21:30, over the evening watering window), school sport one weekday
// morning 06:00–09:00 (over the morning window when a watering lasts more than an hour), matches
// on Saturday and Sunday mornings, Saturday afternoons; and each field's weekly mowing, 07:00–09:00
// on the weekday after its school morning. Pure functions of the field and the time.
class CITYDECK_CITYSIM_EXPORT FieldCalendar
{
public:
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0;
        QString title;
    };

    // Bookings overlapping [from, to), oldest first.
    static QList<Span> bookings(int field, qint64 from, qint64 to);
    // The first mowing not ended at t, and the latest one ended at or before t.
    static Span nextMowing(int field, qint64 t);
    static Span lastMowing(int field, qint64 t);
    // Local midnight (UTC+1) of the day holding t.
    static qint64 localMidnight(qint64 t);

private:
    static QList<Span> dayBookings(int field, qint64 midnight);
    static Span mowingOfWeekOf(int field, qint64 t);
};
