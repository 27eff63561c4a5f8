// MBTiles: write and read back with TMS rows, metadata, imported files, and the broken cases
// (no metadata, no tiles table, not SQLite, vector tiles, a corrupt tile) reported, never fatal.

#include "map/MapViewport.h"
#include "map/TileCache.h"
#include "map/TileLayer.h"
#include "map/WebMercator.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {
QByteArray png(QColor color)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void sql(const QString &path, const char *statements)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, statements, nullptr, nullptr, nullptr);
    sqlite3_close(db);
}
} // namespace

class TestMbtiles : public QObject
{
    Q_OBJECT

private slots:
    void writesTmsRowsAndReadsThemBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.mbtiles"));
        {
            TileCache cache;
            QString error;
            QVERIFY2(cache.open(path, &error), qPrintable(error));
            QVERIFY(cache.setMetadata(QStringLiteral("name"), QStringLiteral("Saint-Quentin")));
            QVERIFY(cache.setMetadata(QStringLiteral("format"), QStringLiteral("png")));
            QVERIFY(cache.putTile({13, 4170, 2783}, png(Qt::red), 1000));
            QVERIFY(cache.putTile({13, 4170, 2784}, png(Qt::blue), 2000));
        }
        // Any MBTiles reader sees TMS rows: y = 2^z − 1 − row.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT tile_row FROM tiles WHERE zoom_level = 13 AND tile_column = 4170 ORDER BY tile_row", -1, &s, nullptr);
        QCOMPARE(sqlite3_step(s), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(s, 0), 8191 - 2784);
        QCOMPARE(sqlite3_step(s), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(s, 0), 8191 - 2783);
        sqlite3_finalize(s);
        sqlite3_close(db);

        TileCache imported;
        QString error, warning;
        QVERIFY2(imported.openReadOnly(path, &error, &warning), qPrintable(error));
        QVERIFY(warning.isEmpty());
        QCOMPARE(imported.metadata().value(QStringLiteral("name")), QStringLiteral("Saint-Quentin"));
        QCOMPARE(QImage::fromData(imported.tile({13, 4170, 2783})->data).pixelColor(10, 10), QColor(Qt::red));
        QCOMPARE(imported.tile({13, 4170, 2784})->expires, 2000);
        QVERIFY(!imported.tile({13, 4171, 2783}));
        QVERIFY(!imported.putTile({1, 0, 0}, png(Qt::green), 0)); // read only
    }

    void brokenFilesAreReported_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<QString>("says");
        QTest::newRow("no metadata table") << QStringLiteral("nometa") << true << QStringLiteral("no metadata table");
        QTest::newRow("no tiles table") << QStringLiteral("notiles") << false << QStringLiteral("no tiles table");
        QTest::newRow("not SQLite") << QStringLiteral("garbage") << false << QStringLiteral("not an MBTiles file");
        QTest::newRow("vector tiles") << QStringLiteral("pbf") << false << QStringLiteral("vector tiles");
        QTest::newRow("missing") << QStringLiteral("missing") << false << QStringLiteral("does not exist");
    }

    void brokenFilesAreReported()
    {
        QFETCH(QString, kind);
        QFETCH(bool, opens);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.mbtiles"));
        if (kind == QLatin1String("nometa")) {
            sql(path, "CREATE TABLE tiles(zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);");
        } else if (kind == QLatin1String("notiles")) {
            sql(path, "CREATE TABLE metadata(name TEXT, value TEXT);");
        } else if (kind == QLatin1String("pbf")) {
            sql(path, "CREATE TABLE metadata(name TEXT, value TEXT); INSERT INTO metadata VALUES('format','pbf');"
                      "CREATE TABLE tiles(zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);");
        } else if (kind == QLatin1String("garbage")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        TileCache cache;
        QString error, warning;
        QCOMPARE(cache.openReadOnly(path, &error, &warning), opens);
        QVERIFY2((opens ? warning : error).contains(says), qPrintable(opens ? warning : error));
    }

    void aCorruptTileIsReportedAndLeftBlank()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.mbtiles"));
        {
            TileCache cache;
            QString error;
            QVERIFY(cache.open(path, &error));
            cache.setMetadata(QStringLiteral("minzoom"), QStringLiteral("2"));
            cache.setMetadata(QStringLiteral("maxzoom"), QStringLiteral("2"));
            for (int x = 0; x < 4; ++x) {
                for (int y = 0; y < 4; ++y)
                    cache.putTile({2, x, y}, x == 1 && y == 1 ? QByteArray("\x89PNG truncated", 13) : png(QColor(0, 60 * x, 60 * y)), 0);
            }
        }
        auto cache = std::make_unique<TileCache>();
        QString error;
        QVERIFY(cache->openReadOnly(path, &error));
        TileLayer layer(QStringLiteral("offline"), std::move(cache));
        QSignalSpy problems(&layer, &TileLayer::problem);
        QImage image(1024, 1024, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        // Zoom 2 over the whole world: 4 × 4 tiles.
        const MapViewport view(QPointF(0, 0), 2, QSize(1024, 1024));
        layer.render(painter, view, MapLayer::RenderMode::Complete);
        painter.end();
        QCOMPARE(layer.tileZoom(2.4), 2);
        QCOMPARE(layer.lastDrawn(), 15);
        QCOMPARE(layer.lastMissing(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QLatin1String("2/1/1")));
        QCOMPARE(image.pixelColor(256 + 128, 256 + 128), QColor(Qt::white)); // left blank
        QCOMPARE(image.pixelColor(512 + 128, 256 + 128), QColor(0, 120, 60));  // its neighbour drawn
    }
};

QTEST_MAIN(TestMbtiles)
#include "tst_mbtiles.moc"
