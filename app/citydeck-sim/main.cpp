// citydeck-sim: the simulated city as a stand-alone NGSI-LD broker (for demos, tests and
// installers checking CityDeck without a real broker).

#include "citysim/SimBroker.h"
#include "citysim/SimServer.h"
#include "core/IsoTime.h"
#include "core/QuitOnSignal.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("citydeck-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITYDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A simulated mid-sized city served over NGSI-LD."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 = a free one; default 1026)."),
                                  QStringLiteral("N"), QStringLiteral("1026"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the city (default 20260314)."),
                                  QStringLiteral("S"), QStringLiteral("20260314"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("Simulated start instant, ISO 8601 (default: now)."),
                                   QStringLiteral("ISO8601"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Simulated seconds per real second (default 1; 0 = frozen)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption centre(QStringLiteral("centre"), QStringLiteral("City centre as LAT,LON (default 49.8489,3.2876)."),
                                    QStringLiteral("LAT,LON"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QStringLiteral("Serve the city in this NGSI-LD tenant."), QStringLiteral("T"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Require this bearer token."), QStringLiteral("TOKEN"));
    const QCommandLineOption concise(QStringLiteral("concise"),
                                     QStringLiteral("Answer and notify in the concise representation unless a request asks otherwise."));
    parser.addOptions({bind, port, seed, start, speed, centre, tenant, token, concise});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fputs(qPrintable(QStringLiteral("citydeck-sim: %1\n").arg(message)), stderr);
        return 2;
    };
    CitySimulation::Options options;
    bool ok = true;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative integer"));
    options.concise = parser.isSet(concise);
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || options.speed < 0)
        return fail(QStringLiteral("--speed must be a non-negative number"));
    if (parser.isSet(start)) {
        options.start = IsoTime::parse(parser.value(start));
        if (options.start == IsoTime::invalid)
            return fail(QStringLiteral("--start is not an ISO 8601 date-time: %1").arg(parser.value(start)));
    }
    if (parser.isSet(centre)) {
        const QStringList latLon = parser.value(centre).split(QLatin1Char(','));
        bool okLat = false, okLon = false;
        const double lat = latLon.value(0).toDouble(&okLat), lon = latLon.value(1).toDouble(&okLon);
        if (latLon.size() != 2 || !okLat || !okLon || std::abs(lat) > 85 || std::abs(lon) > 180)
            return fail(QStringLiteral("--centre must be LAT,LON in degrees"));
        options.centre = QPointF(lon, lat);
    }
    const int portNumber = parser.value(port).toInt(&ok);
    if (!ok || portNumber < 0 || portNumber > 65535)
        return fail(QStringLiteral("--port must be between 0 and 65535"));
    const QHostAddress address(parser.value(bind));
    if (address.isNull())
        return fail(QStringLiteral("--bind is not an IP address: %1").arg(parser.value(bind)));

    SimServer server(options);
    server.broker()->setTenant(parser.value(tenant));
    server.broker()->setToken(parser.value(token));
    QString error;
    if (!server.listen(address, quint16(portNumber), &error))
        return fail(error);
    QuitOnSignal quitOnSignal;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                                                              : address.toString();
    std::printf("listening on http://%s:%d\n", qPrintable(host), server.url().port());
    std::fflush(stdout);
    std::fprintf(stderr, "citydeck-sim: %d entities, %d types, clock at %s, speed %gx\n",
                 server.city()->entityCount(server.city()->now()), int(server.city()->types().size()),
                 qPrintable(IsoTime::format(server.city()->now())), options.speed);
    return app.exec();
}
