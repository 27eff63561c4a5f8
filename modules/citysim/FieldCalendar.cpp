#include "citysim/FieldCalendar.h"

#include "citysim/SimDomain.h"

namespace {
constexpr qint64 kHour = SimDomain::kHour;
constexpr qint64 kDay = SimDomain::kDay;
constexpr qint64 kOffset = kHour; // the demo city's fixed UTC+1

// 1 = Monday … 7 = Sunday of a local midnight (1970-01-01 was a Thursday).
int weekdayOf(qint64 midnight)
{
    const qint64 day = (midnight + kOffset) / kDay;
    return int(((day + 3) % 7 + 7) % 7) + 1;
}

int schoolDay(int field)
{
    return field % 5 + 1; // Monday … Friday
}

int mowingDay(int field)
{
    return schoolDay(field) % 7 + 1; // the day after the school morning: Tuesday … Saturday
}

FieldCalendar::Span at(qint64 midnight, double from, double to, const QString &title)
{
    return {midnight + qint64(from * kHour), midnight + qint64(to * kHour), title};
}
} // namespace

qint64 FieldCalendar::localMidnight(qint64 t)
{
    const qint64 local = t + kOffset;
    return local - ((local % kDay) + kDay) % kDay - kOffset;
}

QList<FieldCalendar::Span> FieldCalendar::dayBookings(int field, qint64 midnight)
{
    QList<Span> out;
    const int day = weekdayOf(midnight);
    if (day == schoolDay(field))
        out << at(midnight, 6, 9, QStringLiteral("Sport scolaire"));
    if (day == 6) {
        out << at(midnight, 9, 12, QStringLiteral("Match — jeunes"));
        out << at(midnight, 14, 17, QStringLiteral("Match — seniors"));
    } else if (day == 7) {
        out << at(midnight, 9, 12, QStringLiteral("Match du dimanche"));
    } else if (day == field % 5 + 1 || day == (field + 2) % 5 + 1 || day == (field + 4) % 5 + 1) {
        // Odd fields' clubs train until 21:30: the evening window is taken.
        out << at(midnight, 18, field % 2 ? 21.5 : 21, QStringLiteral("Entraînement du club"));
    }
    return out;
}

QList<FieldCalendar::Span> FieldCalendar::bookings(int field, qint64 from, qint64 to)
{
    QList<Span> out;
    for (qint64 midnight = localMidnight(from); midnight < to; midnight += kDay) {
        for (const Span &s : dayBookings(field, midnight)) {
            if (s.start < to && s.end > from)
                out << s;
        }
    }
    return out;
}

FieldCalendar::Span FieldCalendar::mowingOfWeekOf(int field, qint64 t)
{
    const qint64 midnight = localMidnight(t);
    const qint64 monday = midnight - (weekdayOf(midnight) - 1) * kDay;
    return at(monday + (mowingDay(field) - 1) * kDay, 7, 9, QStringLiteral("Tonte"));
}

FieldCalendar::Span FieldCalendar::nextMowing(int field, qint64 t)
{
    const Span thisWeek = mowingOfWeekOf(field, t);
    return thisWeek.end > t ? thisWeek : mowingOfWeekOf(field, t + 7 * kDay);
}

FieldCalendar::Span FieldCalendar::lastMowing(int field, qint64 t)
{
    const Span thisWeek = mowingOfWeekOf(field, t);
    return thisWeek.end <= t ? thisWeek : mowingOfWeekOf(field, t - 7 * kDay);
}
