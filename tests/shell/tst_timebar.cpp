// The time bar and the data panel: review any instant of the window, play it back, step, go
// back to live; see every entity at the cursor with stale ones marked; export CSV.

#include "MemoryBackend.h"
#include "Screenshot.h"
#include "ShellFixture.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "sdk/EntityStateModel.h"
#include "sdk/EntityStore.h"
#include "shell/DataBrowser.h"
#include "shell/MainWindow.h"
#include "shell/TimeBar.h"

#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {
constexpr qint64 kMinute = 60000;
const qint64 kNow = IsoTime::parse(std::string_view("2026-03-14T12:00:00Z"));

// Twelve car parks every 5 minutes over the last 6 hours; car park 7 went silent at 10:00.
void fill(MemoryBackend &b)
{
    for (int p = 0; p < 12; ++p) {
        const QString id = QStringLiteral("urn:ngsi-ld:OffStreetParking:p%1").arg(p, 2, 10, QLatin1Char('0'));
        b.addStatic(id, QStringLiteral("OffStreetParking"), QStringLiteral("name"), QStringLiteral("Car park %1").arg(p));
        for (qint64 t = kNow - 6 * 60 * kMinute; t <= kNow; t += 5 * kMinute) {
            if (p == 7 && t > kNow - 120 * kMinute)
                break;
            const int minutes = int((t - (kNow - 6 * 60 * kMinute)) / kMinute);
            b.add(id, QStringLiteral("OffStreetParking"), QStringLiteral("availableSpotNumber"), t, double(100 + p * 10 - minutes / 5));
            b.add(id, QStringLiteral("OffStreetParking"), QStringLiteral("occupancy"), t, 0.2 + minutes / 600.0, QStringLiteral("C62"));
        }
    }
}
} // namespace

class TestTimeBar : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = kNow;

private slots:
    void timeBarMovesTheCursor()
    {
        ShellFixture fx;
        TimeCursor *cursor = fx.context.timeCursor();
        cursor->setClock([this] { return IsoTime::toDateTime(m_now); });
        MemoryBackend backend;
        fill(backend);
        fx.context.store()->setBackend(&backend);
        TimeBar bar(cursor, fx.context.store());
        QCOMPARE(bar.sliderRange(), std::make_pair(kNow - 24 * 60 * kMinute, kNow));
        QCOMPARE(bar.stepMs(), 14 * kMinute); // a hundredth of 24 h, in whole minutes

        bar.stepBack();
        QVERIFY(!cursor->isLive());
        QCOMPARE(IsoTime::fromDateTime(cursor->time()), kNow - 14 * kMinute);
        bar.stepBack();
        bar.stepForward();
        QCOMPARE(IsoTime::fromDateTime(cursor->time()), kNow - 14 * kMinute);
        bar.stepForward(); // reaches now: live again
        QVERIFY(cursor->isLive());

        // The slider over the window: its start is the window's start.
        auto *slider = bar.findChild<QSlider *>();
        QVERIFY(slider);
        slider->setValue(0);
        QCOMPARE(IsoTime::fromDateTime(cursor->time()), kNow - 24 * 60 * kMinute);
        slider->setValue(slider->maximum() / 2);
        QCOMPARE(IsoTime::fromDateTime(cursor->time()), kNow - 12 * 60 * kMinute);
        slider->setValue(slider->maximum());
        QVERIFY(cursor->isLive());

        // Play from live starts at the window's start and runs at the chosen speed.
        bar.setSpeed(3600);
        QCOMPARE(bar.speed(), 3600);
        bar.play();
        QVERIFY(bar.isPlaying());
        const qint64 start = IsoTime::fromDateTime(cursor->time());
        QCOMPARE(start, kNow - 24 * 60 * kMinute);
        QTest::qWait(600);
        const qint64 played = IsoTime::fromDateTime(cursor->time()) - start;
        QVERIFY2(played >= 10 * kMinute && played <= 90 * kMinute, qPrintable(QString::number(played / kMinute)));
        bar.pause();
        QVERIFY(!bar.isPlaying());
        // Playing into now stops and goes live.
        cursor->review(IsoTime::toDateTime(kNow - 2000));
        bar.play();
        QTRY_VERIFY_WITH_TIMEOUT(cursor->isLive(), 3000);
        QVERIFY(!bar.isPlaying());

        // A shorter window: the slider spans one hour, steps are one minute.
        cursor->review(IsoTime::toDateTime(kNow - 30 * kMinute));
        QSignalSpy window(cursor, &TimeCursor::windowChanged);
        cursor->setWindowMs(60 * kMinute);
        QCOMPARE(window.count(), 1);
        QCOMPARE(bar.stepMs(), kMinute);
        bar.backToLive();
        QVERIFY(cursor->isLive());
    }

    void dataPanelShowsTheStateAtTheCursor()
    {
        ShellFixture fx;
        fx.context.timeCursor()->setClock([this] { return IsoTime::toDateTime(m_now); });
        MemoryBackend backend;
        fill(backend);
        fx.context.store()->setSourceName(QStringLiteral("test"));
        fx.context.store()->setBackend(&backend);
        std::unique_ptr<MainWindow> window = fx.showWindow(Workspace::Role::Operator);
        QVERIFY(window);
        DataBrowser *data = window->dataBrowser();
        window->dataDock()->show();
        window->dataDock()->raise();
        data->setType(QStringLiteral("OffStreetParking"));
        EntityStateModel *model = data->model();
        QCOMPARE(model->rowCount(), 12);
        QVERIFY(model->attributes().contains(QStringLiteral("availableSpotNumber")));
        // Car park 7 has not reported for two hours: stale, and the line says how many are.
        QCOMPARE(model->staleCount(), 1);
        QVERIFY2(data->asOfText().contains(QStringLiteral("1 of 12 stale (silent for more than 60 min)")), qPrintable(data->asOfText()));
        QVERIFY(data->selectEntity(QStringLiteral("urn:ngsi-ld:OffStreetParking:p03")));
        QTreeWidget *details = data->details();
        QList<QTreeWidgetItem *> spots = details->findItems(QStringLiteral("availableSpotNumber"), Qt::MatchExactly);
        QCOMPARE(spots.size(), 1);
        QCOMPARE(spots.first()->text(1), QStringLiteral("58")); // 130 - 72 five-minute steps
        details->setCurrentItem(spots.first());
        QCOMPARE(data->selectedAttribute(), QStringLiteral("availableSpotNumber"));
        QTest::qWait(100);
        const QImage live = Screenshot::grab(window.get(), QStringLiteral("data-panel-live"));
        QVERIFY(Screenshot::distinctColours(live) > 20);

        // Review at 09:00: values of then, the same entity still selected, nobody stale.
        QSignalSpy refreshed(model, &EntityStateModel::refreshed);
        fx.context.timeCursor()->review(IsoTime::toDateTime(kNow - 3 * 60 * kMinute));
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(data->selectedEntity(), QStringLiteral("urn:ngsi-ld:OffStreetParking:p03"));
        spots = details->findItems(QStringLiteral("availableSpotNumber"), Qt::MatchExactly);
        QCOMPARE(spots.first()->text(1), QStringLiteral("94"));
        QCOMPARE(model->staleCount(), 0);
        QVERIFY(data->asOfText().startsWith(QStringLiteral("Review at")));
        Screenshot::grab(window.get(), QStringLiteral("data-panel-review"));

        // CSV: the selected series over the window (24 h back from 09:00 = its first 3 hours).
        QTemporaryDir dir;
        QString error;
        QCOMPARE(data->exportSeries(dir.filePath(QStringLiteral("series.csv")), &error), qint64(37));
        QFile series(dir.filePath(QStringLiteral("series.csv")));
        QVERIFY(series.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = series.readAll().split('\n');
        QCOMPARE(lines.value(1).trimmed(),
                 QByteArray("urn:ngsi-ld:OffStreetParking:p03,OffStreetParking,availableSpotNumber,,2026-03-14T06:00:00Z,130,"));
        // The whole window: 12 car parks × 2 attributes × 37 values.
        QCOMPARE(data->exportWindow(dir.filePath(QStringLiteral("window.csv")), &error), qint64(12 * 2 * 37));
        // A path that cannot be written: an error, and nothing half-written.
        QCOMPARE(data->exportWindow(QStringLiteral("/proc/citydeck/nope.csv"), &error), qint64(-1));
        QVERIFY(!error.isEmpty());
        fx.context.timeCursor()->goLive();
    }
};

QTEST_MAIN(TestTimeBar)
#include "tst_timebar.moc"
