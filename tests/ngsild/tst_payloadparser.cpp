#include "core/EntityJson.h"
#include "ngsild/PayloadParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Hand-written payloads for every attribute kind and representation, and hostile input.
class TestPayloadParser : public QObject
{
    Q_OBJECT

private:
    static ParseResult parse(const QByteArray &json, TermMap terms = TermMap())
    {
        PayloadParser parser(std::move(terms));
        return parser.parse(json);
    }

private slots:
    void normalizedKinds()
    {
        const ParseResult r = parse("{\n"
            "          \"id\": \"urn:ngsi-ld:OffStreetParking:centre\", \"type\": \"OffStreetParking\",\n"
            "          \"availableSpotNumber\": {\"type\": \"Property\", \"value\": 132, \"observedAt\": \"2026-03-14T09:30:00Z\", \"unitCode\": \"C62\",\n"
            "                                  \"reliability\": {\"type\": \"Property\", \"value\": 0.9},\n"
            "                                  \"providedBy\": {\"type\": \"Relationship\", \"object\": \"urn:ngsi-ld:Device:cam1\"}},\n"
            "          \"location\": {\"type\": \"GeoProperty\", \"value\": {\"type\": \"Point\", \"coordinates\": [3.2876, 49.8489]}},\n"
            "          \"refParkingGroup\": {\"type\": \"Relationship\", \"object\": [\"urn:ngsi-ld:ParkingGroup:a\", \"urn:ngsi-ld:ParkingGroup:b\"]},\n"
            "          \"name\": {\"type\": \"LanguageProperty\", \"languageMap\": {\"fr\": \"Parking du centre\", \"nl\": \"Centrumparking\"}},\n"
            "          \"config\": {\"type\": \"JsonProperty\", \"json\": {\"levels\": [1, 2], \"open\": true}},\n"
            "          \"status\": {\"type\": \"VocabProperty\", \"vocab\": \"open\"},\n"
            "          \"opened\": {\"type\": \"Property\", \"value\": {\"@type\": \"DateTime\", \"@value\": \"2020-01-01T08:00:00Z\"}},\n"
            "          \"occupancy\": [{\"type\": \"Property\", \"value\": 0.5, \"datasetId\": \"urn:ngsi-ld:Dataset:cameras\"},\n"
            "                        {\"type\": \"Property\", \"value\": 0.55, \"datasetId\": \"urn:ngsi-ld:Dataset:barriers\"}]\n"
            "        }");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.shape, ParseResult::Shape::Entity);
        QCOMPARE(int(r.entities.size()), 1);
        const Entity &e = r.entities.front();
        QCOMPARE(e.type(), QStringLiteral("OffStreetParking"));
        const Attribute *spots = e.attribute(u"availableSpotNumber");
        QVERIFY(spots);
        QCOMPARE(spots->value().toLongLong(), 132);
        QCOMPARE(spots->unitCode(), QStringLiteral("C62"));
        QCOMPARE(IsoTime::format(spots->observedAt()), QStringLiteral("2026-03-14T09:30:00Z"));
        QCOMPARE(spots->subAttribute(u"reliability")->value().toDouble(), 0.9);
        QCOMPARE(spots->subAttribute(u"providedBy")->object(), QStringLiteral("urn:ngsi-ld:Device:cam1"));
        QCOMPARE(e.location().type(), Geometry::Type::Point);
        QCOMPARE(e.location().firstPoint(), QPointF(3.2876, 49.8489));
        QCOMPARE(e.attribute(u"refParkingGroup")->objects().size(), 2);
        QCOMPARE(e.attribute(u"name")->languageMap().value(QStringLiteral("nl")), QStringLiteral("Centrumparking"));
        QCOMPARE(e.attribute(u"config")->kind(), Attribute::Kind::JsonProperty);
        QCOMPARE(e.attribute(u"status")->value().toString(), QStringLiteral("open"));
        QCOMPARE(e.attribute(u"opened")->value().toDateTime(), QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(int(e.group(u"occupancy")->instances().size()), 2);
        QCOMPARE(e.attribute(u"occupancy", u"urn:ngsi-ld:Dataset:barriers")->value().toDouble(), 0.55);
        QVERIFY(r.warnings.isEmpty());
    }

    void keyValues()
    {
        const ParseResult r = parse("[{\"id\": \"urn:ngsi-ld:CrowdFlowObserved:1\", \"type\": \"CrowdFlowObserved\",\n"
            "            \"peopleCount\": 42, \"congested\": false, \"direction\": \"inbound\", \"refRoadSegment\": \"urn:ngsi-ld:RoadSegment:7\",\n"
            "            \"location\": {\"type\": \"LineString\", \"coordinates\": [[3.28, 49.84], [3.29, 49.85]]},\n"
            "            \"address\": {\"streetAddress\": \"Rue d'Isle\", \"addressLocality\": \"Saint-Quentin\"},\n"
            "            \"tags\": [\"market\", \"event\"], \"note\": null}]");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.shape, ParseResult::Shape::EntityArray);
        const Entity &e = r.entities.front();
        QCOMPARE(e.number(u"peopleCount"), 42.0);
        QCOMPARE(e.attribute(u"congested")->value().toBool(), false);
        QCOMPARE(e.attribute(u"refRoadSegment")->kind(), Attribute::Kind::Relationship);
        QCOMPARE(e.location().type(), Geometry::Type::LineString);
        QCOMPARE(e.location().pointCount(), 2);
        QCOMPARE(e.attribute(u"address")->value().value<QJsonValue>().toObject().value(QStringLiteral("addressLocality")).toString(),
                 QStringLiteral("Saint-Quentin"));
        QCOMPARE(e.attribute(u"tags")->value().value<QJsonValue>().toArray().size(), 2);
    }

    void notificationAndGeoJson()
    {
        const ParseResult n = parse("{\"id\": \"urn:ngsi-ld:Notification:1\", \"type\": \"Notification\",\n"
            "            \"subscriptionId\": \"urn:ngsi-ld:Subscription:9\", \"notifiedAt\": \"2026-03-14T09:30:00.500Z\",\n"
            "            \"data\": [{\"id\": \"urn:ngsi-ld:A:1\", \"type\": \"A\", \"x\": {\"type\": \"Property\", \"value\": 1}},\n"
            "                     {\"id\": \"urn:ngsi-ld:A:2\", \"type\": \"A\", \"x\": 2}]}");
        QVERIFY(n.ok());
        QCOMPARE(n.shape, ParseResult::Shape::Notification);
        QCOMPARE(n.subscriptionId, QStringLiteral("urn:ngsi-ld:Subscription:9"));
        QCOMPARE(IsoTime::format(n.notifiedAt), QStringLiteral("2026-03-14T09:30:00.500Z"));
        QCOMPARE(int(n.entities.size()), 2);

        const ParseResult g = parse("{\"type\": \"FeatureCollection\", \"features\": [\n"
            "            {\"type\": \"Feature\", \"id\": \"urn:ngsi-ld:Building:1\",\n"
            "             \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,1],[0,0]],[[0.2,0.2],[0.4,0.2],[0.3,0.3],[0.2,0.2]]]},\n"
            "             \"properties\": {\"type\": \"Building\", \"floorsAboveGround\": {\"type\": \"Property\", \"value\": 4}}}]}");
        QVERIFY(g.ok());
        QCOMPARE(g.shape, ParseResult::Shape::FeatureCollection);
        const Entity &b = g.entities.front();
        QCOMPARE(b.type(), QStringLiteral("Building"));
        QCOMPARE(b.number(u"floorsAboveGround"), 4.0);
        QCOMPARE(b.location().parts().constFirst().size(), 2); // outer ring + one hole
    }

    void temporalForms()
    {
        const ParseResult r = parse("{\"id\": \"urn:ngsi-ld:Vehicle:1\", \"type\": \"Vehicle\",\n"
            "            \"speed\": [{\"type\": \"Property\", \"value\": 10, \"observedAt\": \"2020-08-01T12:03:00Z\", \"instanceId\": \"urn:x:1\"},\n"
            "                      {\"type\": \"Property\", \"value\": 12, \"observedAt\": \"2020-08-01T12:05:00Z\", \"instanceId\": \"urn:x:2\"}],\n"
            "            \"fuel\": {\"type\": \"Property\", \"values\": [[67.5, \"2020-08-01T12:03:00Z\"], [53, \"2020-08-01T13:03:00Z\"]]},\n"
            "            \"load\": {\"type\": \"Property\", \"avg\": [[5, \"2020-08-01T12:00:00Z\", \"2020-08-01T13:00:00Z\"]],\n"
            "                                         \"max\": [[9, \"2020-08-01T12:00:00Z\", \"2020-08-01T13:00:00Z\"]]}}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Entity &e = r.entities.front();
        const Attribute *speed = e.attribute(u"speed");
        QCOMPARE(int(e.group(u"speed")->instances().size()), 1);
        QCOMPARE(speed->samples().size(), 2);
        QCOMPARE(speed->value().toLongLong(), 12); // latest value
        QCOMPARE(e.attribute(u"fuel")->samples().at(0).value.toDouble(), 67.5);
        const Attribute *load = e.attribute(u"load");
        QCOMPARE(load->samples().size(), 2);
        QCOMPARE(load->samples().at(1).method, QStringLiteral("max"));
        QCOMPARE(IsoTime::format(load->samples().at(0).endAt), QStringLiteral("2020-08-01T13:00:00Z"));
    }

    void emptyInstanceListsInTemporalAnswers()
    {
        // A temporal answer names an attribute without values in the range with "[]" (the demo
        // city before its history, some brokers): no instance, not an empty list value that
        // would shadow the stored ones. In keyValues, [] stays an empty list.
        const QByteArray json = "[{\"id\": \"urn:ngsi-ld:GreenspaceRecord:1\", \"type\": \"GreenspaceRecord\", \"soilMoistureVwc\": [],\n"
                                "  \"soilTemperature\": [{\"type\": \"Property\", \"value\": 9.5, \"observedAt\": \"2026-06-01T05:00:00Z\"}]}]";
        PayloadParser temporal;
        temporal.setTemporal(true);
        const ParseResult r = temporal.parse(json);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.entities.front().attribute(u"soilMoistureVwc"));
        QCOMPARE(r.entities.front().number(u"soilTemperature"), 9.5);
        const ParseResult plain = parse(json);
        QVERIFY(plain.entities.front().attribute(u"soilMoistureVwc"));
    }

    void expandedNamesAreMappedBack()
    {
        TermMap terms;
        terms.addTerm(QStringLiteral("occupancy"), QStringLiteral("https://smartdatamodels.org/dataModel.Parking/occupancy"));
        const ParseResult r = parse("{\"id\": \"urn:ngsi-ld:OffStreetParking:1\",\n"
            "            \"type\": \"https://smartdatamodels.org/dataModel.Parking/OffStreetParking\",\n"
            "            \"https://smartdatamodels.org/dataModel.Parking/occupancy\": {\"type\": \"Property\",\n"
            "                \"https://uri.etsi.org/ngsi-ld/hasValue\": [{\"@value\": 0.7}]},\n"
            "            \"https://uri.etsi.org/ngsi-ld/default-context/temperature\": {\"type\": \"Property\", \"value\": 21}}", terms);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Entity &e = r.entities.front();
        QCOMPARE(e.type(), QStringLiteral("OffStreetParking"));
        QCOMPARE(e.number(u"occupancy"), 0.7);
        QCOMPARE(e.number(u"temperature"), 21.0);
    }

    void defectsAreToleratedWithWarnings()
    {
        const ParseResult r = parse("{\"@id\": \"not-a-uri\", \"@type\": \"Risk\",\n"
            "            \"affects\": {\"type\": \"Relationship\", \"value\": \"urn:ngsi-ld:Building:1\"},\n"
            "            \"layer\": {\"type\": \"Property\", \"object\": \"urn:ngsi-ld:Layer:1\"},\n"
            "            \"where\": {\"type\": \"Property\", \"value\": {\"type\": \"Point\", \"coordinates\": [60.17, 24.93]}},\n"
            "            \"when\": {\"type\": \"Property\", \"value\": {\"@type\": \"DateTime\", \"@value\": \"2020-03-17TT08:45:00Z\"}},\n"
            "            \"seen\": {\"type\": \"Property\", \"value\": 1, \"observedAt\": \"yesterday\"}}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Entity &e = r.entities.front();
        QCOMPARE(e.id, QStringLiteral("not-a-uri"));
        QCOMPARE(e.attribute(u"affects")->object(), QStringLiteral("urn:ngsi-ld:Building:1"));
        QCOMPARE(e.attribute(u"layer")->kind(), Attribute::Kind::Relationship);
        QCOMPARE(e.attribute(u"where")->kind(), Attribute::Kind::GeoProperty);
        QCOMPARE(e.attribute(u"when")->value().toString(), QStringLiteral("2020-03-17TT08:45:00Z"));
        QCOMPARE(e.attribute(u"seen")->observedAt(), IsoTime::invalid);
        const QString all = r.warnings.join(QLatin1Char('\n'));
        for (const char *expected : {"@id", "not a URI", "instead of \"object\"", "read as Relationship",
                                     "read as GeoProperty", "invalid DateTime", "invalid time"})
            QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + QStringLiteral(" in\n") + all));
    }

    // The reader remembers the last time it read; an invalid one is never remembered, so each
    // one (even an empty text, which matches an empty memory) is reported.
    void repeatedTimes()
    {
        const ParseResult r = parse("{\"id\":\"urn:a:1\",\"type\":\"A\","
                                    "\"a\":{\"type\":\"Property\",\"value\":1,\"observedAt\":\"\"},"
                                    "\"b\":{\"type\":\"Property\",\"value\":2,\"observedAt\":\"2026-03-14T09:30:00Z\"},"
                                    "\"c\":{\"type\":\"Property\",\"value\":3,\"observedAt\":\"2026-03-14T09:30:00Z\"},"
                                    "\"d\":{\"type\":\"Property\",\"value\":4,\"observedAt\":\"yesterday\"},"
                                    "\"e\":{\"type\":\"Property\",\"value\":5,\"observedAt\":\"yesterday\"}}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Entity &e = r.entities.front();
        const qint64 t = IsoTime::parse(std::string_view("2026-03-14T09:30:00Z"));
        QCOMPARE(e.attribute(u"b")->observedAt(), t);
        QCOMPARE(e.attribute(u"c")->observedAt(), t);
        for (const char16_t *name : {u"a", u"d", u"e"})
            QCOMPARE(e.attribute(QStringView(name))->observedAt(), IsoTime::invalid);
        QCOMPARE(r.warnings.filter(QStringLiteral("invalid time")).size(), 3);
    }

    void badInputGivesAnErrorNeverAPartialResult_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("truncated") << QByteArray("[{\"id\":\"urn:a:1\",\"type\":\"A\"},{\"id\":\"urn:a:2\",\"ty");
        QTest::newRow("not json") << QByteArray("<html>502</html>");
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("wrong types") << QByteArray("{\"id\": \"urn:a:1\", \"type\": \"A\", \"x\": {\"type\": \"Property\", \"observedAt\": 5, \"unitCode\": 7}}");
        // Found by the fuzzer: a broken object inside an attribute value (was a crash).
        QTest::newRow("fuzz: stray token in object") << QByteArray("{\n   \"format\":\"keyValues\",\n   \"endpoint\":{\n      \"uri\":\"http://localhost:1111/notify\",\n  8   \"accept\":\"application/json\"\n   },\n   \"status\":\"ok\"\n}");
        QTest::newRow("problem details") << QByteArray("{\"type\":\"https://uri.etsi.org/ngsi-ld/errors/BadRequestData\",\"title\":\"bad\"}");
    }

    void badInputGivesAnErrorNeverAPartialResult()
    {
        QFETCH(QByteArray, json);
        const ParseResult r = parse(json);
        QVERIFY(!r.ok());
        QVERIFY(r.entities.empty());
    }

    void deepNestingIsBounded()
    {
        QByteArray json = "{\"id\": \"urn:a:1\", \"type\": \"A\", \"x\": ";
        for (int i = 0; i < 40; ++i)
            json += "{\"type\": \"Property\", \"value\": 1, \"y\": ";
        json += "1";
        for (int i = 0; i < 40; ++i)
            json += "}";
        json += "}";
        const ParseResult r = parse(json);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("nests deeper")));
    }

    // The concise representation (NGSI-LD 1.6+, options=concise): attributes without "type",
    // told apart by their members. Written after the specification's examples; it must read
    // exactly as the same entity in the normalized representation.
    void conciseReadsAsNormalized()
    {
        const QByteArray concise = "{\"id\": \"urn:ngsi-ld:Vehicle:A4567\", \"type\": \"Vehicle\",\n"
            "  \"brandName\": {\"value\": \"Mercedes\"},\n"
            "  \"street\": {\"languageMap\": {\"fr\": \"Grand Place\", \"nl\": [\"Grote Markt\", \"Grote Mark\"]}},\n"
            "  \"isParked\": {\"object\": \"urn:ngsi-ld:OffStreetParking:Downtown1\", \"observedAt\": \"2017-07-29T12:00:04Z\",\n"
            "               \"providedBy\": {\"object\": \"urn:ngsi-ld:Person:Bob\"}},\n"
            "  \"speed\": {\"value\": 80, \"unitCode\": \"KMH\", \"observedAt\": \"2017-07-29T12:00:04Z\",\n"
            "            \"source\": {\"value\": \"radar\"}, \"accuracy\": 0.5},\n"
            "  \"category\": {\"vocab\": \"commercial\"},\n"
            "  \"config\": {\"json\": {\"doors\": 4, \"tags\": [\"a\"]}},\n"
            "  \"location\": {\"value\": {\"type\": \"Point\", \"coordinates\": [-8.5, 41.2]}, \"observedAt\": \"2017-07-29T12:00:04Z\"},\n"
            "  \"position\": {\"type\": \"Point\", \"coordinates\": [-8.6, 41.3]},\n"
            "  \"route\": {\"valueList\": [1, 2, 3]},\n"
            "  \"owners\": {\"objectList\": [{\"object\": \"urn:ngsi-ld:Person:A\"}, {\"object\": \"urn:ngsi-ld:Person:B\"}]},\n"
            "  \"address\": {\"streetAddress\": \"Rue d'Isle\"},\n"
            "  \"color\": \"red\"}";
        const QByteArray normalized = "{\"id\": \"urn:ngsi-ld:Vehicle:A4567\", \"type\": \"Vehicle\",\n"
            "  \"brandName\": {\"type\": \"Property\", \"value\": \"Mercedes\"},\n"
            "  \"street\": {\"type\": \"LanguageProperty\", \"languageMap\": {\"fr\": \"Grand Place\", \"nl\": [\"Grote Markt\", \"Grote Mark\"]}},\n"
            "  \"isParked\": {\"type\": \"Relationship\", \"object\": \"urn:ngsi-ld:OffStreetParking:Downtown1\", \"observedAt\": \"2017-07-29T12:00:04Z\",\n"
            "               \"providedBy\": {\"type\": \"Relationship\", \"object\": \"urn:ngsi-ld:Person:Bob\"}},\n"
            "  \"speed\": {\"type\": \"Property\", \"value\": 80, \"unitCode\": \"KMH\", \"observedAt\": \"2017-07-29T12:00:04Z\",\n"
            "            \"source\": {\"type\": \"Property\", \"value\": \"radar\"}, \"accuracy\": {\"type\": \"Property\", \"value\": 0.5}},\n"
            "  \"category\": {\"type\": \"VocabProperty\", \"vocab\": \"commercial\"},\n"
            "  \"config\": {\"type\": \"JsonProperty\", \"json\": {\"doors\": 4, \"tags\": [\"a\"]}},\n"
            "  \"location\": {\"type\": \"GeoProperty\", \"value\": {\"type\": \"Point\", \"coordinates\": [-8.5, 41.2]}, \"observedAt\": \"2017-07-29T12:00:04Z\"},\n"
            "  \"position\": {\"type\": \"GeoProperty\", \"value\": {\"type\": \"Point\", \"coordinates\": [-8.6, 41.3]}},\n"
            "  \"route\": {\"type\": \"ListProperty\", \"valueList\": [1, 2, 3]},\n"
            "  \"owners\": {\"type\": \"ListRelationship\", \"objectList\": [{\"object\": \"urn:ngsi-ld:Person:A\"}, {\"object\": \"urn:ngsi-ld:Person:B\"}]},\n"
            "  \"address\": {\"type\": \"Property\", \"value\": {\"streetAddress\": \"Rue d'Isle\"}},\n"
            "  \"color\": {\"type\": \"Property\", \"value\": \"red\"}}";
        const ParseResult c = parse(concise);
        const ParseResult n = parse(normalized);
        QVERIFY2(c.ok(), qPrintable(c.error));
        QVERIFY2(n.ok(), qPrintable(n.error));
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(QLatin1Char('\n'))));
        QVERIFY2(n.warnings.isEmpty(), qPrintable(n.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(EntityJson::toLine(c.entities.front()), EntityJson::toLine(n.entities.front()));

        const Entity &e = c.entities.front();
        const Attribute *parked = e.attribute(u"isParked");
        QCOMPARE(parked->kind(), Attribute::Kind::Relationship);
        QCOMPARE(parked->object(), QStringLiteral("urn:ngsi-ld:OffStreetParking:Downtown1"));
        QCOMPARE(IsoTime::format(parked->observedAt()), QStringLiteral("2017-07-29T12:00:04Z"));
        QCOMPARE(parked->subAttribute(u"providedBy")->kind(), Attribute::Kind::Relationship);
        const Attribute *speed = e.attribute(u"speed");
        QCOMPARE(speed->unitCode(), QStringLiteral("KMH"));
        QCOMPARE(speed->subAttribute(u"source")->value().toString(), QStringLiteral("radar"));
        QCOMPARE(speed->subAttribute(u"accuracy")->value().toDouble(), 0.5);
        QCOMPARE(e.attribute(u"street")->kind(), Attribute::Kind::LanguageProperty);
        QCOMPARE(e.attribute(u"street")->languageTexts().value(QStringLiteral("nl")),
                 (QStringList{QStringLiteral("Grote Markt"), QStringLiteral("Grote Mark")}));
        QCOMPARE(e.attribute(u"category")->kind(), Attribute::Kind::VocabProperty);
        QCOMPARE(e.attribute(u"config")->kind(), Attribute::Kind::JsonProperty);
        QCOMPARE(e.attribute(u"location")->kind(), Attribute::Kind::GeoProperty);
        QCOMPARE(e.location().firstPoint(), QPointF(-8.5, 41.2));
        QCOMPARE(e.attribute(u"position")->geometry().firstPoint(), QPointF(-8.6, 41.3));
        QCOMPARE(e.attribute(u"route")->value().value<QJsonValue>().toArray().size(), 3);
        QCOMPARE(e.attribute(u"owners")->objects().size(), 2);
        QCOMPARE(e.attribute(u"address")->kind(), Attribute::Kind::Property);
        QVERIFY(e.attribute(u"address")->sub().empty());
    }

    // keyValues/simplified: Language, Vocab and Json properties keep a marker member.
    void simplifiedLanguageVocabJson()
    {
        const ParseResult r = parse("{\"id\": \"urn:ngsi-ld:Park:1\", \"type\": \"Park\",\n"
            "  \"name\": {\"languageMap\": {\"en\": \"Central Park\", \"de\": \"Zentralpark\"}},\n"
            "  \"status\": {\"vocab\": [\"open\", \"guarded\"]},\n"
            "  \"config\": {\"json\": {\"gates\": 3}}, \"area\": 12.5}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Entity &e = r.entities.front();
        QCOMPARE(e.attribute(u"name")->kind(), Attribute::Kind::LanguageProperty);
        QCOMPARE(e.attribute(u"name")->languageMap().value(QStringLiteral("de")), QStringLiteral("Zentralpark"));
        QCOMPARE(e.attribute(u"status")->kind(), Attribute::Kind::VocabProperty);
        QCOMPARE(e.attribute(u"status")->value().toStringList(), (QStringList{QStringLiteral("open"), QStringLiteral("guarded")}));
        QCOMPARE(e.attribute(u"config")->kind(), Attribute::Kind::JsonProperty);
        QCOMPARE(e.attribute(u"config")->value().value<QJsonValue>().toObject().value(QStringLiteral("gates")).toInt(), 3);
        QCOMPARE(e.number(u"area"), 12.5);
        QVERIFY(r.warnings.isEmpty());
    }

    // A language whose text is neither a text nor a list of texts is dropped and named (found by
    // the fuzzer: the key was read after its value).
    void languageMapWithAWrongText()
    {
        const ParseResult r = parse("{\"id\": \"urn:a:1\", \"type\": \"A\", \"street\": {\"type\": \"LanguageProperty\",\n"
            "  \"languageMap\": {\"fr\": 3, \"en\": \"Main street\", \"nl\": [\"Hoofdstraat\", \"Grote straat\"]}}}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Attribute *street = r.entities.front().attribute(u"street");
        QCOMPARE(street->languageMap().value(QStringLiteral("en")), QStringLiteral("Main street"));
        QVERIFY(!street->languageMap().contains(QStringLiteral("fr")));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().contains(QStringLiteral("\"fr\" text")), qPrintable(r.warnings.first()));
    }

    // Orion-LD and Scorpio write "VocabularyProperty".
    void vocabularyPropertyAlias()
    {
        const ParseResult r = parse("{\"id\": \"urn:a:1\", \"type\": \"A\", \"status\": {\"type\": \"VocabularyProperty\", \"vocab\": \"open\"}}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Attribute *status = r.entities.front().attribute(u"status");
        QCOMPARE(status->kind(), Attribute::Kind::VocabProperty);
        QCOMPARE(status->value().toString(), QStringLiteral("open"));
    }

    // notification.endpoint.accept application/geo+json: "data" is a FeatureCollection.
    void geoJsonNotification()
    {
        const ParseResult r = parse("{\"id\": \"urn:ngsi-ld:Notification:5\", \"type\": \"Notification\",\n"
            "  \"subscriptionId\": \"urn:ngsi-ld:Subscription:geo\", \"notifiedAt\": \"2024-03-01T10:00:00Z\",\n"
            "  \"data\": {\"type\": \"FeatureCollection\", \"features\": [\n"
            "    {\"id\": \"urn:ngsi-ld:Beehive:1\", \"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [13.37, 52.51]},\n"
            "     \"properties\": {\"type\": \"Beehive\", \"temperature\": {\"type\": \"Property\", \"value\": 21.5}}},\n"
            "    {\"id\": \"urn:ngsi-ld:Beehive:2\", \"type\": \"Feature\", \"geometry\": null,\n"
            "     \"properties\": {\"type\": \"Beehive\", \"temperature\": 19}}]}}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.shape, ParseResult::Shape::Notification);
        QCOMPARE(r.subscriptionId, QStringLiteral("urn:ngsi-ld:Subscription:geo"));
        QCOMPARE(int(r.entities.size()), 2);
        QCOMPARE(r.entities.front().location().firstPoint(), QPointF(13.37, 52.51));
        QCOMPARE(r.entities.front().number(u"temperature"), 21.5);
        QCOMPARE(r.entities.back().number(u"temperature"), 19.0);
    }

    // Standard members are never sub-attributes: showChanges' previousValue, and the linked
    // entity of join=inline (NGSI-LD 1.8), read as an entity of its own (once).
    void standardMembersAreNotSubAttributes()
    {
        const ParseResult r = parse("{\"id\": \"urn:ngsi-ld:Notification:6\", \"type\": \"Notification\",\n"
            "  \"subscriptionId\": \"urn:ngsi-ld:Subscription:1\", \"notifiedAt\": \"2024-03-01T10:00:00Z\",\n"
            "  \"data\": [{\"id\": \"urn:ngsi-ld:Shelf:1\", \"type\": \"Shelf\",\n"
            "    \"numberOfItems\": {\"type\": \"Property\", \"value\": 50, \"previousValue\": 49},\n"
            "    \"label\": {\"type\": \"VocabProperty\", \"vocab\": \"full\", \"previousVocab\": \"empty\"},\n"
            "    \"stocks\": {\"type\": \"Relationship\", \"object\": \"urn:ngsi-ld:Product:1\", \"previousObject\": \"urn:ngsi-ld:Product:0\",\n"
            "               \"entity\": {\"id\": \"urn:ngsi-ld:Product:1\", \"type\": \"Product\", \"price\": {\"type\": \"Property\", \"value\": 1.99}}},\n"
            "    \"locatedIn\": {\"object\": \"urn:ngsi-ld:Store:1\",\n"
            "                  \"entity\": {\"id\": \"urn:ngsi-ld:Store:1\", \"type\": \"Store\", \"name\": {\"value\": \"Bösebrücke\"}}}},\n"
            "    {\"id\": \"urn:ngsi-ld:Shelf:2\", \"type\": \"Shelf\",\n"
            "     \"stocks\": {\"object\": \"urn:ngsi-ld:Product:1\", \"entity\": {\"id\": \"urn:ngsi-ld:Product:1\", \"type\": \"Product\"}}}]}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QStringList ids;
        for (const Entity &e : r.entities)
            ids << e.id;
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("urn:ngsi-ld:Product:1"), QStringLiteral("urn:ngsi-ld:Shelf:1"),
                                   QStringLiteral("urn:ngsi-ld:Shelf:2"), QStringLiteral("urn:ngsi-ld:Store:1")}));
        const Entity &shelf = r.entities.front();
        QCOMPARE(shelf.number(u"numberOfItems"), 50.0);
        for (const char16_t *name : {u"numberOfItems", u"label", u"stocks", u"locatedIn"})
            QVERIFY2(shelf.attribute(QStringView(name))->sub().empty(), qPrintable(QString::fromUtf16(name)));
        QCOMPARE(shelf.attribute(u"stocks")->object(), QStringLiteral("urn:ngsi-ld:Product:1"));
        for (const Entity &e : r.entities) {
            if (e.id == QLatin1String("urn:ngsi-ld:Product:1"))
                QCOMPARE(e.number(u"price"), 1.99); // the first (full) copy is kept
            if (e.id == QLatin1String("urn:ngsi-ld:Store:1"))
                QCOMPARE(e.attribute(u"name")->value().toString(), QStringLiteral("Bösebrücke"));
        }
    }

    // A time without a zone is read as UTC, and said, naming the attribute.
    void timeWithoutZoneIsReported()
    {
        const ParseResult r = parse("{\"id\": \"urn:a:1\", \"type\": \"A\",\n"
            "  \"p\": {\"type\": \"Property\", \"value\": 1, \"observedAt\": \"2024-01-01T10:00:00\"},\n"
            "  \"q\": {\"type\": \"Property\", \"value\": 2, \"observedAt\": \"2024-01-01T10:00:00\"},\n"
            "  \"r\": {\"type\": \"Property\", \"value\": 3, \"observedAt\": \"2024-01-01T11:00:00+01:00\"},\n"
            "  \"s\": {\"type\": \"Property\", \"value\": 4, \"observedAt\": \"2024-01-01T10:00:00Z\"}}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Entity &e = r.entities.front();
        const qint64 utc = IsoTime::parse(std::string_view("2024-01-01T10:00:00Z"));
        for (const char16_t *name : {u"p", u"q", u"r", u"s"})
            QCOMPARE(e.attribute(QStringView(name))->observedAt(), utc);
        const QStringList zoneless = r.warnings.filter(QStringLiteral("no time zone"));
        QCOMPARE(zoneless.size(), 2);
        QVERIFY(zoneless.at(0).contains(QStringLiteral("\"p\"")));
        QVERIFY(zoneless.at(1).contains(QStringLiteral("\"q\"")));
        QVERIFY(IsoTime::hasZone("2024-01-01T10:00:00-05:00"));
        QVERIFY(!IsoTime::hasZone("2024-01-01T10:00:00"));
        QVERIFY(!IsoTime::hasZone("2024-01-01"));
    }

    // On-Demand does not count levels when it skips a value: deep JSON is an error, not "0 entities".
    void deepJsonIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("root array") << QByteArray(20000, '[') + QByteArray(20000, ']');
        QTest::newRow("keyValues array") << QByteArray("{\"id\":\"urn:a:1\",\"type\":\"A\",\"x\":") + QByteArray(5000, '[')
                + QByteArray(5000, ']') + "}";
        QByteArray objects = "{\"id\":\"urn:a:1\",\"type\":\"A\",\"x\":";
        for (int i = 0; i < 5000; ++i)
            objects += "{\"k\":";
        objects += "1" + QByteArray(5001, '}');
        QTest::newRow("keyValues object") << objects;
    }

    void deepJsonIsAnError()
    {
        QFETCH(QByteArray, json);
        const ParseResult r = parse(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("nesting deeper than")), qPrintable(r.error));
        QVERIFY(r.entities.empty());
        // Deep but within the limit: read.
        const ParseResult fine = parse(QByteArray("{\"id\":\"urn:a:1\",\"type\":\"A\",\"x\":") + QByteArray(500, '[')
                                       + QByteArray(500, ']') + "}");
        QVERIFY2(fine.ok(), qPrintable(fine.error));
    }

    void bothGeometryReadersAgree_data()
    {
        QTest::addColumn<QByteArray>("geometry");
        QTest::addColumn<int>("parts");
        QTest::addColumn<int>("points");
        QTest::newRow("Point") << QByteArray("{\"type\":\"Point\",\"coordinates\":[3.1,49.8,12.0]}") << 1 << 1;
        QTest::newRow("MultiPoint") << QByteArray("{\"type\":\"MultiPoint\",\"coordinates\":[[3,49],[4,50],[5,51]]}") << 3 << 3;
        QTest::newRow("LineString") << QByteArray("{\"type\":\"LineString\",\"coordinates\":[[3,49],[4,50]]}") << 1 << 2;
        QTest::newRow("MultiLineString") << QByteArray("{\"type\":\"MultiLineString\",\"coordinates\":[[[3,49],[4,50]],[[5,51],[6,52],[7,53]]]}") << 2 << 5;
        QTest::newRow("Polygon") << QByteArray("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}") << 1 << 4;
        QTest::newRow("MultiPolygon") << QByteArray("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],"
                                                    "[[[2,2],[3,2],[3,3],[2,2]],[[2.2,2.2],[2.4,2.2],[2.3,2.3],[2.2,2.2]]]]}") << 2 << 12;
    }

    // simdjson's reader (GeometryReader) and Qt's (Geometry::fromGeoJson) give the same geometry.
    void bothGeometryReadersAgree()
    {
        QFETCH(QByteArray, geometry);
        QFETCH(int, parts);
        QFETCH(int, points);
        const ParseResult r = parse("{\"id\":\"urn:a:1\",\"type\":\"A\",\"location\":{\"type\":\"GeoProperty\",\"value\":"
                                    + geometry + "}}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Geometry fromSimdjson = r.entities.front().location();
        QString error;
        const Geometry fromQt = Geometry::fromGeoJson(QJsonDocument::fromJson(geometry).object(), &error);
        QVERIFY2(fromQt.isValid(), qPrintable(error));
        QCOMPARE(fromSimdjson.parts().size(), parts);
        QCOMPARE(fromSimdjson.pointCount(), points);
        QVERIFY(fromSimdjson == fromQt);
        QCOMPARE(Geometry::fromGeoJson(fromQt.toGeoJson()), fromQt); // and back
    }

    // The one-pass reader takes members in any order and checks the nesting against the type.
    void geometryMembersAndNesting_data()
    {
        QTest::addColumn<QByteArray>("geometry");
        QTest::addColumn<int>("rings"); // 0: no geometry, a warning instead
        QTest::newRow("coordinates first") << QByteArray("{\"coordinates\":[[3,49],[4,50]],\"type\":\"LineString\"}") << 1;
        QTest::newRow("bbox ignored") << QByteArray("{\"type\":\"Point\",\"bbox\":[1,2,3,4],\"coordinates\":[3,49]}") << 1;
        QTest::newRow("polygon with a hole") << QByteArray("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]]]}") << 2;
        QTest::newRow("point as a line") << QByteArray("{\"type\":\"LineString\",\"coordinates\":[3,49]}") << 0;
        QTest::newRow("mixed depths") << QByteArray("{\"type\":\"LineString\",\"coordinates\":[[3,49],[[4,50]]]}") << 0;
        QTest::newRow("one number") << QByteArray("{\"type\":\"Point\",\"coordinates\":[3]}") << 0;
        QTest::newRow("empty") << QByteArray("{\"type\":\"Polygon\",\"coordinates\":[]}") << 0;
        QTest::newRow("text in a position") << QByteArray("{\"type\":\"Point\",\"coordinates\":[\"3\",49]}") << 0;
        QTest::newRow("too deep") << QByteArray("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[[0,0]]]]]}") << 0;
        QTest::newRow("no type") << QByteArray("{\"coordinates\":[3,49]}") << 0;
        QTest::newRow("coordinates twice: the last") << QByteArray("{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]],\"coordinates\":[[3,49],[4,50],[5,51]]}") << 1;
    }

    void geometryMembersAndNesting()
    {
        QFETCH(QByteArray, geometry);
        QFETCH(int, rings);
        for (const QByteArray &attribute : {"{\"type\":\"GeoProperty\",\"value\":" + geometry + "}", geometry}) {
            const ParseResult r = parse("{\"id\":\"urn:a:1\",\"type\":\"A\",\"location\":" + attribute + "}");
            QVERIFY2(r.ok(), qPrintable(r.error));
            if (attribute == geometry && !geometry.contains("\"type\""))
                continue; // keyValues without a type: a plain JSON value, not a geometry
            const Geometry g = r.entities.front().location();
            QCOMPARE(g.ringCount(), rings);
            if (rings == 0)
                QVERIFY2(!r.warnings.isEmpty(), attribute.constData());
            else
                QCOMPARE(Geometry::fromGeoJson(QJsonDocument::fromJson(geometry).object()), g);
        }
    }

    void jsonLineRoundTrip()
    {
        const QByteArray json = "{\"id\":\"urn:ngsi-ld:A:1\",\"type\":\"A\",\"p\":{\"type\":\"Property\",\"value\":3,\"observedAt\":\"2026-01-01T00:00:00Z\",\"datasetId\":\"urn:d:1\",\"unitCode\":\"CEL\"}}";
        const ParseResult r = parse(json);
        QCOMPARE(EntityJson::toLine(r.entities.front()),
                 QByteArray("{\"attrs\":{\"p\":[{\"datasetId\":\"urn:d:1\",\"kind\":\"Property\",\"observedAt\":\"2026-01-01T00:00:00Z\",\"unitCode\":\"CEL\",\"value\":3}]},\"id\":\"urn:ngsi-ld:A:1\",\"type\":\"A\"}"));
    }

    void parserIsReusable()
    {
        PayloadParser parser;
        for (int i = 0; i < 100; ++i) {
            const ParseResult r = parser.parse(QByteArray("{\"id\":\"urn:a:") + QByteArray::number(i) + "\",\"type\":\"A\",\"n\":"
                                               + QByteArray::number(i) + "}");
            QCOMPARE(r.entities.front().number(u"n"), double(i));
        }
        QVERIFY(!parser.parse("{").ok());
        QVERIFY(parser.parse("{\"id\":\"urn:a:1\",\"type\":\"A\"}").ok());
    }
};

QTEST_GUILESS_MAIN(TestPayloadParser)
#include "tst_payloadparser.moc"
