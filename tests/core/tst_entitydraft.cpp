// Drafts: the writable form of the read-only entity model (store, JSON, tests write through it).

#include "core/EntityDraft.h"
#include "core/EntityJson.h"

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

    void frozenGroupsComeFirstAndJoinDraftedOnes()
    {
        const Entity statics = sample();
        EntityDraft d;
        d.id = QStringLiteral("urn:x");
        d.frozen.assign(statics.attributes().begin(), statics.attributes().end());
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
