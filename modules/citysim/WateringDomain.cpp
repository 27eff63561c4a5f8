#include "citysim/WateringDomain.h"

#include <cmath>

namespace {
const QString kStationId = QStringLiteral("urn:ngsi-ld:WeatherObserved:sq-station");
const QString kForecastId = QStringLiteral("urn:ngsi-ld:WeatherForecast:sq-next24h");

QString recordId(int field)
{
    return QStringLiteral("urn:ngsi-ld:GreenspaceRecord:sq-%1").arg(field + 1, 4, 10, QLatin1Char('0'));
}

double rounded(double v, double step)
{
    const double factor = std::round(1.0 / step); // divide by an exact integer: 0.345, not 0.34500000000000003
    return std::round(v * factor) / factor;
}
} // namespace

QStringList WateringDomain::types() const
{
    return {QStringLiteral("Garden"), QStringLiteral("GreenspaceRecord"), QStringLiteral("WeatherObserved"),
            QStringLiteral("WeatherForecast")};
}

QStringList WateringDomain::ids(const QString &type, qint64)
{
    QStringList out;
    if (type == QLatin1String("WeatherObserved"))
        return {kStationId};
    if (type == QLatin1String("WeatherForecast"))
        return {kForecastId};
    for (int i = 0; i < m_city.fields.size(); ++i)
        out << (type == QLatin1String("Garden") ? m_city.fields.at(i).id : recordId(i));
    return out;
}

WateringDomain::Weather WateringDomain::weather(qint64 t) const
{
    const qint64 hour = align(t, kHour) / kHour;
    const qint64 day = (hour + 1) / 24;
    const double h = localHour(t);
    const double doy = double(day % 365);
    const bool rainyDay = m_noise.unit(SimNoise::Weather, 1, quint64(day)) < 0.38;
    Weather w;
    if (rainyDay) {
        const double s = m_noise.smooth(SimNoise::Weather * 100 + 2, double(hour), 5.0);
        w.precipitation = s > 0.55 ? rounded((s - 0.55) * 9.0, 0.1) : 0.0;
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

const std::vector<WateringDomain::FieldState> &WateringDomain::stateAt(qint64 t)
{
    const qint64 wanted = std::max<qint64>(0, hourIndex(t));
    if (m_hours.empty()) {
        std::vector<FieldState> first(size_t(m_city.fields.size()));
        for (size_t f = 0; f < first.size(); ++f)
            first[f].moisture = m_noise.range(0.24, 0.36, SimNoise::Soil, f);
        m_hours.push_back(std::move(first));
    }
    while (qint64(m_hours.size()) <= wanted) {
        const qint64 start = m_origin + qint64(m_hours.size() - 1) * kHour; // the hour being stepped over
        std::vector<FieldState> next = m_hours.back();
        const Weather w = weather(start);
        for (size_t f = 0; f < next.size(); ++f) {
            FieldState &s = next[f];
            // Each field drains and dries at its own pace (soil, exposure, drainage).
            const double exposure = m_noise.range(0.75, 1.3, SimNoise::Soil, f, 1);
            const double drainage = m_noise.range(0.7, 1.2, SimNoise::Soil, f, 2);
            const double evaporation = exposure * (0.0016 + 0.000006 * w.solar + 0.0002 * std::max(0.0, w.temperature - 8.0));
            s.moisture = std::clamp(s.moisture - evaporation + drainage * 0.008 * w.precipitation, 0.08, 0.46);
            const double h = localHour(start + kHour);
            if (std::abs(h - 5.0) < 0.01) { // watering round at 5:00
                const double volume = 30.0 * m_city.fields.at(int(f)).weight;
                s.baselineVolume += volume;
                if (s.moisture < kDryThreshold && forecast(start + kHour).first < kRainSkipProbability) {
                    s.smartVolume += volume;
                    s.moisture = std::min(0.46, s.moisture + 0.07);
                    s.lastWatering = start + kHour;
                }
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

double WateringDomain::waterUsed(qint64 from, qint64 to, bool baseline)
{
    double total = 0;
    const std::vector<FieldState> start = stateAt(from);
    const std::vector<FieldState> &end = stateAt(to);
    for (size_t f = 0; f < end.size(); ++f)
        total += baseline ? end[f].baselineVolume - start[f].baselineVolume : end[f].smartVolume - start[f].smartVolume;
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
    }
    return {};
}
