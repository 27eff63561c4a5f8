#include "ngsild/BrokerError.h"
#include "ngsild/BrokerProfile.h"
#include "ngsild/EntityQuery.h"
#include "ngsild/LinkHeader.h"
#include "ngsild/TemporalQuery.h"
#include "ngsild/TermMap.h"

#include <QTest>

class TestHelpers : public QObject
{
    Q_OBJECT

private slots:
    void linkHeaderStyles()
    {
        const QUrl request(QStringLiteral("http://broker:9090/ngsi-ld/v1/entities?type=A,B&limit=20"));
        // One header, comma-separated, unencoded commas and comparison operators inside <…>.
        const QList<QByteArray> scorpio{
            "<http://ctx/ngsi-context.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\", "
            "</ngsi-ld/v1/entities?type=A,B&q=speed>5&limit=20&offset=20>; rel=\"next\"; type=\"application/ld+json\""};
        QCOMPARE(QUrl::fromPercentEncoding(LinkHeader::next(scorpio, request).toEncoded()),
                 QStringLiteral("http://broker:9090/ngsi-ld/v1/entities?type=A,B&q=speed>5&limit=20&offset=20"));
        QCOMPARE(LinkHeader::context(scorpio), QStringLiteral("http://ctx/ngsi-context.jsonld"));
        // Repeated headers.
        const QList<QByteArray> stellio{"</ngsi-ld/v1/entities?offset=0>; rel=\"prev\"",
                                        "</ngsi-ld/v1/entities?offset=40&limit=20>; rel=\"next\""};
        QCOMPARE(LinkHeader::next(stellio, request).path(), QStringLiteral("/ngsi-ld/v1/entities"));
        QCOMPARE(LinkHeader::next(stellio, request).query(), QStringLiteral("offset=40&limit=20"));
        QVERIFY(!LinkHeader::next({"<x>; rel=\"prev\""}, request).isValid());
        QVERIFY(!LinkHeader::next({}, request).isValid());
    }

    void problemDetails_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("orion tenant") << 404
                                      << QByteArray("{\"type\":\"https://uri.etsi.org/ngsi-ld/errors/NonExistingTenant\",\"title\":\"No such tenant\",\"detail\":\"x\"}")
                                      << int(BrokerError::Kind::TenantNotFound) << "No such tenant";
        QTest::newRow("scorpio trailing space, details") << 404
            << QByteArray("{\"type\":\"https://uri.etsi.org/ngsi-ld/errors/TenantNotFound \",\"title\":\"Tenant not found\",\"details\":\"tenant x\"}")
            << int(BrokerError::Kind::TenantNotFound) << "tenant x";
        QTest::newRow("stellio") << 404 << QByteArray("{\"type\":\"https://uri.etsi.org/ngsi-ld/errors/NonexistentTenant\",\"title\":\"t\"}")
                                 << int(BrokerError::Kind::TenantNotFound) << "NonexistentTenant";
        QTest::newRow("apisix") << 503 << QByteArray("{\"message\":\"upstream unavailable\"}")
                                << int(BrokerError::Kind::Unavailable) << "upstream unavailable";
        QTest::newRow("html proxy") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                    << int(BrokerError::Kind::Unavailable) << "502 Bad Gateway";
        QTest::newRow("401") << 401 << QByteArray() << int(BrokerError::Kind::Unauthorized) << "HTTP 401";
        QTest::newRow("429") << 429 << QByteArray("slow down") << int(BrokerError::Kind::RateLimited) << "slow down";
    }

    void problemDetails()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, text);
        const BrokerError e = BrokerError::fromResponse(status, body, body.startsWith('<') ? "text/html" : "application/json");
        QCOMPARE(int(e.kind()), kind);
        QVERIFY2(e.message().contains(text), qPrintable(e.message()));
    }

    void pageLimitErrors()
    {
        int hint = -1;
        QVERIFY(BrokerError::fromResponse(403, "{\"type\":\"https://uri.etsi.org/ngsi-ld/errors/TooManyResults \",\"title\":\"x\",\"details\":\"maximum 1000\"}", {})
                    .isPageLimitError(&hint));
        QCOMPARE(hint, 1000);
        QVERIFY(BrokerError::fromResponse(400, "{\"type\":\"https://uri.etsi.org/ngsi-ld/errors/BadRequestData\",\"title\":\"Invalid value for URI parameter /limit/\",\"detail\":\"must be an integer value <= 1000\"}", {})
                    .isPageLimitError(&hint));
        QCOMPARE(hint, 1000);
        QVERIFY(!BrokerError::fromResponse(400, "{\"type\":\"https://uri.etsi.org/ngsi-ld/errors/BadRequestData\",\"title\":\"bad q\"}", {})
                     .isPageLimitError());
    }

    void brokerDetection()
    {
        QCOMPARE(BrokerProfile::fromServerHeader("orion-ld/1.5.1").vendor(), BrokerProfile::Vendor::OrionLd);
        QCOMPARE(BrokerProfile::fromServerHeader("orion-ld/1.5.1").displayName(), QStringLiteral("Orion-LD 1.5.1"));
        QCOMPARE(BrokerProfile::fromServerHeader("nginx").vendor(), BrokerProfile::Vendor::Unknown);
        QCOMPARE(BrokerProfile::fromInfoBody("{\"orionld version\":\"1.4.0\",\"orion version\":\"1.15.0-next\"}").version(),
                 QStringLiteral("1.4.0"));
        QCOMPARE(BrokerProfile::fromErrorBody("{\"type\":\"https://uri.etsi.org/ngsi-ld/errors/X \",\"title\":\"t\"}").vendor(),
                 BrokerProfile::Vendor::Scorpio);
        QCOMPARE(BrokerProfile::forVendor(BrokerProfile::Vendor::Stellio).maxPageSize(), 100);
        QCOMPARE(BrokerProfile::forVendor(BrokerProfile::Vendor::Scorpio).coreContextVersion(), QStringLiteral("1.8"));
        QCOMPARE(BrokerProfile::coreContextUrl(QStringLiteral("1.6")),
                 QStringLiteral("https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.6.jsonld"));
    }

    void queryEncoding()
    {
        EntityQuery q;
        q.types = {QStringLiteral("OffStreetParking"), QStringLiteral("OnStreetParking")};
        q.q = QStringLiteral("availableSpotNumber<10;name==\"Gare Nord\"");
        q.georel = QStringLiteral("near;maxDistance==2000");
        q.geometry = QStringLiteral("Point");
        q.coordinates = QStringLiteral("[3.2876,49.8489]");
        q.format = EntityQuery::Format::KeyValues;
        QCOMPARE(q.toQueryString(),
                 QStringLiteral("type=OffStreetParking,OnStreetParking&q=availableSpotNumber<10;name==%22Gare%20Nord%22"
                                "&georel=near;maxDistance==2000&geometry=Point&coordinates=%5B3.2876,49.8489%5D"
                                "&options=keyValues"));
        TemporalQuery t;
        t.entities.ids = {QStringLiteral("urn:ngsi-ld:Vehicle:A")};
        t.timeAt = QDateTime(QDate(2020, 8, 1), QTime(12, 0), Qt::UTC);
        t.endTimeAt = t.timeAt.addSecs(3600);
        t.format = TemporalQuery::Format::Aggregated;
        t.aggrMethods = {QStringLiteral("avg"), QStringLiteral("max")};
        t.aggrPeriodDuration = QStringLiteral("PT1H");
        QCOMPARE(t.toQueryString(), QStringLiteral("id=urn:ngsi-ld:Vehicle:A&timerel=between&timeAt=2020-08-01T12:00:00Z"
                                                   "&endTimeAt=2020-08-01T13:00:00Z&options=aggregatedValues"
                                                   "&aggrMethods=avg,max&aggrPeriodDuration=PT1H"));
    }

    void termMapFromContext()
    {
        TermMap terms;
        QVERIFY(terms.addContext("{\"@context\": [{\"fiware\": \"https://uri.fiware.org/ns/data-models#\",\n"
            "            \"name\": \"fiware:name\", \"speed\": {\"@id\": \"https://example.org/vocab/vehicleSpeed\", \"@type\": \"@id\"}},\n"
            "            \"https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld\"]}"));
        QCOMPARE(terms.termFor("https://uri.fiware.org/ns/data-models#name"), QStringLiteral("name"));
        QCOMPARE(terms.termFor("https://example.org/vocab/vehicleSpeed"), QStringLiteral("speed"));
        QCOMPARE(terms.termFor("https://uri.etsi.org/ngsi-ld/hasValue"), QStringLiteral("value"));
        QCOMPARE(terms.termFor("https://smartdatamodels.org/dataModel.Parking/totalSpotNumber"), QStringLiteral("totalSpotNumber"));
        QCOMPARE(terms.termFor("ngsi-ld:default-context/temperature"), QStringLiteral("temperature"));
        QCOMPARE(terms.termFor("plainTerm"), QStringLiteral("plainTerm"));
        QVERIFY(!terms.addContext("{not json"));
    }
};

QTEST_GUILESS_MAIN(TestHelpers)
#include "tst_helpers.moc"
