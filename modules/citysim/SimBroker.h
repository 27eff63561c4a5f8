#pragma once

#include "citysim/citysim_export.h"

#include "citysim/SimResponse.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

class CitySimulation;
class SimSubscriptions;

// The NGSI-LD API of the simulated city, without sockets: entities (type, id, idPattern, q,
// attrs/pick, georel, count, limit/offset with Link next, normalized/keyValues, GeoJSON), /types,
// temporal entities, subscriptions, tenants, an optional bearer token and ProblemDetails errors.
// Answers like Orion-LD where the spec leaves a choice (page limit 1000 → 400 past it).
class CITYDECK_CITYSIM_EXPORT SimBroker : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path;       // decoded, starting with /ngsi-ld/v1
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit SimBroker(CitySimulation *city, QObject *parent = nullptr);
    ~SimBroker() override;

    void setTenant(const QString &tenant) { m_tenant = tenant; }
    void setToken(const QString &token) { m_token = token; }
    CitySimulation *city() const { return m_city; }
    SimSubscriptions *subscriptions() const { return m_subscriptions; }

    SimResponse handle(const Request &request);

    static constexpr int kMaxLimit = 1000;
    static constexpr int kDefaultLimit = 20;
    static constexpr const char *kServer = "citydeck-sim/1.0";
    static QString coreContext();

private:
    SimResponse entities(const Request &r);
    SimResponse oneEntity(const Request &r, const QString &id);
    SimResponse types(const Request &r);
    SimResponse temporal(const Request &r, const QString &id);
    // The ids selected by type/id/idPattern/q/georel/attrs at time t, in order, with the entities
    // that content filters had to build; an error response when the parameters are invalid.
    struct Selection
    {
        QStringList ids;
        QHash<QString, QJsonObject> built;
    };
    bool select(const Request &r, qint64 t, Selection *out, SimResponse *error);
    // The selected entities from offset (limit -1 = all), built now unless a filter already did.
    QList<QJsonObject> entitiesOf(const Selection &selection, qint64 t, qsizetype offset, qsizetype limit) const;
    bool pageParameters(const Request &r, int *limit, int *offset, SimResponse *error);
    SimResponse render(const Request &r, const QList<QJsonObject> &entities, bool single);

    CitySimulation *m_city;
    SimSubscriptions *m_subscriptions;
    QString m_tenant;
    QString m_token;
};
