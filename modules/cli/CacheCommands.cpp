#include "cli/CacheCommands.h"

#include "cli/CliConnection.h"
#include "core/EntityJson.h"
#include "core/QuitOnSignal.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/NotificationReceiver.h"
#include "store/CacheFile.h"
#include "store/Journal.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace {
int fail(QTextStream &err, const QString &command, const QString &reason)
{
    err << "citydeck-cli " << command << ": " << reason << Qt::endl;
    return 2;
}

bool openCache(const QString &path, CacheFile *file, QTextStream &err, const QString &command)
{
    if (path.isEmpty()) {
        fail(err, command, QStringLiteral("--cache FILE is required"));
        return false;
    }
    QString error, notice;
    if (!file->open(path, &error, &notice)) {
        fail(err, command, error);
        return false;
    }
    if (!notice.isEmpty())
        err << "warning: " << notice << Qt::endl;
    return true;
}

// The read path (state, series): a cache is read as it is, never repaired or moved aside.
bool openCacheForReading(const QString &path, CacheFile *file, QTextStream &err, const QString &command)
{
    if (path.isEmpty()) {
        fail(err, command, QStringLiteral("--cache FILE is required"));
        return false;
    }
    QString error;
    if (!file->openForReading(path, &error)) {
        fail(err, command, error);
        return false;
    }
    return true;
}

// Options of a command that reads only a cache: -1 to go on, else the exit code (help: 0).
int parseLocal(QCommandLineParser &parser, const QStringList &arguments, const QString &command, QTextStream &out, QTextStream &err)
{
    if (!parser.parse(arguments))
        return fail(err, command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    return -1;
}

qint64 parseTime(const QString &text)
{
    return IsoTime::parse(text.toStdString());
}
} // namespace

qint64 CacheCommands::parseDuration(const QString &text)
{
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 n = text.left(text.size() - 1).toLongLong(&ok);
    if (!ok || n < 0)
        return -1;
    switch (text.back().toLatin1()) {
    case 's': return n * 1000;
    case 'm': return n * 60000;
    case 'h': return n * 3600000;
    case 'd': return n * 86400000;
    default: return -1;
    }
}

int CacheCommands::sync(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fill or update a cache from a broker, then stay live for a while."));
    parser.addHelpOption();
    CliConnection::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("cache"), QStringLiteral("the cache file (SQLite)"), QStringLiteral("FILE")},
        {QStringLiteral("type"), QStringLiteral("entity type(s), comma-separated"), QStringLiteral("T")},
        {QStringLiteral("history"), QStringLiteral("history to fetch through the temporal API (default 24h; 0s for none)"), QStringLiteral("D"), QStringLiteral("24h")},
        {QStringLiteral("for"), QStringLiteral("stay live this long after loading (default 0s)"), QStringLiteral("D"), QStringLiteral("0s")},
    });
    ConnectionSettings settings;
    if (const int exit = CliConnection::parse(parser, arguments, QStringLiteral("sync"), &settings, out, err); exit >= 0)
        return exit;
    const QStringList types = parser.value(QStringLiteral("type")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (types.isEmpty())
        return fail(err, QStringLiteral("sync"), QStringLiteral("--type is required"));
    const qint64 history = parseDuration(parser.value(QStringLiteral("history")));
    const qint64 liveFor = parseDuration(parser.value(QStringLiteral("for")));
    if (history < 0 || liveFor < 0)
        return fail(err, QStringLiteral("sync"), QStringLiteral("durations are like 90s, 15m, 24h or 7d"));
    CacheFile file;
    if (!openCache(parser.value(QStringLiteral("cache")), &file, err, QStringLiteral("sync")))
        return 2;
    Journal journal(&file);
    BrokerClient client(settings);
    NotificationReceiver receiver;
    receiver.listen(QHostAddress::LocalHost, 0);
    SyncEngine engine(&client, &receiver, &journal);
    QEventLoop loop;
    QuitOnSignal quitOnSignal; // Ctrl-C / SIGTERM end the live phase cleanly
    QObject::connect(&quitOnSignal, &QuitOnSignal::signalReceived, &loop, &QEventLoop::quit);
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, &loop, &QEventLoop::quit);
    bool failed = false;
    QObject::connect(&engine, &SyncEngine::phaseChanged, &loop, [&](SyncEngine::Phase phase, const QString &text) {
        if (phase == SyncEngine::Phase::Failed) {
            failed = true;
            err << "citydeck-cli sync: " << text << Qt::endl;
            loop.quit();
        }
    });
    QObject::connect(&engine, &SyncEngine::initialLoadFinished, &loop, [&] {
        err << "loaded: " << engine.storedObservations() << " new observations" << Qt::endl;
        if (liveFor == 0)
            loop.quit();
        else
            QTimer::singleShot(liveFor, &loop, &QEventLoop::quit);
    });
    SyncEngine::Options options;
    options.types = types;
    options.historyMs = history;
    options.live = liveFor > 0;
    engine.start(options);
    loop.exec();
    engine.cancel();
    // Let the subscription's DELETE leave before the process ends.
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    for (const QString &warning : engine.warnings())
        err << "warning: " << warning << Qt::endl;
    const bool notStored = engine.storeFailures() > 0;
    err << engine.storedObservations() << " new observations, " << journal.observationCount() << " in the cache, "
        << journal.entityCount() << " entities" << Qt::endl;
    if (notStored && !failed) {
        // The caller must know: values were received but not kept (a full disk, a read-only file).
        err << "citydeck-cli sync: some values could not be stored in the cache" << Qt::endl;
        return 2;
    }
    return failed ? 2 : 0;
}

int CacheCommands::state(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print each entity's state at a time from a cache, as JSON lines."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("cache"), QStringLiteral("the cache file (SQLite)"), QStringLiteral("FILE")},
        {QStringLiteral("at"), QStringLiteral("the instant, ISO 8601"), QStringLiteral("ISO8601")},
        {QStringLiteral("type"), QStringLiteral("entity type(s), comma-separated"), QStringLiteral("T")},
    });
    if (const int exit = parseLocal(parser, arguments, QStringLiteral("state"), out, err); exit >= 0)
        return exit;
    const qint64 at = parseTime(parser.value(QStringLiteral("at")));
    if (at == IsoTime::invalid)
        return fail(err, QStringLiteral("state"), QStringLiteral("--at needs an ISO 8601 date-time"));
    CacheFile file;
    if (!openCacheForReading(parser.value(QStringLiteral("cache")), &file, err, QStringLiteral("state")))
        return 2;
    Journal journal(&file);
    const std::vector<Entity> entities =
        journal.stateAt(at, parser.value(QStringLiteral("type")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    for (const Entity &e : entities)
        out << QString::fromUtf8(EntityJson::toLine(e)) << '\n';
    out.flush();
    err << entities.size() << " entities" << Qt::endl;
    return 0;
}

int CacheCommands::series(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print one attribute's values between two times from a cache, as CSV."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("cache"), QStringLiteral("the cache file (SQLite)"), QStringLiteral("FILE")},
        {QStringLiteral("id"), QStringLiteral("entity id"), QStringLiteral("ID")},
        {QStringLiteral("attr"), QStringLiteral("attribute name"), QStringLiteral("A")},
        {QStringLiteral("dataset"), QStringLiteral("datasetId (default instance when absent)"), QStringLiteral("URI")},
        {QStringLiteral("from"), QStringLiteral("start, ISO 8601"), QStringLiteral("T1")},
        {QStringLiteral("to"), QStringLiteral("end, ISO 8601"), QStringLiteral("T2")},
    });
    if (const int exit = parseLocal(parser, arguments, QStringLiteral("series"), out, err); exit >= 0)
        return exit;
    const qint64 from = parseTime(parser.value(QStringLiteral("from")));
    const qint64 to = parseTime(parser.value(QStringLiteral("to")));
    if (from == IsoTime::invalid || to == IsoTime::invalid || parser.value(QStringLiteral("id")).isEmpty()
        || parser.value(QStringLiteral("attr")).isEmpty())
        return fail(err, QStringLiteral("series"), QStringLiteral("--id, --attr, --from and --to (ISO 8601) are required"));
    CacheFile file;
    if (!openCacheForReading(parser.value(QStringLiteral("cache")), &file, err, QStringLiteral("series")))
        return 2;
    Journal journal(&file);
    const QList<TemporalSample> samples = journal.series(parser.value(QStringLiteral("id")), parser.value(QStringLiteral("attr")), from,
                                                         to, parser.value(QStringLiteral("dataset")));
    out << "observedAt,value\n";
    for (const TemporalSample &s : samples) {
        QString value = s.value.typeId() == QMetaType::QString ? s.value.toString()
                                                                : QString::fromUtf8(QJsonDocument(QJsonArray{EntityJson::valueToJson(s.value)})
                                                                                        .toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')))
            value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        out << IsoTime::format(s.observedAt) << ',' << value << '\n';
    }
    out.flush();
    err << samples.size() << " values" << Qt::endl;
    return 0;
}
