#include "ngsild/BrokerCall.h"

#include "ngsild/NgsiLdLog.h"
#include "ngsild/TokenProvider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

namespace {
// Retry-After: delay-seconds or an HTTP-date.
int retryAfterMs(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    return at.isValid() ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at))) : -1;
}
} // namespace

BrokerCall::BrokerCall(QNetworkAccessManager *network, TokenProvider *tokens, const ConnectionSettings &settings,
                       const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_settings(settings)
    , m_verb(verb)
    , m_request(request)
    , m_body(body)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &BrokerCall::start);
    m_response.url = request.url();
}

BrokerCall::~BrokerCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString BrokerCall::redactedHeaders(const QNetworkRequest &request)
{
    QStringList lines;
    for (const QByteArray &name : request.rawHeaderList()) {
        const bool secret = name.compare("Authorization", Qt::CaseInsensitive) == 0
            || name.compare("X-Auth-Token", Qt::CaseInsensitive) == 0;
        QByteArray value = request.rawHeader(name);
        if (secret)
            value = value.startsWith("Bearer ") ? QByteArrayLiteral("Bearer ***") : QByteArrayLiteral("***");
        lines << QString::fromLatin1(name + ": " + value);
    }
    return lines.join(QStringLiteral("; "));
}

void BrokerCall::start()
{
    if (m_done)
        return;
    if (!m_tokens) {
        send();
        return;
    }
    QPointer<BrokerCall> self(this);
    m_tokens->ensureToken([self](const BrokerError &error) {
        if (!self)
            return;
        if (error.isError())
            self->finish(error);
        else
            self->send();
    });
}

void BrokerCall::send()
{
    QNetworkRequest request = m_request;
    if (m_tokens) {
        for (const auto &[name, value] : m_tokens->headers())
            request.setRawHeader(name, value);
    }
    request.setTransferTimeout(m_settings.timeoutMs);
    ++m_response.attempts;
    m_abortReason = BrokerError();
    m_clock.start();
    qCDebug(lcNgsiLd).noquote() << m_verb << request.url().toString() << "attempt" << m_response.attempts
                                << redactedHeaders(request);
    m_reply = m_network->sendCustomRequest(request, m_verb, m_body);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_settings.maxResponseBytes && m_reply) {
            m_abortReason = BrokerError(BrokerError::Kind::TooLarge,
                                        QStringLiteral("response larger than %1 MB: aborted (raise the maximum response "
                                                       "size, or narrow the query)")
                                            .arg(m_settings.maxResponseBytes / (1024 * 1024)));
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons << e.errorString();
        m_abortReason = BrokerError(BrokerError::Kind::Tls, reasons.join(QStringLiteral("; ")));
    });
    connect(m_reply, &QNetworkReply::finished, this, &BrokerCall::onFinished);
}

int BrokerCall::backoffMs() const
{
    const double exponential = m_settings.retryBaseMs * std::pow(2.0, qMax(0, m_response.attempts - 1));
    const double jitter = 0.75 + QRandomGenerator::global()->generateDouble() * 0.5;
    return int(qMin<double>(exponential * jitter, m_settings.maxRetryDelayMs));
}

bool BrokerCall::scheduleRetry(int retryAfter)
{
    if (m_response.attempts > m_settings.maxRetries)
        return false;
    const int delay = retryAfter >= 0 ? qMin(retryAfter, m_settings.maxRetryDelayMs) : backoffMs();
    qCInfo(lcNgsiLd).noquote() << m_verb << m_request.url().toString() << "failed:" << m_response.error.message()
                               << "— retrying in" << delay << "ms";
    m_retryTimer->start(delay);
    return true;
}

void BrokerCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    m_response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.headers = reply->rawHeaderPairs();
    m_response.body = reply->readAll();
    m_response.url = reply->url();
    qCInfo(lcNgsiLd).noquote() << m_verb << m_response.url.toString() << "→" << m_response.status << "("
                               << m_response.body.size() << "bytes," << m_clock.elapsed() << "ms)";

    if (m_abortReason.isError()) {
        finish(m_abortReason);
        return;
    }
    // A network fault, also after a 2xx status line (connection dropped mid-body).
    if (reply->error() != QNetworkReply::NoError && m_response.status < 400) {
        const auto code = reply->error();
        BrokerError::Kind kind = BrokerError::Kind::Network;
        if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
            kind = BrokerError::Kind::Timeout; // transfer timeout: nothing arrived in time
        else if (code == QNetworkReply::SslHandshakeFailedError)
            kind = BrokerError::Kind::Tls;
        m_response.error = BrokerError(kind, reply->errorString());
        if (kind != BrokerError::Kind::Tls && scheduleRetry(-1))
            return;
        finish(m_response.error);
        return;
    }
    if (m_response.status >= 400 || reply->error() != QNetworkReply::NoError) {
        m_response.error = BrokerError::fromResponse(m_response.status, m_response.body,
                                                     reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        if (m_response.error.kind() == BrokerError::Kind::Unauthorized && m_tokens && m_tokens->usesOAuth2()
            && !m_refreshedAfter401) {
            m_refreshedAfter401 = true; // once: a second 401 is the answer
            m_tokens->invalidate();
            start();
            return;
        }
        if (m_response.error.isTransient() && scheduleRetry(retryAfterMs(m_response.header("Retry-After"))))
            return;
        finish(m_response.error);
        return;
    }
    finish(BrokerError());
}

void BrokerCall::cancel()
{
    if (m_done)
        return;
    m_retryTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(BrokerError(BrokerError::Kind::Cancelled, QStringLiteral("cancelled")));
}

void BrokerCall::finish(const BrokerError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_response.error = error;
    emit finished(m_response);
    deleteLater();
}
