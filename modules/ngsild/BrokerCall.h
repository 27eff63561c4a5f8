#pragma once

#include "ngsild/ngsild_export.h"

#include "ngsild/BrokerResponse.h"
#include "ngsild/ConnectionSettings.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class TokenProvider;

// One logical request to a broker, carried through its retries: exponential backoff with
// jitter for network faults, 429 and 502–504 (Retry-After honoured, capped), one token refresh
// after a 401, a size limit that aborts oversized bodies, TLS errors reported and never ignored.
// Emits finished() exactly once, then deletes itself later.
class CITYDECK_NGSILD_EXPORT BrokerCall : public QObject
{
    Q_OBJECT

public:
    BrokerCall(QNetworkAccessManager *network, TokenProvider *tokens, const ConnectionSettings &settings,
               const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body, QObject *parent);
    ~BrokerCall() override;

    void start();
    void cancel();
    const BrokerResponse &response() const { return m_response; }

    // "Authorization: Bearer ***" — header lines safe for logs.
    static QString redactedHeaders(const QNetworkRequest &request);

signals:
    void finished(const BrokerResponse &response);

private:
    void send();
    void onFinished();
    bool scheduleRetry(int retryAfterMs);
    int backoffMs() const;
    void finish(const BrokerError &error);

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    ConnectionSettings m_settings;
    QByteArray m_verb;
    QNetworkRequest m_request;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer;
    BrokerResponse m_response;
    QElapsedTimer m_clock;
    BrokerError m_abortReason;
    bool m_refreshedAfter401 = false;
    bool m_done = false;
};
