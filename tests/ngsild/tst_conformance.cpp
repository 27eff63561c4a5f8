// Every real payload in ../shared/fixtures/ngsi-ld parses without a crash, and a hand-checked
// set of values per attribute kind, Smart Data Model, temporal format and notification is right.
// The upstream defects listed in SOURCES.md are tolerated with warnings.

#include "core/EntityDraft.h"
#include "ngsild/PayloadParser.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace {
QString fixturesDir()
{
    return qEnvironmentVariable("CITYDECK_SHARED_DIR") + QStringLiteral("/fixtures/ngsi-ld");
}

ParseResult parseFixture(const QString &relative)
{
    QFile file(fixturesDir() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult r;
        r.error = QStringLiteral("cannot open ") + file.fileName();
        return r;
    }
    PayloadParser parser;
    return parser.parse(file.readAll());
}
} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(fixturesDir() + QStringLiteral("/SOURCES.md")))
            QSKIP("../shared/fixtures/ngsi-ld is absent (a fresh clone has no ../shared); CI always has it");
    }

    void everyFixtureParses()
    {
        QDirIterator it(fixturesDir(), {QStringLiteral("*.json"), QStringLiteral("*.jsonld"), QStringLiteral("*.geojson")},
                        QDir::Files, QDirIterator::Subdirectories);
        int files = 0, entities = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QFileInfo(path).fileName();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            PayloadParser parser;
            const ParseResult r = parser.parse(file.readAll());
            ++files;
            QVERIFY2(r.ok() || name == QLatin1String("TROUBLESHOOT.md.L10-L15.json"), qPrintable(path + QStringLiteral(": ") + r.error));
            // Data payloads (not schemas, contexts or subscription/status documents) give entities.
            const bool data = path.contains(QLatin1String("/examples/")) || path.contains(QLatin1String("/entities/"))
                || path.contains(QLatin1String("temporalEntities")) || path.contains(QLatin1String("short-term-history"));
            if (data)
                QVERIFY2(!r.entities.empty(), qPrintable(path));
            entities += int(r.entities.size());
        }
        qInfo() << files << "fixture files," << entities << "entities";
        QVERIFY(files >= 100);
    }

    void problemDetailsExcerptIsAnError()
    {
        const ParseResult r = parseFixture(QStringLiteral("stellio/excerpts/docs/TROUBLESHOOT.md.L10-L15.json"));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("error report")));
    }

    void smartDataModels()
    {
        ParseResult r = parseFixture(QStringLiteral("smart-data-models/dataModel.Parking/OffStreetParking/examples/example-normalized.jsonld"));
        QVERIFY(r.ok());
        const Entity &parking = r.entities.front();
        QCOMPARE(parking.id, QStringLiteral("urn:ngsi-ld:OffStreetParking:porto-ParkingLot-23889"));
        QCOMPARE(parking.number(u"availableSpotNumber"), 132.0);
        QCOMPARE(IsoTime::format(parking.attribute(u"availableSpotNumber")->observedAt()), QStringLiteral("2018-09-21T12:00:00Z"));
        QCOMPARE(parking.location().firstPoint(), QPointF(-8.60961198807, 41.150691773));

        r = parseFixture(QStringLiteral("smart-data-models/dataModel.Transportation/CrowdFlowObserved/examples/example-normalized.jsonld"));
        QVERIFY(r.ok());
        QCOMPARE(r.entities.front().number(u"peopleCount"), 100.0);
        QCOMPARE(r.entities.front().location().type(), Geometry::Type::LineString);
        // No zone in "2018-08-07T11:10:00": read as UTC.
        QCOMPARE(r.entities.front().attribute(u"dateObservedFrom")->value().toDateTime(),
                 QDateTime(QDate(2018, 8, 7), QTime(11, 10), Qt::UTC));

        r = parseFixture(QStringLiteral("smart-data-models/dataModel.Transportation/CrowdFlowObserved/examples/example.jsonld"));
        QVERIFY(r.ok());
        QCOMPARE(r.entities.front().number(u"peopleCount"), 100.0);
    }

    void knownUpstreamDefectsAreTolerated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("warning");
        QTest::newRow("Risk @id/@type, Relationship value") << "smart-data-models/dataModel.RiskManagement/Risk/examples/example-normalized.jsonld" << "instead of \"object\"";
        QTest::newRow("Hazard Property with object") << "smart-data-models/dataModel.RiskManagement/Hazard/examples/example-normalized.jsonld" << "read as Relationship";
        QTest::newRow("ACMeasurement TT date") << "smart-data-models/dataModel.Energy/ACMeasurement/examples/example-normalized.jsonld" << "invalid DateTime";
        QTest::newRow("DeviceMeasurement location as Property") << "smart-data-models/dataModel.Device/DeviceMeasurement/examples/example-normalized.jsonld" << "read as GeoProperty";
        QTest::newRow("WeatherForecast id not a URI") << "smart-data-models/dataModel.Weather/WeatherForecast/examples/example-normalized.jsonld" << "not a URI";
        QTest::newRow("WeatherAlert uri: id") << "smart-data-models/dataModel.Weather/WeatherAlert/examples/example-normalized.jsonld" << "not a URI";
    }

    void knownUpstreamDefectsAreTolerated()
    {
        QFETCH(QString, file);
        QFETCH(QString, warning);
        const ParseResult r = parseFixture(file);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(int(r.entities.size()), 1);
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(warning), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    void stellioAggregatesAsText()
    {
        const ParseResult r = parseFixture(QStringLiteral("stellio/search-service/src/test/resources/ngsild/temporal/distribution/beehive_aggregated_incoming_local.jsonld"));
        QVERIFY(r.ok());
        const Attribute *incoming = r.entities.front().attribute(u"incoming");
        QVERIFY(incoming && !incoming->samples().isEmpty());
        TemporalSample first = incoming->samples().first();
        EntityDraft probe;
        probe.add(QStringLiteral("probe"), AttributeDraft()).value = first.value;
        const Entity e = std::move(probe).toEntity();
        bool ok = false;
        QCOMPARE(e.attribute(u"probe")->toNumber(&ok), 1000.0); // "1000" as text, read as a number
        QVERIFY(ok);
    }

    void etsiAttributeKinds()
    {
        const QString base = QStringLiteral("etsi-ngsi-ld-test-suite/data/entities/");
        QCOMPARE(parseFixture(base + QStringLiteral("building-language-property.jsonld")).entities.front()
                     .attribute(u"street")->languageMap().value(QStringLiteral("fr")),
                 QStringLiteral("Grand Place"));
        QCOMPARE(parseFixture(base + QStringLiteral("building-json-property-object.jsonld")).entities.front()
                     .attribute(u"jsonProperty")->kind(),
                 Attribute::Kind::JsonProperty);
        QCOMPARE(parseFixture(base + QStringLiteral("building-vocab-property-string.jsonld")).entities.front()
                     .attribute(u"vocabProperty")->value().toString(),
                 QStringLiteral("monument"));
        QCOMPARE(parseFixture(base + QStringLiteral("building-relationship-of-property.jsonld")).entities.front()
                     .attribute(u"airQualityLevel")->subAttribute(u"hasWeatherObserved")->object(),
                 QStringLiteral("urn:ngsi-ld:Sensor:43a1af27-4aa7-44fe-bee9-fe76d56978a4"));
        QCOMPARE(parseFixture(base + QStringLiteral("building-location-polygon.jsonld")).entities.front().location().type(),
                 Geometry::Type::Polygon);
        const ParseResult expanded = parseFixture(base + QStringLiteral("expectations/building-simple-attributes-expanded.json"));
        QCOMPARE(expanded.entities.front().type(), QStringLiteral("Building"));
        QCOMPARE(expanded.entities.front().number(u"airQualityLevel"), 4.0);
        const ParseResult geo = parseFixture(base + QStringLiteral("expectations/two-buildings-location-attribute-normalized-019-05.geojson"));
        QCOMPARE(geo.shape, ParseResult::Shape::FeatureCollection);
        QCOMPARE(int(geo.entities.size()), 2);
    }

    void temporalFormats()
    {
        ParseResult r = parseFixture(QStringLiteral("fiware-tutorials-ngsi-ld/excerpts/docs/short-term-history.md.L512-L531.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.entities.front().attribute(u"heartRate")->samples().size(), 3);
        QCOMPARE(r.entities.front().attribute(u"location")->samples().size(), 3);
        r = parseFixture(QStringLiteral("etsi-ngsi-ld-test-suite/data/temporalEntities/expectations/vehicle-temporal-representation-aggregated-avg-max-PT1H.json"));
        QVERIFY(r.ok());
        const Attribute *fuel = r.entities.front().attribute(u"fuelLevel");
        QVERIFY(fuel->samples().size() >= 3);
        QCOMPARE(fuel->samples().first().method, QStringLiteral("avg"));
        r = parseFixture(QStringLiteral("etsi-ngsi-ld-test-suite/data/temporalEntities/expectations/vehicle-temporal-representation-two-datasetids.json"));
        QVERIFY(r.ok());
        QCOMPARE(int(r.entities.front().group(u"speed")->instances().size()), 2);
        QCOMPARE(r.entities.front().attribute(u"speed", u"urn:ngsi-ld:Dataset:Speed")->samples().size(), 2);
    }

    void notification()
    {
        const ParseResult r = parseFixture(QStringLiteral("fiware-tutorials-ngsi-ld/excerpts/docs/subscriptions.md.L307-L329.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.shape, ParseResult::Shape::Notification);
        QCOMPARE(r.subscriptionId, QStringLiteral("urn:ngsi-ld:Subscription:5fd0f69b4eb81930c97005db"));
        const Entity &e = r.entities.front();
        QCOMPARE(e.number(u"filling"), 0.25);
        QCOMPARE(e.attribute(u"filling")->unitCode(), QStringLiteral("C62"));
        QCOMPARE(e.attribute(u"controlledAsset")->object(), QStringLiteral("urn:ngsi-ld:Building:farm001"));
        const ParseResult kv = parseFixture(QStringLiteral("fiware-tutorials-ngsi-ld/excerpts/docs/subscriptions.md.L232-L245.json"));
        QVERIFY(kv.ok());
        QCOMPARE(kv.shape, ParseResult::Shape::Notification);
    }

    void multiInstance()
    {
        const ParseResult r = parseFixture(QStringLiteral("stellio/shared/src/test/resources/ngsild/beehive_with_multi_attribute_instances.jsonld"));
        QVERIFY(r.ok());
        const Entity &e = r.entities.front();
        QCOMPARE(int(e.group(u"name")->instances().size()), 3);
        QCOMPARE(e.attribute(u"name", u"urn:ngsi-ld:Dataset:french-name")->value().toString(), QStringLiteral("ruche"));
        QCOMPARE(e.attribute(u"managedBy")->object(), QStringLiteral("urn:ngsi-ld:Beekeeper:Default"));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
