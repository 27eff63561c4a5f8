#pragma once

#include "sdk/sdk_export.h"

#include "core/Entity.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <vector>

// What a dashboard reads its data from: the cache of the connection CityDeck is on. Every value
// comes from the local journal — live and review alike — so that reviewing a past window shows
// exactly what live showed, and nothing in review goes to the network. The store object lives as
// long as the context; the connection behind it (the Backend) changes when the user connects
// elsewhere, and dashboards are told to re-read with reset().
class CITYDECK_SDK_EXPORT EntityStore : public QObject
{
    Q_OBJECT
public:
    // Implemented by the connection layer over its journal (times in ms since the epoch, UTC).
    class Backend
    {
    public:
        virtual ~Backend() = default;
        virtual std::vector<Entity> stateAt(qint64 t, const QStringList &types, const QStringList &ids) = 0;
        virtual QList<TemporalSample> series(const QString &entityId, const QString &attribute, qint64 from, qint64 to,
                                             const QString &datasetId) = 0;
        virtual std::pair<qint64, qint64> timeRange() = 0;
        virtual QStringList types() = 0;
    };

    explicit EntityStore(QObject *parent = nullptr);

    // Not owned; nullptr when no connection is open. Emits reset().
    void setBackend(Backend *backend);
    bool hasData() const { return m_backend != nullptr; }
    // A name for "as of" lines and exports (the connection's name).
    QString sourceName() const { return m_sourceName; }
    void setSourceName(const QString &name) { m_sourceName = name; }

    // Every entity known at t (of these types / ids when given), each attribute at its latest
    // value observed at or before t, with the static attributes.
    std::vector<Entity> stateAt(qint64 t, const QStringList &types = {}, const QStringList &ids = {}) const;
    // Values of one attribute of one entity with from <= observedAt <= to, oldest first.
    QList<TemporalSample> series(const QString &entityId, const QString &attribute, qint64 from, qint64 to,
                                 const QString &datasetId = {}) const;
    // Oldest and newest observation held (IsoTime::invalid for both when empty).
    std::pair<qint64, qint64> timeRange() const;
    QStringList types() const;

    // The connection layer calls this after storing new values.
    void notifyStored(qint64 newestObservation);
    // Why the live feed is not live — "broker unreachable", "notifications stopped" — and since
    // when (wall clock); empty while it is live. Set by the connection layer; every dashboard's
    // "as of" line and the data-source alarm read it, so that no frozen picture passes for live.
    void setFeedProblem(const QString &problem, const QDateTime &since);
    QString feedProblem() const { return m_feedProblem; }
    QDateTime feedProblemSince() const { return m_feedSince; }
    bool isFeedLive() const { return m_feedProblem.isEmpty(); }

    // The newest observedAt among an entity's attributes (IsoTime::invalid when none is observed).
    static qint64 lastObserved(const Entity &entity);
    // No value for more than staleAfter ms before t (entities never observed are not stale).
    static bool isStale(const Entity &entity, qint64 t, qint64 staleAfter);
    static bool isStale(qint64 lastObserved, qint64 t, qint64 staleAfter);

signals:
    // New values were stored; a live dashboard re-reads its state.
    void stored(qint64 newestObservation);
    // The connection changed (or closed): everything shown must be read again.
    void reset();
    void feedChanged();

private:
    Backend *m_backend = nullptr;
    QString m_sourceName;
    QString m_feedProblem;
    QDateTime m_feedSince;
};
