#include "cli/QueryCommand.h"

#include "cli/CliConnection.h"
#include "core/EntityJson.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/QueryJob.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

int QueryCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print every matching entity as one JSON line."));
    parser.addHelpOption();
    CliConnection::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("type"), QStringLiteral("entity type(s), comma-separated"), QStringLiteral("T")},
        {QStringLiteral("id"), QStringLiteral("entity id(s), comma-separated"), QStringLiteral("ID")},
        {QStringLiteral("id-pattern"), QStringLiteral("regular expression on ids"), QStringLiteral("RE")},
        {QStringLiteral("q"), QStringLiteral("NGSI-LD query expression"), QStringLiteral("EXPR")},
        {QStringLiteral("attrs"), QStringLiteral("attributes to return, comma-separated"), QStringLiteral("A")},
        {QStringLiteral("key-values"), QStringLiteral("ask the broker for keyValues (simplified) entities")},
    });
    ConnectionSettings settings;
    if (const int exit = CliConnection::parse(parser, arguments, QStringLiteral("query"), &settings, out, err); exit >= 0)
        return exit;
    EntityQuery query;
    query.types = parser.value(QStringLiteral("type")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    query.ids = parser.value(QStringLiteral("id")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    query.idPattern = parser.value(QStringLiteral("id-pattern"));
    query.q = parser.value(QStringLiteral("q"));
    query.attrs = parser.value(QStringLiteral("attrs")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("key-values")))
        query.format = EntityQuery::Format::KeyValues;
    if (query.types.isEmpty() && query.ids.isEmpty() && query.idPattern.isEmpty() && query.q.isEmpty()) {
        err << "citydeck-cli query: give at least --type, --id, --id-pattern or --q (NGSI-LD requires one)" << Qt::endl;
        return 2;
    }

    BrokerClient client(settings);
    QueryJob *job = client.queryEntities(query);
    QEventLoop loop;
    QObject::connect(job, &QueryJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    if (job->error().isError()) {
        err << "citydeck-cli query: " << job->error().message() << Qt::endl;
        return 2;
    }
    for (const Entity &entity : job->entities())
        out << QString::fromUtf8(EntityJson::toLine(entity)) << '\n';
    out.flush();
    for (const QString &warning : job->warnings())
        err << "warning: " << warning << Qt::endl;
    err << job->entities().size() << " entities" << Qt::endl;
    return 0;
}
