#pragma once

#include "citysim/SimDomain.h"

#include <QHash>

#include <vector>

// Security incidents reported as Alert (category "security"): more at night and at weekends,
// more in central districts and near the week's event, and clustered: an incident makes
// another one nearby in the next hours three times likelier. Alerts of the last 7 days exist.
class CITYDECK_CITYSIM_EXPORT CrimeDomain : public SimDomain
{
public:
    using SimDomain::SimDomain;

    QStringList types() const override { return {QStringLiteral("Alert")}; }
    QStringList ids(const QString &type, qint64 t) override;
    QJsonObject entity(const QString &id, qint64 t) override;
    qint64 period(const QString &) const override { return 0; }

    struct Incident
    {
        QString id;
        qint64 issued = 0;
        QPointF position;
        int district = 0;
        int subCategory = 0; // index into subCategories()
    };
    static QStringList subCategories();
    // Incidents issued in [from, to).
    QList<Incident> incidents(qint64 from, qint64 to);

    static constexpr qint64 kKept = 7 * kDay;

private:
    void ensure(qint64 hour);

    std::vector<Incident> m_incidents;        // in issue order
    QHash<QString, qsizetype> m_byId;
    qint64 m_hoursDone = 0;
    std::vector<qint64> m_lastInDistrict;     // hour of the last incident per district
};
