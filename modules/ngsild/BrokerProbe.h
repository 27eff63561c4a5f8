#pragma once

#include "ngsild/ngsild_export.h"

#include "ngsild/BrokerError.h"
#include "ngsild/BrokerProfile.h"

#include <QObject>
#include <QPointer>

class BrokerClient;

// "What is behind this URL?": the detected broker, the entity types it offers and how many
// entities of each (NGSILD-Results-Count), or the exact error. Shared by `citydeck-cli probe`
// and the connection manager's Test button.
class CITYDECK_NGSILD_EXPORT BrokerProbe : public QObject
{
    Q_OBJECT
public:
    struct TypeCount
    {
        QString type;
        int count = -1; // -1: the broker did not say
        QString error;
    };

    explicit BrokerProbe(BrokerClient *client, QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    BrokerError error() const { return m_error; }
    BrokerProfile profile() const;
    const QList<TypeCount> &counts() const { return m_counts; }

    // Type names from a /types answer: {"typeList": [...]} or, with details, [{"typeName": ...}].
    static QStringList typeNames(const QByteArray &body);

signals:
    void finished();

private:
    void askVersion();
    void countNext(int index);
    void finish(const BrokerError &error = BrokerError());

    QPointer<BrokerClient> m_client;
    QList<TypeCount> m_counts;
    BrokerError m_error;
    bool m_finished = false;
};
