#include "citysim/SimBroker.h"

#include "citysim/CitySimulation.h"
#include "citysim/SimEntityFormat.h"
#include "citysim/SimQuery.h"
#include "citysim/SimSubscriptions.h"
#include "citysim/SimTemporal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace {
constexpr const char *kApi = "/ngsi-ld/v1";

QStringList listParameter(const QUrlQuery &q, const QString &key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Types may come expanded ("https://smartdatamodels.org/dataModel.Parking/OffStreetParking").
QString shortTerm(const QString &name)
{
    const qsizetype cut = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('#')));
    return cut >= 0 ? name.mid(cut + 1) : name;
}
} // namespace

QByteArray SimBroker::Request::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

SimBroker::SimBroker(CitySimulation *city, QObject *parent)
    : QObject(parent)
    , m_city(city)
    , m_subscriptions(new SimSubscriptions(this))
{
}

SimBroker::~SimBroker() = default;

QString SimBroker::coreContext()
{
    return QStringLiteral("https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.6.jsonld");
}

SimResponse SimBroker::handle(const Request &r)
{
    SimResponse response = [&]() -> SimResponse {
        if (!m_token.isEmpty() && r.header("Authorization") != "Bearer " + m_token.toUtf8())
            return SimResponse::problem(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"),
                                        QStringLiteral("a valid bearer token is required"));
        QString tenant = QString::fromUtf8(r.header("NGSILD-Tenant"));
        if (tenant.isEmpty())
            tenant = QString::fromUtf8(r.header("Fiware-Service"));
        if (!tenant.isEmpty() && tenant != m_tenant)
            return SimResponse::problem(404, QStringLiteral("NonexistentTenant"), QStringLiteral("Tenant not found"),
                                        QStringLiteral("tenant \"%1\" does not exist").arg(tenant));
        if (!r.path.startsWith(QLatin1String(kApi)))
            return SimResponse::problem(404, QStringLiteral("ResourceNotFound"), QStringLiteral("Not found"), r.path);
        const QStringList parts = r.path.mid(qsizetype(strlen(kApi))).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        // The city lives in its tenant; the default tenant stays empty when one is configured.
        const bool cityTenant = tenant == m_tenant;
        if (parts.value(0) == QLatin1String("subscriptions"))
            return m_subscriptions->handle(r, parts.mid(1), tenant);
        if (r.method != "GET")
            return SimResponse::problem(405, QStringLiteral("OperationNotSupported"), QStringLiteral("Method not allowed"),
                                        QStringLiteral("the demo city is read-only: %1 %2").arg(QString::fromLatin1(r.method), r.path));
        if (!cityTenant)
            return SimResponse::json("[]");
        if (parts.value(0) == QLatin1String("entities") && parts.size() == 1)
            return entities(r);
        if (parts.value(0) == QLatin1String("entities") && parts.size() == 2)
            return oneEntity(r, parts.at(1));
        if (parts.value(0) == QLatin1String("types"))
            return types(r);
        if (parts.value(0) == QLatin1String("temporal") && parts.value(1) == QLatin1String("entities"))
            return temporal(r, parts.value(2));
        return SimResponse::problem(404, QStringLiteral("ResourceNotFound"), QStringLiteral("Not found"),
                                    QStringLiteral("no such resource: %1").arg(r.path));
    }();
    response.addHeader("Server", kServer);
    if (response.contentType == "application/json" && response.status < 300)
        response.addHeader("Link", QStringLiteral("<%1>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"")
                                       .arg(coreContext()).toUtf8());
    return response;
}

bool SimBroker::select(const Request &r, qint64 t, Selection *out, SimResponse *error)
{
    QStringList typeList = listParameter(r.query, QStringLiteral("type"));
    for (QString &type : typeList)
        type = shortTerm(type);
    const QStringList ids = listParameter(r.query, QStringLiteral("id"));
    const QString idPattern = r.query.queryItemValue(QStringLiteral("idPattern"), QUrl::FullyDecoded);
    SimQuery filter;
    QString problem;
    if (!filter.setQ(r.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), &problem)
        || !filter.setGeo(r.query.queryItemValue(QStringLiteral("georel"), QUrl::FullyDecoded),
                          r.query.queryItemValue(QStringLiteral("geometry"), QUrl::FullyDecoded),
                          r.query.queryItemValue(QStringLiteral("coordinates"), QUrl::FullyDecoded),
                          r.query.queryItemValue(QStringLiteral("geoproperty"), QUrl::FullyDecoded), &problem)) {
        *error = SimResponse::problem(400, QStringLiteral("BadRequestData"), QStringLiteral("Invalid query"), problem);
        return false;
    }
    QRegularExpression pattern;
    if (!idPattern.isEmpty()) {
        pattern.setPattern(idPattern);
        if (!pattern.isValid()) {
            *error = SimResponse::problem(400, QStringLiteral("BadRequestData"), QStringLiteral("Invalid idPattern"), pattern.errorString());
            return false;
        }
    }
    const bool filtered = !typeList.isEmpty() || !ids.isEmpty() || !idPattern.isEmpty() || r.query.hasQueryItem(QStringLiteral("q"))
        || r.query.hasQueryItem(QStringLiteral("attrs")) || filter.hasGeo();
    if (!filtered) {
        *error = SimResponse::problem(400, QStringLiteral("BadRequestData"), QStringLiteral("Too broad a query"),
                                      QStringLiteral("give at least one of type, id, idPattern, q, attrs or georel"));
        return false;
    }
    if (typeList.isEmpty())
        typeList = m_city->types();
    const QStringList attrs = listParameter(r.query, QStringLiteral("attrs"));
    // Only content filters need the entity itself; ids alone are enough to count and to page.
    const bool byContent = filter.hasQ() || filter.hasGeo() || !attrs.isEmpty();
    for (const QString &type : std::as_const(typeList)) {
        for (const QString &id : m_city->ids(type, t)) {
            if (!ids.isEmpty() && !ids.contains(id))
                continue;
            if (!idPattern.isEmpty() && !pattern.match(id).hasMatch())
                continue;
            if (byContent) {
                QJsonObject e = m_city->entity(id, t);
                if (e.isEmpty() || !filter.matches(e))
                    continue;
                if (!attrs.isEmpty() && std::none_of(attrs.cbegin(), attrs.cend(), [&e](const QString &a) { return e.contains(a); }))
                    continue;
                out->built.insert(id, std::move(e));
            }
            out->ids.append(id);
        }
    }
    return true;
}

QList<QJsonObject> SimBroker::entitiesOf(const Selection &selection, qint64 t, qsizetype offset, qsizetype limit) const
{
    QList<QJsonObject> out;
    for (const QString &id : selection.ids.mid(offset, limit)) {
        const auto built = selection.built.constFind(id);
        out.append(built != selection.built.cend() ? *built : m_city->entity(id, t));
    }
    return out;
}

bool SimBroker::pageParameters(const Request &r, int *limit, int *offset, SimResponse *error)
{
    bool okLimit = true, okOffset = true;
    *limit = r.query.hasQueryItem(QStringLiteral("limit")) ? r.query.queryItemValue(QStringLiteral("limit")).toInt(&okLimit) : kDefaultLimit;
    *offset = r.query.hasQueryItem(QStringLiteral("offset")) ? r.query.queryItemValue(QStringLiteral("offset")).toInt(&okOffset) : 0;
    if (!okLimit || !okOffset || *limit < 0 || *offset < 0) {
        *error = SimResponse::problem(400, QStringLiteral("BadRequestData"), QStringLiteral("Invalid paging"),
                                      QStringLiteral("limit and offset must be non-negative integers"));
        return false;
    }
    if (*limit > kMaxLimit) {
        *error = SimResponse::problem(400, QStringLiteral("BadRequestData"), QStringLiteral("Invalid paging"),
                                      QStringLiteral("limit %1 is over the maximum of %2").arg(*limit).arg(kMaxLimit));
        return false;
    }
    return true;
}

SimResponse SimBroker::entities(const Request &r)
{
    SimResponse error;
    int limit = 0, offset = 0;
    if (!pageParameters(r, &limit, &offset, &error))
        return error;
    const qint64 now = m_city->now();
    Selection all;
    if (!select(r, now, &all, &error))
        return error;
    SimResponse response = render(r, entitiesOf(all, now, offset, limit), false);
    if (r.query.queryItemValue(QStringLiteral("count")) == QLatin1String("true"))
        response.addHeader("NGSILD-Results-Count", QByteArray::number(all.ids.size()));
    if (limit > 0 && offset + limit < all.ids.size()) {
        QUrlQuery next = r.query;
        next.removeAllQueryItems(QStringLiteral("offset"));
        next.addQueryItem(QStringLiteral("offset"), QString::number(offset + limit));
        response.addHeader("Link", QStringLiteral("<%1/entities?%2>; rel=\"next\"; type=\"application/json\"")
                                       .arg(QLatin1String(kApi), next.toString(QUrl::FullyEncoded)).toUtf8());
    }
    return response;
}

SimResponse SimBroker::oneEntity(const Request &r, const QString &id)
{
    QJsonObject e = m_city->entity(id, m_city->now());
    if (e.isEmpty())
        return SimResponse::problem(404, QStringLiteral("ResourceNotFound"), QStringLiteral("Entity not found"),
                                    QStringLiteral("no entity %1").arg(id));
    return render(r, {e}, true);
}

SimResponse SimBroker::types(const Request &r)
{
    const qint64 now = m_city->now();
    if (r.query.queryItemValue(QStringLiteral("details")) == QLatin1String("true")) {
        QJsonArray list;
        for (const QString &type : m_city->types()) {
            const QStringList ids = m_city->ids(type, now);
            const QJsonObject sample = ids.isEmpty() ? QJsonObject() : m_city->entity(ids.first(), now);
            QJsonArray attributes;
            for (auto it = sample.begin(); it != sample.end(); ++it) {
                if (it.key() != QLatin1String("id") && it.key() != QLatin1String("type"))
                    attributes.append(it.key());
            }
            list.append(QJsonObject{{QStringLiteral("id"), type}, {QStringLiteral("type"), QStringLiteral("EntityType")},
                                    {QStringLiteral("typeName"), type}, {QStringLiteral("attributeNames"), attributes}});
        }
        return SimResponse::json(QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    const QJsonObject typeList{{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:EntityTypeList:citydeck-sim")},
                               {QStringLiteral("type"), QStringLiteral("EntityTypeList")},
                               {QStringLiteral("typeList"), QJsonArray::fromStringList(m_city->types())}};
    return SimResponse::json(QJsonDocument(typeList).toJson(QJsonDocument::Compact));
}

SimResponse SimBroker::temporal(const Request &r, const QString &id)
{
    SimResponse error;
    int limit = 0, offset = 0;
    if (!pageParameters(r, &limit, &offset, &error))
        return error;
    SimTemporal temporal(m_city);
    if (!temporal.setWindow(r.query, &error))
        return error;
    const qint64 now = m_city->now();
    Selection selected;
    Request selection = r;
    if (!id.isEmpty()) {
        selection.query.removeAllQueryItems(QStringLiteral("id"));
        selection.query.addQueryItem(QStringLiteral("id"), id);
    }
    if (!select(selection, now, &selected, &error))
        return error;
    if (!id.isEmpty() && selected.ids.isEmpty())
        return SimResponse::problem(404, QStringLiteral("ResourceNotFound"), QStringLiteral("Entity not found"),
                                    QStringLiteral("no entity %1").arg(id));
    const QList<QJsonObject> page = id.isEmpty() ? entitiesOf(selected, now, offset, limit) : entitiesOf(selected, now, 0, -1);
    qint64 smallest = 0;
    for (const QJsonObject &e : page) {
        const qint64 p = m_city->period(e.value(QStringLiteral("type")).toString());
        smallest = p > 0 && (smallest == 0 || p < smallest) ? p : smallest;
    }
    temporal.plan(smallest);
    QJsonArray out;
    for (const QJsonObject &e : page)
        out.append(temporal.entity(e, listParameter(r.query, QStringLiteral("attrs"))));
    SimResponse response = SimResponse::json((id.isEmpty() ? QJsonDocument(out) : QJsonDocument(out.first().toObject()))
                                                 .toJson(QJsonDocument::Compact));
    if (temporal.isCut())
        temporal.markTruncated(&response);
    if (r.query.queryItemValue(QStringLiteral("count")) == QLatin1String("true"))
        response.addHeader("NGSILD-Results-Count", QByteArray::number(selected.ids.size()));
    return response;
}

SimResponse SimBroker::render(const Request &r, const QList<QJsonObject> &entities, bool single)
{
    SimEntityFormat format;
    format.setConciseByDefault(m_city->options().concise);
    format.setFromRequest(r.query, r.header("Accept"));
    return format.render(entities, single, coreContext());
}
