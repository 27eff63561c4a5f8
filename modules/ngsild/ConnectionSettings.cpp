#include "ngsild/ConnectionSettings.h"

namespace {
QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (!p.endsWith(QLatin1String("/ngsi-ld/v1")))
        p += QStringLiteral("/ngsi-ld/v1");
    url.setPath(p + path);
    return url;
}
} // namespace

QUrl ConnectionSettings::apiUrl(const QString &path) const
{
    return join(brokerUrl, path);
}

QUrl ConnectionSettings::temporalApiUrl(const QString &path) const
{
    return join(temporalUrl.isValid() && !temporalUrl.isEmpty() ? temporalUrl : brokerUrl, path);
}
