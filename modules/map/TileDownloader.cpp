#include "map/TileDownloader.h"

#include "map/MapLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace {
constexpr qint64 kMinimumLifetime = 7LL * 24 * 3600 * 1000; // OSM asks for at least a week
constexpr qint64 kOfflinePause = 60 * 1000;
} // namespace

TileDownloader::TileDownloader(const QString &urlTemplate, QObject *parent)
    : QObject(parent)
    , m_template(urlTemplate)
{
    m_network.setTransferTimeout(20000);
}

QByteArray TileDownloader::userAgent()
{
    return "CityDeck/" + QCoreApplication::applicationVersion().toUtf8() + " (smart-city control room; +https://citydeck.example.org)";
}

QUrl TileDownloader::urlFor(const TileId &t) const
{
    QString url = m_template;
    url.replace(QLatin1String("{z}"), QString::number(t.z));
    url.replace(QLatin1String("{x}"), QString::number(t.x));
    url.replace(QLatin1String("{y}"), QString::number(t.y));
    url.replace(QLatin1String("{-y}"), QString::number(WebMercator::tmsRow(t.z, t.y)));
    return QUrl(url);
}

qint64 TileDownloader::expiryFrom(const QByteArray &cacheControl, const QByteArray &expires, qint64 now)
{
    qint64 lifetime = -1;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("max-age\\s*=\\s*(\\d+)")).match(QString::fromLatin1(cacheControl));
    if (m.hasMatch()) {
        lifetime = m.captured(1).toLongLong() * 1000;
    } else if (!expires.isEmpty()) {
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(expires), Qt::RFC2822Date);
        if (at.isValid())
            lifetime = at.toMSecsSinceEpoch() - now;
    }
    return now + std::max(lifetime, kMinimumLifetime);
}

void TileDownloader::request(const TileId &t)
{
    if (m_running.contains(t))
        return;
    m_queue.removeOne(t);
    m_queue.append(t);
    pump();
}

void TileDownloader::retainOnly(const QList<TileId> &wanted)
{
    const QSet<TileId> keep(wanted.cbegin(), wanted.cend());
    m_queue.removeIf([&](const TileId &t) { return !keep.contains(t); });
}

void TileDownloader::pump()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_offlineUntil > 0) {
        if (now < m_offlineUntil)
            return;
        m_offlineUntil = 0;
        emit offlineChanged(false);
    }
    while (m_running.size() < kMaxParallel && !m_queue.isEmpty()) {
        const TileId t = m_queue.takeLast();
        QNetworkRequest request(urlFor(t));
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        QNetworkReply *reply = m_network.get(request);
        m_running.insert(t, reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, t] { finished(reply, t); });
    }
}

void TileDownloader::finished(QNetworkReply *reply, const TileId &t)
{
    reply->deleteLater();
    m_running.remove(t);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        emit tileReady(t, reply->readAll(), expiryFrom(reply->rawHeader("Cache-Control"), reply->rawHeader("Expires"), now));
    } else {
        const QString reason = status > 0 ? tr("HTTP %1 for %2").arg(status).arg(reply->url().toString()) : reply->errorString();
        emit tileFailed(t, reason);
        if (status == 0 && m_offlineUntil == 0) {
            // No answer at all: unreachable. Drop the queue and rest a while.
            qCInfo(lcMap).noquote() << "tile server unreachable:" << reason << "- using cached tiles only for a minute";
            m_offlineUntil = QDateTime::currentMSecsSinceEpoch() + kOfflinePause;
            m_queue.clear();
            emit offlineChanged(true);
            QTimer::singleShot(kOfflinePause, this, &TileDownloader::pump);
        }
    }
    pump();
}
