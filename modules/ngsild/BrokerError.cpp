#include "ngsild/BrokerError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
BrokerError::Kind kindForType(const QString &type, int status)
{
    if (type == QLatin1String("NonExistingTenant") || type == QLatin1String("NonexistentTenant")
        || type == QLatin1String("TenantNotFound"))
        return BrokerError::Kind::TenantNotFound;
    if (type == QLatin1String("TooManyResults"))
        return BrokerError::Kind::TooManyResults;
    if (type == QLatin1String("ResourceNotFound"))
        return BrokerError::Kind::NotFound;
    if (type == QLatin1String("BadRequestData") || type == QLatin1String("InvalidRequest"))
        return BrokerError::Kind::BadRequest;
    if (type == QLatin1String("AccessDenied") || type == QLatin1String("Unauthorized"))
        return status == 401 ? BrokerError::Kind::Unauthorized : BrokerError::Kind::Forbidden;
    switch (status) {
    case 400:
        return BrokerError::Kind::BadRequest;
    case 401:
        return BrokerError::Kind::Unauthorized;
    case 403:
        return BrokerError::Kind::Forbidden;
    case 404:
        return BrokerError::Kind::NotFound;
    case 429:
        return BrokerError::Kind::RateLimited;
    case 502:
    case 503:
    case 504:
        return BrokerError::Kind::Unavailable;
    default:
        return status >= 500 ? BrokerError::Kind::ServerError : BrokerError::Kind::Other;
    }
}

QString firstLine(const QByteArray &body, int max = 200)
{
    QString text = QString::fromUtf8(body).simplified();
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text = text.simplified();
    return text.size() > max ? text.left(max) + QStringLiteral("…") : text;
}
} // namespace

BrokerError BrokerError::fromResponse(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    BrokerError e;
    e.m_status = httpStatus;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    if (doc.isObject() && (o.contains(QStringLiteral("type")) || o.contains(QStringLiteral("title")))) {
        const QString rawType = o.value(QStringLiteral("type")).toString().trimmed();
        e.m_type = rawType.section(QLatin1Char('/'), -1).section(QLatin1Char('#'), -1).trimmed();
        e.m_title = o.value(QStringLiteral("title")).toString().trimmed();
        e.m_detail = o.value(QStringLiteral("detail")).toString();
        if (e.m_detail.isEmpty())
            e.m_detail = o.value(QStringLiteral("details")).toString(); // older brokers
        const int bodyStatus = o.value(QStringLiteral("status")).toInt();
        if (httpStatus == 0 && bodyStatus > 0)
            e.m_status = bodyStatus;
    } else if (doc.isObject() && o.contains(QStringLiteral("message"))) {
        e.m_title = o.value(QStringLiteral("message")).toString(); // APISIX and other gateways
    } else if (contentType.contains("html") || body.trimmed().startsWith('<')) {
        e.m_title = QStringLiteral("non-NGSI-LD error page from a proxy or gateway");
        e.m_detail = firstLine(body);
    } else if (!body.isEmpty()) {
        e.m_detail = firstLine(body);
    }
    e.m_kind = kindForType(e.m_type, e.m_status);
    return e;
}

bool BrokerError::isTransient() const
{
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::RateLimited
        || m_kind == Kind::Unavailable;
}

bool BrokerError::isPageLimitError(int *limitHint) const
{
    const QString text = m_title + QLatin1Char(' ') + m_detail;
    const bool mentionsLimit = text.contains(QLatin1String("limit"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("maximum"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("too many"), Qt::CaseInsensitive);
    const bool pageError = m_kind == Kind::TooManyResults
        || ((m_kind == Kind::BadRequest || m_kind == Kind::Forbidden) && mentionsLimit);
    if (pageError && limitHint) {
        // "the supported maximum limit is 100", "max 1000", "limit must be <= 1000"
        static const QRegularExpression number(QStringLiteral("(?:maximum|max|limit)[^0-9]{0,40}(\\d{1,6})"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto m = number.match(text);
        *limitHint = m.hasMatch() ? m.captured(1).toInt() : 0;
    }
    return pageError;
}

QString BrokerError::kindName(Kind kind)
{
    static const char *names[] = {"none", "network", "timeout", "tls", "unauthorized", "forbidden",
                                  "tenant not found", "not found", "too many results", "bad request",
                                  "rate limited", "unavailable", "server error", "too large", "malformed",
                                  "cancelled", "other"};
    return QString::fromLatin1(names[int(kind)]);
}

QString BrokerError::message() const
{
    if (m_kind == Kind::None)
        return {};
    QString text = kindName(m_kind);
    if (m_status > 0)
        text += QStringLiteral(" (HTTP %1)").arg(m_status);
    if (!m_type.isEmpty())
        text += QStringLiteral(" %1").arg(m_type);
    QStringList parts;
    if (!m_title.isEmpty())
        parts << m_title;
    if (!m_detail.isEmpty() && m_detail != m_title)
        parts << m_detail;
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(" — "));
    return text;
}
