#include "citysim/WateringDomain.h"

#include "citysim/FieldCalendar.h"

#include <cmath>

namespace {
const QString kStationId = QStringLiteral("urn:ngsi-ld:WeatherObserved:sq-station");
const QString kForecastId = QStringLiteral("urn:ngsi-ld:WeatherForecast:sq-next24h");
const QString kHourlyPrefix = QStringLiteral("urn:ngsi-ld:WeatherForecast:sq-hour-");

QString numbered(const char *type, int field)
{
    return QStringLiteral("urn:ngsi-ld:%1:sq-%2").arg(QLatin1String(type)).arg(field + 1, 4, 10, QLatin1Char('0'));
}

QString recordId(int field)
{
    return numbered("GreenspaceRecord", field);
}

double rounded(double v, double step)
{
    const double factor = std::round(1.0 / step); // divide by an exact integer: 0.345, not 0.34500000000000003
    return std::round(v * factor) / factor;
}

QJsonObject span(const FieldCalendar::Span &s)
{
    QJsonObject o{{QStringLiteral("start"), IsoTime::format(s.start)}, {QStringLiteral("end"), IsoTime::format(s.end)}};
    if (!s.title.isEmpty())
        o.insert(QStringLiteral("title"), s.title);
    return o;
}
} // namespace

QStringList WateringDomain::types() const
{
    return {QStringLiteral("Garden"), QStringLiteral("GreenspaceRecord"), QStringLiteral("SportsFieldSchedule"),
            QStringLiteral("WaterConsumptionObserved"), QStringLiteral("WeatherForecast"), QStringLiteral("WeatherObserved")};
}

QStringList WateringDomain::ids(const QString &type, qint64)
{
    QStringList out;
    if (type == QLatin1String("WeatherObserved"))
        return {kStationId};
    if (type == QLatin1String("WeatherForecast")) {
        for (int k = 1; k <= 24; ++k)
            out << kHourlyPrefix + QStringLiteral("%1").arg(k, 2, 10, QLatin1Char('0'));
        out << kForecastId;
        out.sort();
        return out;
    }
    for (int i = 0; i < m_city.fields.size(); ++i) {
        if (type == QLatin1String("Garden"))
            out << m_city.fields.at(i).id;
        else if (type == QLatin1String("WaterConsumptionObserved") && hasMeter(i))
            out << numbered("WaterConsumptionObserved", i);
        else if (type != QLatin1String("WaterConsumptionObserved"))
            out << numbered(type.toLatin1().constData(), i);
    }
    return out;
}

WateringDomain::Weather WateringDomain::weather(qint64 t) const
{
    const qint64 hour = align(t, kHour) / kHour;
    const qint64 day = (hour + 1) / 24;
    const double h = localHour(t);
    const double doy = double(day % 365);
    // About 700 mm a year as in Picardy: rain on half the winter days and under a third of the
    // summer ones, in showers of a few hours.
    const double rainyShare = 0.38 + 0.1 * std::cos(2 * M_PI * (doy - 15) / 365.0);
    const bool rainyDay = m_noise.unit(SimNoise::Weather, 1, quint64(day)) < rainyShare;
    Weather w;
    if (rainyDay) {
        const double s = m_noise.smooth(SimNoise::Weather * 100 + 2, double(hour), 5.0);
        w.precipitation = s > 0.7 ? rounded((s - 0.7) * 6.0, 0.1) : 0.0;
    }
    w.temperature = 11.0 - 7.0 * std::cos(2 * M_PI * (doy - 15) / 365.0) + 4.0 * std::sin(2 * M_PI * (h - 9) / 24.0)
        + 4.0 * (m_noise.smooth(SimNoise::Weather * 100 + 3, double(hour), 30.0) - 0.5) - (rainyDay ? 2.0 : 0.0);
    w.humidity = std::clamp(0.62 + (w.precipitation > 0 ? 0.28 : 0.0) - 0.15 * std::sin(2 * M_PI * (h - 9) / 24.0), 0.2, 1.0);
    w.solar = std::max(0.0, std::sin(M_PI * (h - 6) / 14.0)) * 780.0
        * (w.precipitation > 0 ? 0.15 : rainyDay ? 0.45 : 1.0);
    return w;
}

std::pair<double, double> WateringDomain::forecast(qint64 t) const
{
    const qint64 issued = align(t, kHour);
    int rainyHours = 0;
    double amount = 0;
    for (int k = 1; k <= 24; ++k) {
        const Weather w = weather(issued + k * kHour);
        rainyHours += w.precipitation > 0.1 ? 1 : 0;
        amount += w.precipitation;
    }
    const quint64 slot = quint64(issued / kHour);
    const double p = std::clamp(0.04 + rainyHours / 24.0 * 2.4 + 0.08 * m_noise.gauss(SimNoise::Weather, 4, slot), 0.0, 1.0);
    return {rounded(p, 0.05), std::max(0.0, rounded(amount * (1 + 0.2 * m_noise.gauss(SimNoise::Weather, 5, slot)), 0.1))};
}

std::pair<double, double> WateringDomain::forecastHour(qint64 issued, int k) const
{
    // A forecast knows when rain comes, roughly: likely hours are named likely, with some false
    // alarms and misses, and amounts within ±30 %.
    const qint64 slot = align(issued, kHour);
    const double truth = weather(slot + (k - 1) * kHour).precipitation;
    const quint64 key = quint64(slot / kHour) * 32 + quint64(k);
    const double u = m_noise.unit(SimNoise::Weather, 6, key);
    double p, mm;
    if (truth > 0.1) {
        p = u < 0.12 ? 0.35 + 0.2 * m_noise.unit(SimNoise::Weather, 7, key) : 0.6 + 0.35 * m_noise.unit(SimNoise::Weather, 7, key);
        mm = truth * (0.7 + 0.6 * m_noise.unit(SimNoise::Weather, 8, key));
    } else if (u < 0.04) {
        p = 0.6 + 0.2 * m_noise.unit(SimNoise::Weather, 7, key); // a false alarm
        mm = 0.5 + 2.0 * m_noise.unit(SimNoise::Weather, 8, key);
    } else {
        p = 0.25 * m_noise.unit(SimNoise::Weather, 7, key);
        mm = 0;
    }
    return {rounded(std::clamp(p, 0.0, 1.0), 0.05), rounded(mm, 0.1)};
}

double WateringDomain::area(int field) const
{
    if (m_areas.empty()) {
        for (const CityLayout::Site &f : m_city.fields) {
            // The ring as published (6 decimals), on a local equirectangular projection.
            const QJsonArray ring = polygon(f.shape).value(QStringLiteral("coordinates")).toArray().first().toArray();
            QList<QPointF> points;
            for (const QJsonValue &p : ring)
                points << QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble());
            if (points.size() > 1 && points.first() == points.last())
                points.removeLast();
            constexpr double kRad = M_PI / 180.0, kRadius = 6371008.8;
            double meanLat = 0;
            for (QPointF p : points)
                meanLat += p.y();
            meanLat /= points.size();
            const double kx = std::cos(meanLat * kRad) * kRad * kRadius, ky = kRad * kRadius;
            double twice = 0;
            for (qsizetype i = 0; i < points.size(); ++i) {
                const QPointF a = points.at(i), b = points.at((i + 1) % points.size());
                twice += a.x() * kx * b.y() * ky - b.x() * kx * a.y() * ky;
            }
            m_areas.push_back(std::abs(twice) / 2.0);
        }
    }
    return m_areas.at(size_t(field));
}

WateringDomain::Watering WateringDomain::decide(int field, double moisture, qint64 decisionTime) const
{
    // docs/WATERING.md, on the values published at the decision time.
    Watering w;
    w.decidedAt = decisionTime;
    if (moisture >= kDryThreshold)
        return w;
    double rainMm = 0;
    bool rainy = false;
    for (int k = 1; k <= kHorizonHours; ++k) {
        const auto [p, mm] = forecastHour(decisionTime, k);
        if (p + 1e-9 >= kRainProbability) {
            rainy = true;
            rainMm += mm;
        }
    }
    if (rainy && rainMm + 1e-9 >= kRainAmountMm)
        return w;
    w.depthMm = std::max(0.0, std::min((kTarget - moisture) * kRootDepthMm, kRateMmPerHour * 2.0));
    const qint64 duration = qint64(std::llround(w.depthMm / kRateMmPerHour * kHour));
    const qint64 midnight = FieldCalendar::localMidnight(decisionTime);
    const QList<FieldCalendar::Span> bookings = FieldCalendar::bookings(field, midnight, midnight + 2 * kDay);
    const FieldCalendar::Span mowing = FieldCalendar::nextMowing(field, decisionTime);
    const qint64 gap = qint64(std::llround(kMowingGapHours * kHour));
    for (const qint64 start : {midnight + 5 * kHour, midnight + 21 * kHour}) {
        const qint64 end = start + duration;
        bool free = !(mowing.start < end + gap && mowing.end > start);
        for (const FieldCalendar::Span &b : bookings)
            free = free && !(b.start < end && b.end > start);
        if (free) {
            w.action = start == midnight + 5 * kHour ? Action::Water : Action::Shifted;
            w.start = start;
            w.volume = w.depthMm / 1000.0 * area(field);
            return w;
        }
    }
    w.depthMm = 0;
    return w;
}

const std::vector<WateringDomain::FieldState> &WateringDomain::stateAt(qint64 t)
{
    const qint64 wanted = std::max<qint64>(0, hourIndex(t));
    if (m_hours.empty()) {
        std::vector<FieldState> first(size_t(m_city.fields.size()));
        for (size_t f = 0; f < first.size(); ++f)
            first[f].moisture = m_noise.range(0.24, 0.36, SimNoise::Soil, f);
        m_hours.push_back(std::move(first));
        m_decisions.resize(size_t(m_city.fields.size()));
    }
    while (qint64(m_hours.size()) <= wanted) {
        const qint64 start = m_origin + qint64(m_hours.size() - 1) * kHour; // the hour being stepped over
        std::vector<FieldState> next = m_hours.back();
        const Weather w = weather(start);
        const bool decisionHour = std::abs(localHour(start) - 5.0) < 0.01;
        for (size_t f = 0; f < next.size(); ++f) {
            FieldState &s = next[f];
            if (decisionHour) {
                // The day's decision, from the moisture the probe publishes now; the analogue
                // scenario waters every morning.
                const Watering d = decide(int(f), rounded(s.moisture, 0.001), start);
                m_decisions[f] << d;
                s.plannedStart = d.start;
                s.plannedDepth = d.depthMm;
                s.plannedVolume = d.volume;
                s.baselineVolume += kFixedDepthMm / 1000.0 * area(int(f));
            }
            // Each field drains and dries at its own pace (soil, exposure, drainage).
            const double exposure = m_noise.range(0.75, 1.3, SimNoise::Soil, f, 1);
            const double drainage = m_noise.range(0.7, 1.2, SimNoise::Soil, f, 2);
            // Turf loses about 4 mm a day in summer and half a millimetre in winter; rain soaks in
            // at about 0.8 mm per mm over the 150 mm the roots use.
            const double warmth = std::clamp((w.temperature - 2.0) / 20.0, 0.05, 1.5);
            const double evaporation = exposure * (0.00005 + 0.0000035 * w.solar * warmth);
            s.moisture = std::clamp(s.moisture - evaporation + drainage * 0.0055 * w.precipitation, 0.08, 0.46);
            if (s.plannedStart >= start && s.plannedStart < start + kHour) {
                s.moisture = std::min(0.46, s.moisture + s.plannedDepth / kRootDepthMm);
                s.smartVolume += s.plannedVolume;
                s.lastWatering = s.plannedStart;
            }
        }
        m_hours.push_back(std::move(next));
    }
    return m_hours[size_t(wanted)];
}

double WateringDomain::moisture(int field, qint64 t)
{
    return stateAt(t)[size_t(field)].moisture;
}

QList<WateringDomain::Watering> WateringDomain::decisions(int field, qint64 from, qint64 to)
{
    stateAt(to + kHour);
    QList<Watering> out;
    for (const Watering &w : m_decisions.at(size_t(field))) {
        if (w.decidedAt >= from && w.decidedAt < to)
            out << w;
    }
    return out;
}

QList<WateringDomain::Watering> WateringDomain::waterings(int field, qint64 from, qint64 to)
{
    // Decided at 05:00, started by 21:00 the same day: decisions from the day before cover it.
    QList<Watering> out;
    for (const Watering &w : decisions(field, from - kDay, to)) {
        if (w.start >= from && w.start < to)
            out << w;
    }
    return out;
}

double WateringDomain::waterUsed(qint64 from, qint64 to, bool baseline)
{
    double total = 0;
    for (int f = 0; f < m_city.fields.size(); ++f) {
        if (baseline) {
            total += double(decisions(f, from, to).size()) * kFixedDepthMm / 1000.0 * area(f);
        } else {
            for (const Watering &w : waterings(f, from, to))
                total += w.volume;
        }
    }
    return total;
}

QJsonObject WateringDomain::entity(const QString &id, qint64 t)
{
    const qint64 slot = align(t, kHour);
    const Weather w = weather(slot);
    if (id == kStationId) {
        QJsonObject e = newEntity(id, QStringLiteral("WeatherObserved"));
        e.insert(QStringLiteral("name"), property(QStringLiteral("Station météo — Saint-Quentin Roupy")));
        e.insert(QStringLiteral("location"), geoProperty(point(m_city.weatherStation)));
        e.insert(QStringLiteral("dateObserved"), property(dateTime(slot)));
        e.insert(QStringLiteral("temperature"), property(rounded(w.temperature, 0.1), slot, QStringLiteral("CEL")));
        e.insert(QStringLiteral("precipitation"), property(w.precipitation, slot, QStringLiteral("MMT")));
        e.insert(QStringLiteral("relativeHumidity"), property(rounded(w.humidity, 0.01), slot, QStringLiteral("C62")));
        e.insert(QStringLiteral("solarRadiation"), property(std::round(w.solar), slot, QStringLiteral("D54")));
        return e;
    }
    if (id == kForecastId) {
        const auto [probability, amount] = forecast(slot);
        double high = -100, low = 100;
        for (int k = 1; k <= 24; ++k) {
            const double temp = weather(slot + k * kHour).temperature;
            high = std::max(high, temp);
            low = std::min(low, temp);
        }
        QJsonObject e = newEntity(id, QStringLiteral("WeatherForecast"));
        e.insert(QStringLiteral("location"), geoProperty(point(m_city.weatherStation)));
        e.insert(QStringLiteral("dateIssued"), property(dateTime(slot)));
        e.insert(QStringLiteral("validFrom"), property(dateTime(slot)));
        e.insert(QStringLiteral("validTo"), property(dateTime(slot + kDay)));
        e.insert(QStringLiteral("precipitationProbability"), property(probability, slot, QStringLiteral("C62")));
        e.insert(QStringLiteral("precipitation"), property(amount, slot, QStringLiteral("MMT")));
        e.insert(QStringLiteral("dayMaximum"), property(QJsonObject{{QStringLiteral("temperature"), rounded(high, 0.1)}}, slot));
        e.insert(QStringLiteral("dayMinimum"), property(QJsonObject{{QStringLiteral("temperature"), rounded(low, 0.1)}}, slot));
        return e;
    }
    if (id.startsWith(kHourlyPrefix)) {
        const int k = id.mid(kHourlyPrefix.size()).toInt();
        if (k < 1 || k > 24)
            return {};
        const auto [probability, amount] = forecastHour(slot, k);
        const qint64 from = slot + (k - 1) * kHour;
        QJsonObject e = newEntity(id, QStringLiteral("WeatherForecast"));
        e.insert(QStringLiteral("location"), geoProperty(point(m_city.weatherStation)));
        e.insert(QStringLiteral("dateIssued"), property(dateTime(slot), slot));
        e.insert(QStringLiteral("validFrom"), property(dateTime(from), slot));
        e.insert(QStringLiteral("validTo"), property(dateTime(from + kHour), slot));
        e.insert(QStringLiteral("precipitationProbability"), property(probability, slot, QStringLiteral("C62")));
        e.insert(QStringLiteral("precipitation"), property(amount, slot, QStringLiteral("MMT")));
        e.insert(QStringLiteral("temperature"), property(rounded(weather(from).temperature, 0.1), slot, QStringLiteral("CEL")));
        return e;
    }
    for (int f = 0; f < m_city.fields.size(); ++f) {
        const CityLayout::Site &field = m_city.fields.at(f);
        if (id == field.id) {
            QJsonObject e = newEntity(id, QStringLiteral("Garden"));
            e.insert(QStringLiteral("name"), property(field.name));
            e.insert(QStringLiteral("description"), property(QStringLiteral("Sports field with a soil moisture probe")));
            e.insert(QStringLiteral("category"), property(QJsonArray{QStringLiteral("public")}));
            e.insert(QStringLiteral("location"), geoProperty(polygon(field.shape)));
            e.insert(QStringLiteral("areaServed"), property(m_city.districts.at(field.district).name));
            e.insert(QStringLiteral("refRecord"), relationships({recordId(f)}));
            if (const qint64 last = stateAt(t)[size_t(f)].lastWatering; last >= 0)
                e.insert(QStringLiteral("dateLastWatering"), property(dateTime(last), slot));
            return e;
        }
        if (id == recordId(f)) {
            QJsonObject e = newEntity(id, QStringLiteral("GreenspaceRecord"));
            e.insert(QStringLiteral("location"), geoProperty(point(field.position)));
            e.insert(QStringLiteral("dateObserved"), property(dateTime(slot)));
            e.insert(QStringLiteral("soilMoistureVwc"), property(rounded(moisture(f, t), 0.001), slot, QStringLiteral("C62")));
            const double soilTemperature = 0.6 * w.temperature + 0.4 * weather(slot - 6 * kHour).temperature;
            e.insert(QStringLiteral("soilTemperature"), property(rounded(soilTemperature, 0.1), slot, QStringLiteral("CEL")));
            e.insert(QStringLiteral("refGreenspace"), relationship(field.id));
            return e;
        }
        if (id == numbered("WaterConsumptionObserved", f) && hasMeter(f)) {
            QJsonObject e = newEntity(id, QStringLiteral("WaterConsumptionObserved"));
            e.insert(QStringLiteral("location"), geoProperty(point(field.position)));
            e.insert(QStringLiteral("waterConsumption"),
                     property(rounded(meterStart(f) + stateAt(t)[size_t(f)].smartVolume, 0.01), slot, QStringLiteral("MTQ")));
            e.insert(QStringLiteral("waterType"), property(QStringLiteral("serviceWater")));
            e.insert(QStringLiteral("refGreenspace"), relationship(field.id));
            return e;
        }
        if (id == numbered("SportsFieldSchedule", f)) {
            const qint64 midnight = FieldCalendar::localMidnight(slot);
            QJsonArray reservations;
            for (const FieldCalendar::Span &b : FieldCalendar::bookings(f, midnight, midnight + 2 * kDay))
                reservations.append(span(b));
            QJsonObject e = newEntity(id, QStringLiteral("SportsFieldSchedule"));
            e.insert(QStringLiteral("name"), property(QStringLiteral("Calendrier — %1").arg(field.name)));
            e.insert(QStringLiteral("reservations"), property(reservations, slot));
            e.insert(QStringLiteral("nextMowing"), property(span(FieldCalendar::nextMowing(f, slot)), slot));
            e.insert(QStringLiteral("lastMowing"), property(span(FieldCalendar::lastMowing(f, slot)), slot));
            e.insert(QStringLiteral("refGreenspace"), relationship(field.id));
            return e;
        }
    }
    return {};
}
