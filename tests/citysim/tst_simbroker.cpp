// The simulated broker's NGSI-LD API, without sockets.

#include "citysim/CitySimulation.h"
#include "citysim/SimBroker.h"
#include "citysim/SimSubscriptions.h"
#include "core/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
SimBroker::Request get(const QString &path, const QString &query = {})
{
    SimBroker::Request r;
    r.method = "GET";
    r.path = path;
    r.query = QUrlQuery(query);
    return r;
}

QJsonArray array(const SimResponse &r)
{
    return QJsonDocument::fromJson(r.body).array();
}

QString errorType(const SimResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
}
} // namespace

class TestSimBroker : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        CitySimulation::Options o;
        o.seed = 11;
        o.start = IsoTime::parse(std::string_view("2026-03-11T16:00:00Z"));
        o.speed = 0;
        m_city = std::make_unique<CitySimulation>(o);
        m_broker = std::make_unique<SimBroker>(m_city.get());
    }

    void pagesWithCountAndNextLink()
    {
        const SimResponse first = m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=CrowdFlowObserved&limit=15&count=true")));
        QCOMPARE(first.status, 200);
        QCOMPARE(array(first).size(), 15);
        QCOMPARE(first.header("NGSILD-Results-Count"), QByteArray("40"));
        QCOMPARE(first.header("Server"), QByteArray("citydeck-sim/1.0"));
        bool next = false;
        for (const auto &[name, value] : first.headers)
            next |= name == "Link" && value.contains("rel=\"next\"") && value.contains("offset=15");
        QVERIFY(next);
        const SimResponse last = m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=CrowdFlowObserved&limit=15&offset=30")));
        QCOMPARE(array(last).size(), 10);
        const SimResponse tooBig = m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=Building&limit=1001")));
        QCOMPARE(tooBig.status, 400);
        QCOMPARE(errorType(tooBig), QStringLiteral("BadRequestData"));
        QCOMPARE(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"))).status, 400); // no filter at all
    }

    void filtersWithQAndGeo()
    {
        const QJsonArray all = array(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=OffStreetParking&limit=100"))));
        QList<double> occupancies;
        for (const QJsonValue &e : all)
            occupancies << e.toObject().value(QStringLiteral("occupancy")).toObject().value(QStringLiteral("value")).toDouble();
        std::sort(occupancies.begin(), occupancies.end());
        const double median = occupancies.at(occupancies.size() / 2);
        const QJsonArray busy = array(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"),
                                                           QStringLiteral("type=OffStreetParking&q=occupancy>=%1;status==%22open%22&limit=100").arg(median))));
        const int expected = int(std::count_if(occupancies.cbegin(), occupancies.cend(), [median](double o) { return o >= median; }));
        QCOMPARE(busy.size(), expected);
        QVERIFY(expected > 0 && expected < all.size());
        // Ranges, lists, regex, existence and or.
        auto count = [this](const QString &query) {
            return array(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), query + QStringLiteral("&limit=1000")))).size();
        };
        const qsizetype alerts = count(QStringLiteral("type=Alert"));
        QVERIFY(alerts > 10);
        QCOMPARE(count(QStringLiteral("type=Alert&q=subCategory==%22robbery%22,%22assault%22"))
                     + count(QStringLiteral("type=Alert&q=subCategory==%22suspiciousAction%22|subCategory==%22civilDisorder%22")),
                 alerts);
        QCOMPARE(count(QStringLiteral("type=Alert&q=subCategory!=%22robbery%22")) + count(QStringLiteral("type=Alert&q=subCategory==%22robbery%22")), alerts);
        QCOMPARE(count(QStringLiteral("type=OffStreetParking&q=refParkingSpot")), 1); // existence
        auto total = [this](const QString &query) {
            const SimResponse r = m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), query + QStringLiteral("&limit=0&count=true")));
            return r.header("NGSILD-Results-Count").toInt();
        };
        QCOMPARE(total(QStringLiteral("type=Building&q=floorsAboveGround==1..2")) + total(QStringLiteral("type=Building&q=floorsAboveGround>2")),
                 int(m_city->layout().buildings.size()));
        QCOMPARE(array(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=Garden&q=name~=%22^Stade%22")))).isEmpty(), false);
        QCOMPARE(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=Garden&q=(name==%22x%22"))).status, 400);
        QCOMPARE(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=Garden&q=name=="))).status, 400);
        // near;maxDistance from the centre: a subset, all within the distance.
        const QJsonArray near = array(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"),
                                                           QStringLiteral("type=CrowdFlowObserved&georel=near;maxDistance==500&geometry=Point&coordinates=[3.2876,49.8489]&limit=100"))));
        QVERIFY(!near.isEmpty() && near.size() < 40);
        QCOMPARE(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=Building&georel=near&geometry=Point&coordinates=[3,49]"))).status, 400);
    }

    void representations()
    {
        const SimResponse kv = m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=OffStreetParking&options=keyValues&attrs=totalSpotNumber")));
        const QJsonObject first = array(kv).first().toObject();
        QVERIFY(first.value(QStringLiteral("totalSpotNumber")).isDouble());
        QVERIFY(!first.contains(QStringLiteral("name")));
        SimBroker::Request geo = get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=Garden"));
        geo.headers.append({QByteArray("Accept"), QByteArray("application/geo+json")});
        const SimResponse fc = m_broker->handle(geo);
        QCOMPARE(fc.contentType, QByteArray("application/geo+json"));
        QCOMPARE(QJsonDocument::fromJson(fc.body).object().value(QStringLiteral("features")).toArray().size(), 9);
        const SimResponse one = m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities/urn:ngsi-ld:Garden:sq-0001")));
        QCOMPARE(QJsonDocument::fromJson(one.body).object().value(QStringLiteral("type")).toString(), QStringLiteral("Garden"));
        QCOMPARE(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/entities/urn:ngsi-ld:Garden:nope"))).status, 404);
        const QJsonObject types = QJsonDocument::fromJson(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/types"))).body).object();
        QCOMPARE(types.value(QStringLiteral("typeList")).toArray().size(), 15); // parking brings OnStreetParking and ParkingGroup
    }

    void temporal()
    {
        const SimResponse r = m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/temporal/entities"),
                                                   QStringLiteral("type=OffStreetParking&attrs=availableSpotNumber&timerel=between"
                                                                  "&timeAt=2026-03-11T10:00:00Z&endTimeAt=2026-03-11T11:00:00Z")));
        QCOMPARE(r.status, 200);
        const QJsonArray instances = array(r).first().toObject().value(QStringLiteral("availableSpotNumber")).toArray();
        QCOMPARE(instances.size(), 13); // every 5 minutes, both ends included
        const QJsonArray values = array(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/temporal/entities"),
                                                             QStringLiteral("type=WeatherObserved&attrs=temperature&lastN=24&options=temporalValues"))))
                                      .first().toObject().value(QStringLiteral("temperature")).toObject().value(QStringLiteral("values")).toArray();
        QCOMPARE(values.size(), 24);
        const QJsonObject aggregated = array(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/temporal/entities"),
                                                                  QStringLiteral("type=WeatherObserved&attrs=temperature&options=aggregatedValues&aggrMethods=min,max&aggrPeriodDuration=P1D"))))
                                           .first().toObject().value(QStringLiteral("temperature")).toObject();
        QVERIFY(aggregated.value(QStringLiteral("max")).toArray().size() >= 7);
        QVERIFY(aggregated.value(QStringLiteral("max")).toArray().first().toArray().at(0).toDouble()
                >= aggregated.value(QStringLiteral("min")).toArray().first().toArray().at(0).toDouble());
        // Seven days of 5-minute car park readings are over the 1000-instant cap: 206 + Content-Range.
        const SimResponse capped = m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/temporal/entities"),
                                                        QStringLiteral("type=OffStreetParking&attrs=occupancy&limit=1")));
        QCOMPARE(capped.status, 206);
        QVERIFY(capped.header("Content-Range").startsWith("date-time "));
        QCOMPARE(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/temporal/entities"), QStringLiteral("type=Alert&timerel=between&timeAt=2026-03-01T00:00:00Z"))).status, 400);
    }

    void tenantsAndTokens()
    {
        m_broker->setTenant(QStringLiteral("saint-quentin"));
        SimBroker::Request r = get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=Garden"));
        QCOMPARE(array(m_broker->handle(r)).size(), 0); // the default tenant is empty
        r.headers.append({QByteArray("NGSILD-Tenant"), QByteArray("saint-quentin")});
        QCOMPARE(array(m_broker->handle(r)).size(), 9);
        SimBroker::Request wrong = get(QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("type=Garden"));
        wrong.headers.append({QByteArray("NGSILD-Tenant"), QByteArray("bruges")});
        QCOMPARE(errorType(m_broker->handle(wrong)), QStringLiteral("NonexistentTenant"));
        m_broker->setToken(QStringLiteral("s3cret"));
        QCOMPARE(m_broker->handle(r).status, 401);
        r.headers.append({QByteArray("Authorization"), QByteArray("Bearer s3cret")});
        QCOMPARE(m_broker->handle(r).status, 200);
    }

    void subscriptionLifecycle()
    {
        SimBroker::Request create;
        create.method = "POST";
        create.path = QStringLiteral("/ngsi-ld/v1/subscriptions");
        create.body = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("Subscription")},
                                                {QStringLiteral("entities"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Garden")}}}},
                                                {QStringLiteral("notification"), QJsonObject{{QStringLiteral("endpoint"),
                                                    QJsonObject{{QStringLiteral("uri"), QStringLiteral("http://127.0.0.1:9/notify")}}}}}})
                          .toJson();
        const SimResponse created = m_broker->handle(create);
        QCOMPARE(created.status, 201);
        const QByteArray location = created.header("Location");
        QVERIFY(location.startsWith("/ngsi-ld/v1/subscriptions/"));
        QCOMPARE(array(m_broker->handle(get(QStringLiteral("/ngsi-ld/v1/subscriptions")))).size(), 1);
        SimBroker::Request remove = get(QString::fromUtf8(location));
        remove.method = "DELETE";
        QCOMPARE(m_broker->handle(remove).status, 204);
        QCOMPARE(m_broker->handle(remove).status, 404);
        create.body = kBadEndpoint;
        QCOMPARE(m_broker->handle(create).status, 400);
    }

private:
    static constexpr const char *kBadEndpoint = "{\"type\":\"Subscription\",\"entities\":[{\"type\":\"Garden\"}],\"notification\":{\"endpoint\":{\"uri\":\"ftp://x\"}}}";
    std::unique_ptr<CitySimulation> m_city;
    std::unique_ptr<SimBroker> m_broker;
};

QTEST_GUILESS_MAIN(TestSimBroker)
#include "tst_simbroker.moc"
