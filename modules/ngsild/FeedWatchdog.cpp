#include "ngsild/FeedWatchdog.h"

#include "ngsild/BrokerCall.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/NgsiLdLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

FeedWatchdog::FeedWatchdog(BrokerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &FeedWatchdog::tick);
}

FeedWatchdog::~FeedWatchdog()
{
    stop();
}

void FeedWatchdog::setTickInterval(int ms)
{
    m_timer->setInterval(ms);
}

int FeedWatchdog::tickInterval() const
{
    return m_timer->interval();
}

void FeedWatchdog::watch(const QString &subscriptionId, const QStringList &types)
{
    stop();
    m_subscriptionId = subscriptionId;
    m_types = types;
    m_received = 0;
    heard();
    m_timer->start();
}

void FeedWatchdog::stop()
{
    m_timer->stop();
    if (m_check)
        m_check->cancel();
    m_check.clear();
}

void FeedWatchdog::heard()
{
    m_lastHeard = QDateTime::currentMSecsSinceEpoch();
}

void FeedWatchdog::notification()
{
    ++m_received;
    heard();
}

void FeedWatchdog::tick()
{
    if (!m_check && (m_lost || QDateTime::currentMSecsSinceEpoch() - m_lastHeard > m_silenceMs))
        checkNow();
}

void FeedWatchdog::checkNow()
{
    if (m_check || !m_client)
        return;
    QUrl url;
    if (!m_subscriptionId.isEmpty()) {
        url = m_client->settings().apiUrl(QStringLiteral("/subscriptions/") + m_subscriptionId);
    } else {
        url = m_client->settings().apiUrl(QStringLiteral("/entities"));
        url.setQuery(QUrlQuery{{QStringLiteral("type"), m_types.value(0)}, {QStringLiteral("limit"), QStringLiteral("1")}});
    }
    const qint64 asked = QDateTime::currentMSecsSinceEpoch();
    m_check = m_client->checkCall(url, m_checkTimeoutMs);
    connect(m_check, &BrokerCall::finished, this, [this, asked](const BrokerResponse &r) {
        m_check.clear();
        if (r.error.kind() == BrokerError::Kind::Cancelled)
            return;
        QString detail;
        Verdict verdict = Verdict::Alive;
        if (!m_subscriptionId.isEmpty()) {
            verdict = judgeSubscription(r, m_received, &detail);
        } else if (!r.ok()) {
            verdict = Verdict::Unreachable;
            detail = r.error.message();
        }
        if (verdict == Verdict::Alive)
            heard();
        qCDebug(lcNgsiLd).noquote() << "feed check after" << QDateTime::currentMSecsSinceEpoch() - asked << "ms:" << verdict << detail;
        emit checked(verdict, detail);
    });
}

FeedWatchdog::Verdict FeedWatchdog::judgeSubscription(const BrokerResponse &r, int received, QString *detail)
{
    if (r.error.kind() == BrokerError::Kind::NotFound) {
        *detail = tr("the broker no longer has CityDeck's subscription");
        return Verdict::SubscriptionGone;
    }
    if (!r.ok()) {
        *detail = r.error.message();
        return Verdict::Unreachable;
    }
    const QJsonObject subscription = QJsonDocument::fromJson(r.body).object();
    const QJsonObject notification = subscription.value(QStringLiteral("notification")).toObject();
    const QString status = subscription.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("expired")) {
        *detail = tr("the subscription expired");
        return Verdict::SubscriptionGone;
    }
    // Orion-LD reports lastFailure/lastSuccess, Scorpio and Stellio a failed notification status.
    const QString lastFailure = notification.value(QStringLiteral("lastFailure")).toString();
    const QString lastSuccess = notification.value(QStringLiteral("lastSuccess")).toString();
    const QString reason = notification.value(QStringLiteral("lastFailureReason")).toString();
    const bool failedLast = !lastFailure.isEmpty() && (lastSuccess.isEmpty() || lastSuccess < lastFailure);
    if (status == QLatin1String("failed") || notification.value(QStringLiteral("status")).toString() == QLatin1String("failed")
        || failedLast) {
        *detail = reason.isEmpty() ? tr("the broker reports that its notifications fail")
                                   : tr("the broker reports that its notifications fail: %1").arg(reason);
        return Verdict::NotificationsStopped;
    }
    // Sent but never received (a proxy or NAT swallowing them): one may still be on its way.
    const int sent = notification.value(QStringLiteral("timesSent")).toInt(-1);
    if (sent > received + 1) {
        *detail = tr("the broker sent %1 notifications, %2 arrived").arg(sent).arg(received);
        return Verdict::NotificationsStopped;
    }
    return Verdict::Alive;
}
