#include "core/CompactList.h"

#include <QString>
#include <QTest>

// Counts live instances, so that a leak or a double destruction shows.
struct Tracked
{
    static inline int alive = 0;
    QString text;
    Tracked(QString t = {}) : text(std::move(t)) { ++alive; }
    Tracked(const Tracked &o) : text(o.text) { ++alive; }
    Tracked(Tracked &&o) noexcept : text(std::move(o.text)) { ++alive; }
    Tracked &operator=(const Tracked &) = default;
    Tracked &operator=(Tracked &&) noexcept = default;
    ~Tracked() { --alive; }
};

class TestCompactList : public QObject
{
    Q_OBJECT

    static QStringList texts(const CompactList<Tracked> &list)
    {
        QStringList out;
        for (const Tracked &t : list)
            out << t.text;
        return out;
    }

private slots:
    void init() { Tracked::alive = 0; }
    void cleanup() { QCOMPARE(Tracked::alive, 0); }

    void growsFromInlineToHeap()
    {
        CompactList<Tracked> list;
        QVERIFY(list.isEmpty());
        QCOMPARE(list.begin(), list.end());
        QStringList expected;
        for (int i = 0; i < 11; ++i) { // inline, then 4, 8 and 16 slots
            list.emplace_back(QString::number(i));
            expected << QString::number(i);
            QCOMPARE(texts(list), expected);
            QCOMPARE(Tracked::alive, i + 1);
        }
        list.clear();
        QCOMPARE(list.size(), 0);
        QCOMPARE(Tracked::alive, 0);
        list.push_back(Tracked(QStringLiteral("again")));
        QCOMPARE(texts(list), QStringList{QStringLiteral("again")});
    }

    // push_back of one of its own elements while the storage moves.
    void appendsItsOwnElement()
    {
        CompactList<Tracked> list;
        list.emplace_back(QStringLiteral("a"));
        list.push_back(list.front()); // inline → heap
        list.push_back(list[1]);
        list.push_back(list[0]);
        list.push_back(list[3]); // 4 → 8 slots
        QCOMPARE(texts(list), QStringList(5, QStringLiteral("a")));
    }

    void copiesAndMoves()
    {
        for (int n : {0, 1, 2, 6}) {
            CompactList<Tracked> list;
            for (int i = 0; i < n; ++i)
                list.emplace_back(QString::number(i));
            const QStringList expected = texts(list);
            CompactList<Tracked> copy(list);
            QCOMPARE(texts(copy), expected);
            CompactList<Tracked> moved(std::move(copy));
            QCOMPARE(texts(moved), expected);
            QVERIFY(copy.isEmpty());
            CompactList<Tracked> assigned;
            assigned.emplace_back(QStringLiteral("old"));
            assigned = list;
            QCOMPARE(texts(assigned), expected);
            assigned = std::move(moved);
            QCOMPARE(texts(assigned), expected);
            assigned = assigned; // self-assignment keeps the elements
            QCOMPARE(texts(assigned), expected);
            QCOMPARE(Tracked::alive, 2 * n);
        }
    }
};

QTEST_GUILESS_MAIN(TestCompactList)
#include "tst_compactlist.moc"
