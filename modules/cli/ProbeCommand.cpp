#include "cli/ProbeCommand.h"

#include "cli/CliConnection.h"
#include "ngsild/BrokerCall.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/EntityQuery.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {
BrokerResponse wait(BrokerCall *call)
{
    BrokerResponse response;
    QEventLoop loop;
    QObject::connect(call, &BrokerCall::finished, &loop, [&](const BrokerResponse &r) {
        response = r;
        loop.quit();
    });
    loop.exec();
    return response;
}

// /types answers an EntityTypeList {"typeList": [...]} or, with details, [{"typeName": ...}].
QStringList typeNames(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QStringList names;
    const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("typeList")).toArray();
    for (const QJsonValue &v : list)
        names << (v.isObject() ? v.toObject().value(QStringLiteral("typeName")).toString() : v.toString());
    names.removeAll(QString());
    return names;
}
} // namespace

int ProbeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Identify a broker and count its entities per type."));
    parser.addHelpOption();
    CliConnection::addOptions(parser);
    ConnectionSettings settings;
    if (const int exit = CliConnection::parse(parser, arguments, QStringLiteral("probe"), &settings, out, err); exit >= 0)
        return exit;
    settings.maxRetries = 1; // a probe reports, it does not insist
    BrokerClient client(settings);
    const BrokerResponse types = wait(client.call("GET", settings.apiUrl(QStringLiteral("/types"))));
    if (!types.ok()) {
        err << "citydeck-cli probe: " << settings.brokerUrl.toString() << ": " << types.error.message() << Qt::endl;
        return 2;
    }
    if (client.profile().vendor() == BrokerProfile::Vendor::Unknown) {
        // Orion-LD answers its version on /version; others say nothing there.
        QUrl versionUrl = settings.brokerUrl;
        versionUrl.setPath(QStringLiteral("/version"));
        const BrokerResponse version = wait(client.call("GET", versionUrl));
        if (version.ok())
            client.setProfile(BrokerProfile::fromInfoBody(version.body));
    }
    const QStringList names = typeNames(types.body);
    out << "broker: " << client.profile().displayName() << " at " << settings.brokerUrl.toString() << '\n';
    if (!settings.tenant.isEmpty())
        out << "tenant: " << settings.tenant << '\n';
    out << "types: " << names.size() << '\n';
    for (const QString &type : names) {
        QUrl url = settings.apiUrl(QStringLiteral("/entities"));
        url.setQuery(EntityQuery::encodeItem(QStringLiteral("type"), type) + QStringLiteral("&limit=1&count=true"));
        const BrokerResponse count = wait(client.call("GET", url));
        const QByteArray n = count.header("NGSILD-Results-Count");
        out << "  " << type << '\t' << (count.ok() ? (n.isEmpty() ? QStringLiteral("?") : QString::fromLatin1(n))
                                                  : count.error.message())
            << '\n';
    }
    out.flush();
    return 0;
}
