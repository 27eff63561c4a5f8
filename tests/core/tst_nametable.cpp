// The process-wide name table: one index per name, stable, readable from any thread.

#include "core/NameTable.h"

#include <QTest>
#include <QThread>

#include <vector>

class TestNameTable : public QObject
{
    Q_OBJECT

private slots:
    void oneIndexPerName()
    {
        QCOMPARE(NameTable::id(QStringView()), 0u);
        QVERIFY(NameTable::name(0).isEmpty());
        const quint32 a = NameTable::id(u"availableSpotNumber");
        QVERIFY(a != 0 && a != NameTable::none);
        QCOMPARE(NameTable::id(std::string_view("availableSpotNumber")), a); // UTF-8 or UTF-16, one name
        QVERIFY(NameTable::id(u"occupancy") != a);
        QCOMPARE(NameTable::name(a), QStringLiteral("availableSpotNumber"));
        QCOMPARE(NameTable::id(std::string_view("température")), NameTable::id(u"température"));
    }

    void namesStayWhereTheyAre()
    {
        // A name's address outlives any growth of the table (readers keep references).
        const quint32 first = NameTable::id(u"refParkingSite");
        const QString *where = &NameTable::name(first);
        for (int i = 0; i < 10000; ++i)
            NameTable::id(QStringLiteral("grow-%1").arg(i));
        QCOMPARE(&NameTable::name(first), where);
        QCOMPARE(*where, QStringLiteral("refParkingSite"));
    }

    void threadsAgree()
    {
        // Four threads add the same names in different orders: each name gets one index.
        std::vector<std::vector<quint32>> seen(4);
        std::vector<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads.push_back(QThread::create([t, &seen] {
                for (int i = 0; i < 2000; ++i) {
                    const int n = t % 2 ? 1999 - i : i;
                    seen[size_t(t)].push_back(NameTable::id(QStringLiteral("shared-%1").arg(n)));
                }
            }));
            threads.back()->start();
        }
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        for (int i = 0; i < 2000; ++i) {
            const quint32 id = NameTable::id(QStringLiteral("shared-%1").arg(i));
            QCOMPARE(seen[0][size_t(i)], id);
            QCOMPARE(seen[1][size_t(1999 - i)], id);
            QCOMPARE(NameTable::name(id), QStringLiteral("shared-%1").arg(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestNameTable)
#include "tst_nametable.moc"
