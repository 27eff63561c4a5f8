#include "ngsild/EntityQuery.h"

#include <QUrl>

QByteArray EntityQuery::acceptHeader() const
{
    switch (accept) {
    case Accept::JsonLd:
        return QByteArrayLiteral("application/ld+json");
    case Accept::GeoJson:
        return QByteArrayLiteral("application/geo+json");
    case Accept::Json:
        break;
    }
    return QByteArrayLiteral("application/json");
}

QString EntityQuery::encodeItem(const QString &key, const QString &value)
{
    // Type lists, georel and q keep their separators readable: every broker accepts them raw.
    return key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value, ",;:=!<>~|()'*"));
}

QString EntityQuery::toQueryString() const
{
    QStringList items;
    auto add = [&items](const char *key, const QString &value) {
        if (!value.isEmpty())
            items << encodeItem(QString::fromLatin1(key), value);
    };
    add("type", types.join(QLatin1Char(',')));
    add("id", ids.join(QLatin1Char(',')));
    add("idPattern", idPattern);
    add("q", q);
    add("attrs", attrs.join(QLatin1Char(',')));
    add("pick", pick.join(QLatin1Char(',')));
    add("georel", georel);
    add("geometry", geometry);
    add("coordinates", coordinates);
    add("geoproperty", geoproperty);
    add("lang", lang);
    if (format == Format::KeyValues)
        add("options", QStringLiteral("keyValues"));
    else if (format == Format::Simplified)
        add("format", QStringLiteral("simplified"));
    return items.join(QLatin1Char('&'));
}
