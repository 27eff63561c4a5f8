#include "citysim/CrimeDomain.h"

#include <cmath>

namespace {
const char *const kDescriptions[] = {"Robbery reported", "Assault reported", "Suspicious behaviour reported",
                                     "Public disorder reported"};
const char *const kSeverities[] = {"high", "high", "low", "medium"};
} // namespace

QStringList CrimeDomain::subCategories()
{
    return {QStringLiteral("robbery"), QStringLiteral("assault"), QStringLiteral("suspiciousAction"),
            QStringLiteral("civilDisorder")};
}

void CrimeDomain::ensure(qint64 hour)
{
    const int districts = int(m_city.districts.size());
    if (m_lastInDistrict.empty())
        m_lastInDistrict.assign(size_t(districts), -1000);
    for (; m_hoursDone <= hour; ++m_hoursDone) {
        const qint64 start = m_origin + m_hoursDone * kHour;
        const double h = localHour(start);
        const int wd = weekday(start);
        const bool night = h >= 22 || h < 4;
        const auto [eventStart, eventEnd] = eventWindow(start);
        const bool event = start >= eventStart && start < eventEnd + kHour;
        for (int d = 0; d < districts; ++d) {
            const CityLayout::District &district = m_city.districts.at(d);
            double rate = 0.011 * (night ? 2.6 : (h >= 8 && h < 20 ? 1.0 : 1.4)) * (wd >= 6 ? 1.5 : 1.0)
                * (0.4 + 2.2 * district.centrality);
            if (m_hoursDone - m_lastInDistrict[size_t(d)] <= 3)
                rate *= 3.0; // clustering: one incident draws others close by, soon after
            if (event && m_city.districtAt(m_city.eventVenue) == d)
                rate *= 4.0;
            const quint64 key = quint64(m_hoursDone) * 64 + quint64(d);
            if (m_noise.unit(SimNoise::Crime, key) >= rate)
                continue;
            Incident incident;
            incident.id = QStringLiteral("urn:ngsi-ld:Alert:sq-%1-%2").arg(m_hoursDone).arg(d + 1);
            incident.issued = start + qint64(m_noise.unit(SimNoise::Crime, key, 1) * kHour);
            incident.issued -= incident.issued % 1000;
            const QRectF box = district.area.boundingRect();
            // Near a building of the district: where people are.
            QPointF at = box.center();
            for (int attempt = 0; attempt < 8; ++attempt) {
                const QPointF p(box.left() + box.width() * m_noise.unit(SimNoise::Crime, key, 10 + attempt),
                                box.top() + box.height() * m_noise.unit(SimNoise::Crime, key, 20 + attempt));
                if (district.area.containsPoint(p, Qt::OddEvenFill)) {
                    at = p;
                    break;
                }
            }
            incident.position = at;
            incident.district = d;
            const double u = m_noise.unit(SimNoise::Crime, key, 2);
            incident.subCategory = night ? (u < 0.3 ? 1 : u < 0.6 ? 3 : u < 0.85 ? 0 : 2) : (u < 0.45 ? 0 : u < 0.8 ? 2 : u < 0.9 ? 3 : 1);
            m_byId.insert(incident.id, qsizetype(m_incidents.size()));
            m_incidents.push_back(incident);
            m_lastInDistrict[size_t(d)] = m_hoursDone;
        }
    }
}

QList<CrimeDomain::Incident> CrimeDomain::incidents(qint64 from, qint64 to)
{
    ensure(hourIndex(to));
    QList<Incident> out;
    for (const Incident &i : m_incidents) {
        if (i.issued >= from && i.issued < to)
            out << i;
    }
    return out;
}

QStringList CrimeDomain::ids(const QString &, qint64 t)
{
    QStringList out;
    for (const Incident &i : incidents(t - kKept, t + 1))
        out << i.id;
    out.sort();
    return out;
}

QJsonObject CrimeDomain::entity(const QString &id, qint64 t)
{
    ensure(hourIndex(t));
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return {};
    const Incident &i = m_incidents[size_t(*it)];
    if (i.issued > t || i.issued <= t - kKept)
        return {};
    QJsonObject e = newEntity(id, QStringLiteral("Alert"));
    e.insert(QStringLiteral("category"), property(QStringLiteral("security")));
    e.insert(QStringLiteral("subCategory"), property(subCategories().at(i.subCategory)));
    e.insert(QStringLiteral("severity"), property(QString::fromLatin1(kSeverities[i.subCategory])));
    e.insert(QStringLiteral("description"), property(QStringLiteral("%1 in %2").arg(QLatin1String(kDescriptions[i.subCategory]),
                                                                                     m_city.districts.at(i.district).name)));
    e.insert(QStringLiteral("location"), geoProperty(point(i.position)));
    e.insert(QStringLiteral("dateIssued"), property(dateTime(i.issued)));
    e.insert(QStringLiteral("validFrom"), property(dateTime(i.issued)));
    e.insert(QStringLiteral("validTo"), property(dateTime(i.issued + 2 * kHour)));
    e.insert(QStringLiteral("alertSource"), property(QStringLiteral("Saint-Quentin police control room")));
    return e;
}
