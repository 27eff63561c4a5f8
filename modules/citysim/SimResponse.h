#pragma once

#include "citysim/citysim_export.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP answer of the simulated broker, built by the handlers before QHttpServer sees it, so
// that the NGSI-LD logic can be tested without sockets.
struct CITYDECK_CITYSIM_EXPORT SimResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    QByteArray header(const QByteArray &name) const;

    // ProblemDetails with the NGSI-LD error type ("BadRequestData", "ResourceNotFound", …).
    static SimResponse problem(int status, const QString &type, const QString &title, const QString &detail);
    static SimResponse json(const QByteArray &body, int status = 200);
};
