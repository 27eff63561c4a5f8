#pragma once

#include "ngsild/ngsild_export.h"

#include <QByteArray>
#include <QString>

// Why a broker request failed, normalized across Orion-LD, Scorpio and Stellio: ProblemDetails
// (type matched on its last segment, trimmed — Scorpio sends a trailing space — "detail" or the
// older "details"), proxy pages (HTML, APISIX {"message":…}), HTTP statuses and network faults.
class CITYDECK_NGSILD_EXPORT BrokerError
{
public:
    enum class Kind {
        None,
        Network,         // unreachable host, connection dropped, DNS
        Timeout,
        Tls,             // certificate or handshake problem: never ignored silently
        Unauthorized,    // 401
        Forbidden,       // 403 that is not a page-size refusal
        TenantNotFound,  // NonExistingTenant / NonexistentTenant / TenantNotFound
        NotFound,        // ResourceNotFound, 404
        TooManyResults,  // page larger than the broker allows
        BadRequest,      // BadRequestData, InvalidRequest
        RateLimited,     // 429
        Unavailable,     // 502, 503, 504
        ServerError,     // other 5xx
        TooLarge,        // response bigger than the configured maximum
        Malformed,       // unreadable body
        Cancelled,
        Other
    };

    BrokerError() = default;
    BrokerError(Kind kind, const QString &message) : m_kind(kind), m_detail(message) {}

    // From an HTTP error response.
    static BrokerError fromResponse(int httpStatus, const QByteArray &body, const QByteArray &contentType);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_status; }
    QString type() const { return m_type; }       // ProblemDetails type, last segment
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    // Worth retrying with backoff (network faults, 429, 502-504).
    bool isTransient() const;
    // A refusal of the requested page size; limitHint is the broker's maximum when it says it.
    bool isPageLimitError(int *limitHint = nullptr) const;
    // One line for logs, the UI and the CLI.
    QString message() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_status = 0;
    QString m_type;
    QString m_title;
    QString m_detail;
};
