// Tiles from a tile server (a local one here): the OSM usage policy (a User-Agent naming
// CityDeck, at most two downloads at a time), expiry from the cache headers, tiles stored in the
// MBTiles cache and drawn; an unreachable server makes the downloader rest, not retry in a loop.

#include "map/MapViewport.h"
#include "map/TileDownloader.h"
#include "map/TileLayer.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
// Answers every GET with a 256-pixel PNG after 50 ms, counting requests in flight.
class TileServer : public QObject
{
public:
    TileServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { request(socket); });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString urlTemplate() const { return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_server.serverPort()); }
    int maxInFlight = 0;
    int served = 0;
    QByteArray userAgent;

private:
    void request(QTcpSocket *socket)
    {
        const QByteArray head = socket->readAll();
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("user-agent:"))
                userAgent = line.mid(11).trimmed();
        }
        maxInFlight = std::max(maxInFlight, ++m_inFlight);
        QTimer::singleShot(50, socket, [this, socket] {
            QImage image(256, 256, QImage::Format_RGB32);
            image.fill(QColor(0x20, 0x80, 0x40));
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nCache-Control: max-age=2592000\r\nContent-Length: "
                          + QByteArray::number(png.size()) + "\r\n\r\n" + png);
            socket->flush();
            --m_inFlight;
            ++served;
        });
    }
    QTcpServer m_server;
    int m_inFlight = 0;
};
} // namespace

class TestTileDownload : public QObject
{
    Q_OBJECT

private slots:
    void downloadsPolitelyStoresAndDraws()
    {
        TileServer server;
        QTemporaryDir dir;
        auto cache = std::make_unique<TileCache>();
        QString error;
        QVERIFY(cache->open(dir.filePath(QStringLiteral("osm.mbtiles")), &error));
        TileCache *disk = cache.get();
        TileDownloader downloader(server.urlTemplate());
        TileLayer layer(QStringLiteral("osm"), std::move(cache), &downloader);
        QSignalSpy ready(&downloader, &TileDownloader::tileReady);
        const MapViewport view(QPointF(0, 0), 3, QSize(1024, 768)); // 4 × 3 tiles and a bit: 20 tiles
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        auto draw = [&] {
            image.fill(Qt::white);
            QPainter painter(&image);
            layer.render(painter, view, MapLayer::RenderMode::Interactive);
        };
        draw();
        const int wanted = layer.lastMissing();
        QVERIFY(wanted >= 12);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), wanted, 10000);
        QVERIFY2(server.maxInFlight <= TileDownloader::kMaxParallel, qPrintable(QString::number(server.maxInFlight)));
        QVERIFY(server.userAgent.startsWith("CityDeck/"));
        QCOMPARE(disk->tileCount(), qint64(wanted));
        // Thirty days from the header (more than the seven-day minimum).
        const qint64 expires = disk->tile({3, 3, 3})->expires;
        QVERIFY(expires > QDateTime::currentMSecsSinceEpoch() + 29LL * 24 * 3600 * 1000);
        // Decoded in the background, then drawn.
        QTRY_VERIFY_WITH_TIMEOUT((draw(), layer.lastMissing() == 0), 5000);
        QCOMPARE(image.pixelColor(512, 384), QColor(0x20, 0x80, 0x40));
        // Cached now: drawing again downloads nothing.
        const int served = server.served;
        draw();
        QTest::qWait(200);
        QCOMPARE(server.served, served);
    }

    void anUnreachableServerMakesItRest()
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there any more
        TileDownloader downloader(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port));
        QSignalSpy offline(&downloader, &TileDownloader::offlineChanged);
        QSignalSpy failed(&downloader, &TileDownloader::tileFailed);
        for (int x = 0; x < 8; ++x)
            downloader.request({4, x, 5});
        QTRY_VERIFY_WITH_TIMEOUT(!offline.isEmpty(), 5000);
        QVERIFY(offline.first().first().toBool());
        QVERIFY(downloader.isOffline());
        QTest::qWait(300);
        QVERIFY2(failed.size() <= TileDownloader::kMaxParallel, qPrintable(QString::number(failed.size()))); // the rest were dropped
        QCOMPARE(TileDownloader::expiryFrom("no-cache", QByteArray(), 1000), 1000 + 7LL * 24 * 3600 * 1000);
        QCOMPARE(TileDownloader::expiryFrom("public, max-age=864000", QByteArray(), 0), 864000LL * 1000);
    }
};

QTEST_MAIN(TestTileDownload)
#include "tst_tiledownload.moc"
