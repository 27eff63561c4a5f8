#pragma once

#include "ngsild/ngsild_export.h"

#include "ngsild/BrokerError.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

// One finished HTTP exchange with a broker, after retries.
struct CITYDECK_NGSILD_EXPORT BrokerResponse
{
    QUrl url;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    BrokerError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
    // Every value of a header (case-insensitive); repeated headers each give one entry.
    QList<QByteArray> headerValues(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const { return headerValues(name).value(0); }
};
