#include "sdk/EntityStore.h"

#include "core/IsoTime.h"

EntityStore::EntityStore(QObject *parent)
    : QObject(parent)
{
}

void EntityStore::setBackend(Backend *backend)
{
    m_backend = backend;
    emit reset();
}

std::vector<Entity> EntityStore::stateAt(qint64 t, const QStringList &types, const QStringList &ids) const
{
    return m_backend ? m_backend->stateAt(t, types, ids) : std::vector<Entity>{};
}

QList<TemporalSample> EntityStore::series(const QString &entityId, const QString &attribute, qint64 from, qint64 to,
                                          const QString &datasetId) const
{
    return m_backend ? m_backend->series(entityId, attribute, from, to, datasetId) : QList<TemporalSample>{};
}

std::pair<qint64, qint64> EntityStore::timeRange() const
{
    return m_backend ? m_backend->timeRange() : std::pair<qint64, qint64>{IsoTime::invalid, IsoTime::invalid};
}

QStringList EntityStore::types() const
{
    return m_backend ? m_backend->types() : QStringList{};
}

void EntityStore::notifyStored(qint64 newestObservation)
{
    emit stored(newestObservation);
}

void EntityStore::setFeedProblem(const QString &problem, const QDateTime &since)
{
    const QDateTime when = problem.isEmpty() ? QDateTime() : since;
    if (problem == m_feedProblem && when == m_feedSince)
        return;
    m_feedProblem = problem;
    m_feedSince = when;
    emit feedChanged();
}

qint64 EntityStore::lastObserved(const Entity &entity)
{
    qint64 newest = IsoTime::invalid;
    for (const AttributeGroup &g : entity.attributes()) {
        for (const Attribute &a : g.instances()) {
            if (a.observedAt() != IsoTime::invalid && (newest == IsoTime::invalid || a.observedAt() > newest))
                newest = a.observedAt();
        }
    }
    return newest;
}

bool EntityStore::isStale(const Entity &entity, qint64 t, qint64 staleAfter)
{
    return isStale(lastObserved(entity), t, staleAfter);
}

bool EntityStore::isStale(qint64 lastObserved, qint64 t, qint64 staleAfter)
{
    return lastObserved != IsoTime::invalid && t - lastObserved > staleAfter;
}
