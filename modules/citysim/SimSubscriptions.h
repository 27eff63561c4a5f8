#pragma once

#include "citysim/citysim_export.h"

#include "citysim/SimBroker.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

// Subscriptions of the simulated broker (create, list, read, renew/patch, delete) and their
// real HTTP notifications: one right after creation with every matching entity, then on change
// (of the watched attributes when given), every timeInterval seconds, or at most once per
// throttling period. Expiry uses the wall clock, as clients compute expiresAt with theirs.
class CITYDECK_CITYSIM_EXPORT SimSubscriptions : public QObject
{
    Q_OBJECT
public:
    explicit SimSubscriptions(SimBroker *broker);
    ~SimSubscriptions() override;

    SimResponse handle(const SimBroker::Request &r, const QStringList &rest, const QString &tenant);
    int count() const { return int(m_subscriptions.size()); }
    // Looks for changes and sends what is due; runs every second by itself.
    void tick();

signals:
    void notificationSent(const QString &subscriptionId, int entityCount, bool delivered);

private:
    struct Subscription
    {
        QJsonObject body;       // as created, patched
        QString tenant;
        QStringList types;
        QStringList ids;
        QString idPattern;
        QStringList watched;
        QString q;
        QUrl endpoint;
        bool keyValues = false;
        bool ldJson = false;
        QStringList attributes;
        int throttling = 0;
        int timeInterval = 0;
        qint64 expiresAt = -1;  // wall clock ms; -1 = never
        qint64 lastSent = -1;   // wall clock ms
        int timesSent = 0;
        QString lastFailure;
        QHash<QString, QByteArray> seen; // entity id → the watched part last sent
        QHash<QString, qint64> turns;    // type → the observation period last looked at
    };
    bool parse(const QJsonObject &body, Subscription *s, QString *error) const;
    QList<QJsonObject> changed(Subscription &s, bool all);
    void send(const QString &id, Subscription &s, const QList<QJsonObject> &entities);
    QJsonObject describe(const QString &id, const Subscription &s) const;

    SimBroker *m_broker;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QHash<QString, Subscription> m_subscriptions;
    QStringList m_order;
    int m_next = 1;
    int m_notifications = 0;
};
