// Packed entity bodies: what the writer lays out is what a reader of the records finds.

#include "core/EntityBody.h"
#include "core/NameTable.h"

#include <QTest>

using namespace EntityBody;

namespace {
std::string_view textOf(const Header *h, Span s)
{
    return {section(h, h->bytes) + s.first, s.size};
}
const GroupRecord &groupAt(const Header *h, quint32 i)
{
    return reinterpret_cast<const GroupRecord *>(section(h, h->groups))[i];
}
const AttributeRecord &attributeAt(const Header *h, quint32 i)
{
    return reinterpret_cast<const AttributeRecord *>(section(h, h->attributes))[i];
}
} // namespace

class TestEntityBody : public QObject
{
    Q_OBJECT

private slots:
    void instancesOfANameStayTogether()
    {
        const quint32 speed = NameTable::id(u"speed"), name = NameTable::id(u"name"),
                      reliability = NameTable::id(u"reliability");
        Writer w;
        AttributeRecord &a = w.attribute(speed);
        a.type = ValueType::Double;
        a.value.d = 12.5;
        w.enterSub();
        w.attribute(reliability).value.d = 0.9;
        w.leaveSub();
        AttributeRecord &n = w.attribute(name);
        n.type = ValueType::Text;
        n.value.text = w.text(std::string_view("Rue d'Isle"));
        w.attribute(speed).value.d = 13.0; // a second instance, after another name
        w.extra().dataset = w.text(QStringView(u"urn:ngsi-ld:Dataset:radar"));
        Header *h = w.finish();

        QCOMPARE(h->top.size, 2u);
        const GroupRecord &g0 = groupAt(h, h->top.first);
        QCOMPARE(g0.name, speed);
        QCOMPARE(g0.count, 2u);
        QCOMPARE(attributeAt(h, g0.first).value.d, 12.5);
        QCOMPARE(attributeAt(h, g0.first + 1).value.d, 13.0);
        QCOMPARE(textOf(h, extraOf(h, attributeAt(h, g0.first + 1))->dataset), std::string_view("urn:ngsi-ld:Dataset:radar"));
        const ExtraRecord &e = *extraOf(h, attributeAt(h, g0.first));
        QCOMPARE(e.sub.size, 1u);
        QCOMPARE(groupAt(h, e.sub.first).name, reliability);
        QCOMPARE(attributeAt(h, groupAt(h, e.sub.first).first).value.d, 0.9);
        const GroupRecord &g1 = groupAt(h, h->top.first + 1);
        QCOMPARE(g1.name, name);
        QCOMPARE(textOf(h, attributeAt(h, g1.first).value.text), std::string_view("Rue d'Isle"));
        // Every record finds its body from its own address.
        const AttributeRecord &r = attributeAt(h, g1.first);
        QCOMPARE(headerOf(&r, r.self), h);
        QCOMPARE(headerOf(&g1, g1.self), h);
        release(h);
    }

    void geometriesAndSamples()
    {
        Writer w;
        w.attribute(NameTable::id(u"location")).kind = 1; // GeoProperty
        const double line[] = {3.25, 49.82, 3.2505, 49.8203};
        const quint32 at = w.geometry(3, line, {}, {});
        w.extra().geometry = at;
        AttributeRecord &t = w.attribute(NameTable::id(u"occupancy"));
        t.type = ValueType::None;
        for (int i = 0; i < 3; ++i) {
            SampleRecord &s = w.sample();
            s.type = ValueType::Double;
            s.value.d = i / 10.0;
            s.observedAt = 1000 * i;
        }
        Header *h = w.finish();
        const ExtraRecord &ge = *extraOf(h, attributeAt(h, groupAt(h, h->top.first).first));
        const auto *g = reinterpret_cast<const GeometryRecord *>(section(h, h->bytes) + ge.geometry - 1);
        QCOMPARE(g->type, quint8(3));
        QCOMPARE(g->points, 2u);
        QCOMPARE(g->rings, 1u);
        QVERIFY(ringEndsOf(g).empty() && partEndsOf(g).empty());
        QCOMPARE(pointsOf(g).size(), size_t(4));
        QCOMPARE(pointsOf(g)[2], 3.2505);
        const ExtraRecord &se = *extraOf(h, attributeAt(h, groupAt(h, h->top.first + 1).first));
        QCOMPARE(se.samples.size, 3u);
        const auto *samples = reinterpret_cast<const SampleRecord *>(section(h, h->samples)) + se.samples.first;
        QCOMPARE(samples[2].value.d, 0.2);
        QCOMPARE(samples[2].observedAt, 2000);
        release(h);
    }

    void cutListsOfAMultiPolygon()
    {
        Writer w;
        w.attribute(NameTable::id(u"footprint"));
        const double xy[] = {0, 0, 1, 0, 1, 1, 0, 0, 5, 5, 6, 5, 6, 6, 5, 5};
        const qint32 rings[] = {4, 8}, parts[] = {1, 2};
        w.extra().geometry = w.geometry(6, xy, rings, parts);
        Header *h = w.finish();
        const ExtraRecord &e = *extraOf(h, attributeAt(h, groupAt(h, h->top.first).first));
        const auto *g = reinterpret_cast<const GeometryRecord *>(section(h, h->bytes) + e.geometry - 1);
        QCOMPARE(g->rings, 2u);
        QCOMPARE(ringEndsOf(g)[1], 8);
        QCOMPARE(partEndsOf(g)[0], 1);
        QCOMPARE(pointsOf(g)[8], 5.0);
        release(h);
    }

    void samplesStayContiguousWhenInterleaved()
    {
        // A sub-attribute's samples written between two runs of its parent's samples.
        Writer w;
        AttributeRecord &parent = w.attribute(NameTable::id(u"flow"));
        w.sample(parent).value.i = 1;
        w.enterSub();
        w.attribute(NameTable::id(u"quality"));
        w.sample().value.i = 100;
        w.sample(parent).value.i = 2; // parent's run moves after the sub-attribute's sample
        w.leaveSub();
        Header *h = w.finish();
        const AttributeRecord &flow = attributeAt(h, groupAt(h, h->top.first).first);
        const Span run = extraOf(h, flow)->samples;
        QCOMPARE(run.size, 2u);
        QCOMPARE(samples(h)[run.first].value.i, 1);
        QCOMPARE(samples(h)[run.first + 1].value.i, 2);
        release(h);
    }

    void sameDatasetInstancesMergeIntoSamples()
    {
        // Temporal normalized form: one instance per observation, two datasets.
        Writer w;
        const quint32 speed = NameTable::id(u"speed");
        const auto observation = [&](double value, qint64 at, std::string_view dataset) {
            AttributeRecord &r = w.attribute(speed);
            r.type = ValueType::Double;
            r.value.d = value;
            r.observedAt = at;
            if (!dataset.empty()) {
                const Span d = w.text(dataset);
                w.extra().dataset = d;
            }
        };
        observation(1.0, 10, {});
        observation(3.0, 30, {});
        observation(7.0, 5, "urn:radar");
        observation(1.0, 10, {}); // repeated: not sampled twice
        observation(2.0, 20, {});
        Header *h = w.finish(Writer::Merge::SameDataset);
        const GroupRecord &g = groupAt(h, h->top.first);
        QCOMPARE(g.count, 2u);
        const AttributeRecord &main = attributeAt(h, g.first);
        QCOMPARE(extraOf(h, main)->samples.size, 3u);
        QCOMPARE(main.value.d, 3.0); // the latest observation is the current value
        QCOMPARE(main.observedAt, 30);
        const AttributeRecord &radar = attributeAt(h, g.first + 1);
        QCOMPARE(extraOf(h, radar)->samples.size, 0u); // alone in its dataset: left as it came
        QCOMPARE(radar.value.d, 7.0);
        release(h);
    }

    void writerIsReusable()
    {
        Writer w;
        w.attribute(NameTable::id(u"a")).value.i = 1;
        release(w.finish());
        w.attribute(NameTable::id(u"b")).value.i = 2;
        Header *h = w.finish();
        QCOMPARE(h->top.size, 1u);
        QCOMPARE(groupAt(h, h->top.first).name, NameTable::id(u"b"));
        release(h);
    }
};

QTEST_GUILESS_MAIN(TestEntityBody)
#include "tst_entitybody.moc"
