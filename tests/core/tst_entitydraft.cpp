// Drafts: the writable form of the read-only entity model (store, JSON, tests write through it).

#include "core/EntityDraft.h"
#include "core/EntityJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {
Entity sample()
{
    EntityDraft d;
    d.id = QStringLiteral("urn:ngsi-ld:OffStreetParking:1");
    d.types << QStringLiteral("OffStreetParking");
    AttributeDraft spots;
    spots.value = qint64(121);
    spots.observedAt = 1000;
    spots.unitCode = QStringLiteral("C62");
    AttributeDraft reliability;
    reliability.value = 0.9;
    spots.sub.emplace_back(QStringLiteral("reliability")).instances.push_back(reliability);
    d.add(QStringLiteral("availableSpotNumber"), spots);
    AttributeDraft barrier = spots;
    barrier.datasetId = QStringLiteral("urn:ngsi-ld:Dataset:barriers");
    barrier.value = qint64(118);
    d.add(QStringLiteral("availableSpotNumber"), barrier);
    AttributeDraft owner(Attribute::Kind::Relationship);
    owner.objects = {QStringLiteral("urn:ngsi-ld:Organisation:city")};
    d.add(QStringLiteral("owner"), owner);
    AttributeDraft neighbours(Attribute::Kind::Relationship);
    neighbours.objects = {QStringLiteral("urn:a"), QStringLiteral("urn:b")};
    d.add(QStringLiteral("neighbours"), neighbours);
    AttributeDraft location(Attribute::Kind::GeoProperty);
    location.geometry = Geometry::point(3.2876, 49.8489);
    d.add(QStringLiteral("location"), location);
    AttributeDraft name(Attribute::Kind::LanguageProperty);
    name.languageMap = {{QStringLiteral("fr"), QStringLiteral("Parking de l'Hôtel de Ville")}};
    d.add(QStringLiteral("name"), name);
    AttributeDraft history;
    history.samples = {{1.0, 10, IsoTime::invalid, QString()}, {2.0, 20, IsoTime::invalid, QString()}};
    d.add(QStringLiteral("occupancy"), history);
    return std::move(d).toEntity();
}
} // namespace

class TestEntityDraft : public QObject
{
    Q_OBJECT

private slots:
    void freezesEveryPart()
    {
        const Entity e = sample();
        QCOMPARE(e.attributeCount(), 6);
        QCOMPARE(e.group(u"availableSpotNumber")->instances().size(), 2);
        const Attribute *spots = e.attribute(u"availableSpotNumber");
        QCOMPARE(spots->value().toLongLong(), 121);
        QCOMPARE(spots->unitCode(), QStringLiteral("C62"));
        QCOMPARE(spots->subAttribute(u"reliability")->value().toDouble(), 0.9);
        QCOMPARE(e.attribute(u"availableSpotNumber", u"urn:ngsi-ld:Dataset:barriers")->value().toLongLong(), 118);
        // One target is the value, as the parser stores it; several stay a list.
        QCOMPARE(e.attribute(u"owner")->value().toString(), QStringLiteral("urn:ngsi-ld:Organisation:city"));
        QCOMPARE(e.attribute(u"owner")->object(), QStringLiteral("urn:ngsi-ld:Organisation:city"));
        QCOMPARE(e.attribute(u"neighbours")->objects(), (QStringList{QStringLiteral("urn:a"), QStringLiteral("urn:b")}));
        QCOMPARE(e.location().firstPoint(), QPointF(3.2876, 49.8489));
        QCOMPARE(e.attribute(u"name")->languageMap().value(QStringLiteral("fr")), QStringLiteral("Parking de l'Hôtel de Ville"));
        QCOMPARE(e.attribute(u"occupancy")->samples().size(), 2);
    }

    void editingACopyKeepsEverything()
    {
        const Entity e = sample();
        QCOMPARE(EntityJson::toLine(EntityDraft(e).toEntity()), EntityJson::toLine(e));
        EntityDraft edit(e);
        edit.groupFor(QStringLiteral("owner")).instances.front().objects = {QStringLiteral("urn:ngsi-ld:Organisation:port")};
        const Entity changed = std::move(edit).toEntity();
        QCOMPARE(changed.attribute(u"owner")->object(), QStringLiteral("urn:ngsi-ld:Organisation:port"));
        QCOMPARE(e.attribute(u"owner")->object(), QStringLiteral("urn:ngsi-ld:Organisation:city")); // the original is untouched
    }

    void baseGroupsComeFirstAndJoinDraftedOnes()
    {
        const Entity statics = sample();
        EntityDraft d;
        d.id = QStringLiteral("urn:x");
        d.base = statics;
        AttributeDraft gate;
        gate.value = qint64(3);
        gate.datasetId = QStringLiteral("urn:ngsi-ld:Dataset:gate");
        d.add(QStringLiteral("availableSpotNumber"), gate);
        AttributeDraft fresh;
        fresh.value = true;
        d.add(QStringLiteral("full"), fresh);
        const Entity e = std::move(d).toEntity();
        QCOMPARE(e.attributeCount(), statics.attributeCount() + 1);
        QCOMPARE(e.attributes().first().name(), QStringLiteral("availableSpotNumber"));
        QCOMPARE(e.group(u"availableSpotNumber")->instances().size(), 3);
        QCOMPARE(e.attribute(u"availableSpotNumber", u"urn:ngsi-ld:Dataset:gate")->value().toLongLong(), 3);
        QCOMPARE(e.attributes().last().name(), QStringLiteral("full"));
    }

    void everyValueTypeReadsBackAsWritten()
    {
        EntityDraft d;
        d.id = QStringLiteral("urn:x");
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1773480600250, Qt::UTC);
        const QJsonValue object = QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QJsonArray{true, QJsonValue::Null}}};
        const QList<QVariant> values = {QVariant(), QVariant::fromValue(nullptr), true, qint64(-7), 2.5,
                                        QStringLiteral("Grand-Place (été)"), when, QVariant::fromValue(object),
                                        QVariant::fromValue(QJsonValue(12.5)),
                                        QStringList{QStringLiteral("urn:a"), QStringLiteral("urn:b")}};
        for (qsizetype i = 0; i < values.size(); ++i)
            d.add(QStringLiteral("v%1").arg(i), AttributeDraft()).value = values.at(i);
        const Entity e = std::move(d).toEntity();
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(e.attribute(QStringLiteral("v%1").arg(i))->value(), values.at(i));
        bool ok = false;
        QCOMPARE(e.attribute(u"v4")->toNumber(&ok), 2.5);
        QVERIFY(ok);
        e.attribute(u"v5")->toNumber(&ok);
        QVERIFY(!ok);
    }

    void geometriesKeepTheirRingsAndParts()
    {
        // Two polygons, the first with a hole: cut lists survive packing, as do multi-points.
        const Geometry polygons = Geometry::fromCoordinates(
            Geometry::Type::MultiPolygon,
            {{QPolygonF({{0, 0}, {4, 0}, {4, 4}, {0, 0}}), QPolygonF({{1, 1}, {2, 1}, {2, 2}, {1, 1}})},
             {QPolygonF({{5, 5}, {6, 5}, {6, 6}, {5, 5}})}});
        const Geometry points(Geometry::Type::MultiPoint, {{1, 2}, {3, 4}, {5, 6}});
        EntityDraft d;
        d.id = QStringLiteral("urn:x");
        d.add(QStringLiteral("footprint"), AttributeDraft(Attribute::Kind::GeoProperty)).geometry = polygons;
        d.add(QStringLiteral("stops"), AttributeDraft(Attribute::Kind::GeoProperty)).geometry = points;
        const Entity e = std::move(d).toEntity();
        QCOMPARE(e.attribute(u"footprint")->geometry(), polygons);
        QCOMPARE(e.attribute(u"footprint")->geometry().partCount(), 2);
        QCOMPARE(e.attribute(u"footprint")->geometry().ringCount(), 3);
        QCOMPARE(e.attribute(u"stops")->geometry(), points);
        QVERIFY(e.attribute(u"stops")->hasGeometry());
    }

    void copiesShareOneBody()
    {
        const Attribute *spots = nullptr;
        Entity kept;
        {
            const Entity original = sample();
            kept = original;
            QCOMPARE(kept.body(), original.body());
            spots = kept.attribute(u"availableSpotNumber");
        }
        // The original is gone; the copy's body, and what was read from it, live on.
        QCOMPARE(spots->value().toLongLong(), 121);
        QCOMPARE(kept.attribute(u"name")->languageMap().size(), 1);
        Entity moved = std::move(kept);
        QVERIFY(!kept.body() && kept.attributes().isEmpty());
        QCOMPARE(moved.attributeCount(), 6);
    }

    void temporalPagesMerge()
    {
        Entity first = sample();
        EntityDraft later;
        later.id = first.id;
        AttributeDraft more;
        more.samples = {{2.0, 20, IsoTime::invalid, QString()}, {3.0, 30, IsoTime::invalid, QString()}};
        later.add(QStringLiteral("occupancy"), more);
        first.mergeTemporal(std::move(later).toEntity());
        const QList<TemporalSample> samples = first.attribute(u"occupancy")->samples();
        QCOMPARE(samples.size(), 3); // the sample at 20 is not repeated
        QCOMPARE(samples.last().value.toDouble(), 3.0);
    }
};

QTEST_GUILESS_MAIN(TestEntityDraft)
#include "tst_entitydraft.moc"
