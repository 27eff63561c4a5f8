#include "citysim/SimResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

SimResponse SimResponse::problem(int status, const QString &type, const QString &title, const QString &detail)
{
    SimResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("https://uri.etsi.org/ngsi-ld/errors/") + type},
                                       {QStringLiteral("title"), title},
                                       {QStringLiteral("status"), status},
                                       {QStringLiteral("detail"), detail}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimResponse::json(const QByteArray &body, int status)
{
    SimResponse r;
    r.status = status;
    r.body = body;
    return r;
}
