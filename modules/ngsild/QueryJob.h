#pragma once

#include "ngsild/ngsild_export.h"

#include "core/Entity.h"
#include "ngsild/BrokerError.h"
#include "ngsild/EntityQuery.h"
#include "ngsild/PayloadParser.h"
#include "ngsild/TemporalQuery.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>
#include <vector>

class BrokerCall;
class BrokerClient;
struct BrokerResponse;

// One entity or temporal query carried over every page until nothing is lost or duplicated:
// limit/offset with count=true, Link rel="next" when the broker sends it, a smaller page and a
// retry when the broker refuses the page size (Orion-LD 400, Scorpio/Stellio 403), 206 Partial
// Content with Content-Range and Mintaka's Page-Size/Next-Page for temporal data, de-duplication
// by entity id, and a warning when the final count differs from NGSILD-Results-Count.
class CITYDECK_NGSILD_EXPORT QueryJob : public QObject
{
    Q_OBJECT

public:
    QueryJob(BrokerClient *client, const EntityQuery &query, QObject *parent = nullptr);
    QueryJob(BrokerClient *client, const TemporalQuery &query, QObject *parent = nullptr);
    ~QueryJob() override;

    // Fetch one entity by id (GET /entities/{id}) instead of a paged query.
    void setSingleEntity(const QString &id) { m_singleId = id; }
    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isTemporal() const { return m_temporal.has_value(); }
    const std::vector<Entity> &entities() const { return m_entities; }
    std::vector<Entity> takeEntities() { return std::move(m_entities); }
    BrokerError error() const { return m_error; }
    QStringList warnings() const { return m_warnings; }
    int announcedCount() const { return m_announced; }
    int duplicatesDropped() const { return m_duplicates; }
    int pageRequests() const { return m_requests; }

signals:
    void progress(int received, int total); // total is -1 while unknown
    void finished();

private:
    void requestOffset(int offset);
    void request(const QUrl &url);
    void onResponse(const BrokerResponse &response);
    bool followTemporalRange(const BrokerResponse &response);
    void addEntity(Entity &&entity);
    void finish(const BrokerError &error = BrokerError());

    QPointer<BrokerClient> m_client;
    EntityQuery m_query;
    std::optional<TemporalQuery> m_temporal;
    PayloadParser m_parser;
    QPointer<BrokerCall> m_call;
    std::vector<Entity> m_entities;
    QHash<QString, int> m_index;
    QStringList m_warnings;
    BrokerError m_error;
    QUrl m_currentUrl;
    QString m_singleId;
    int m_offset = 0;
    int m_limit = 0;
    int m_announced = -1;
    int m_duplicates = 0;
    int m_requests = 0;
    bool m_finished = false;
};
