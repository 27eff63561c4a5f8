#pragma once

#include "ngsild/ngsild_export.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// RFC 8288 Link header values as brokers really send them: repeated headers or one header
// with comma-separated links, and URLs with unencoded query values (Scorpio writes
// "?type=A,B&q=x>5"), so commas are only separators outside <…>.
class CITYDECK_NGSILD_EXPORT LinkHeader
{
public:
    struct Link
    {
        QString target;
        QString rel;
        QString type;
    };

    static QList<Link> parse(const QList<QByteArray> &headerValues);
    // The rel="next" target resolved against the request URL; invalid when there is none.
    static QUrl next(const QList<QByteArray> &headerValues, const QUrl &requestUrl);
    // The JSON-LD @context link of a response or notification.
    static QString context(const QList<QByteArray> &headerValues);
};
