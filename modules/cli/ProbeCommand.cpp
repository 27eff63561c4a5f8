#include "cli/ProbeCommand.h"

#include "cli/CliConnection.h"
#include "ngsild/BrokerProbe.h"
#include "ngsild/BrokerClient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

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
    BrokerProbe probe(&client);
    QEventLoop loop;
    QObject::connect(&probe, &BrokerProbe::finished, &loop, &QEventLoop::quit);
    probe.start();
    if (!probe.isFinished())
        loop.exec();
    if (probe.error().isError()) {
        err << "citydeck-cli probe: " << settings.brokerUrl.toString() << ": " << probe.error().message() << Qt::endl;
        return 2;
    }
    out << "broker: " << probe.profile().displayName() << " at " << settings.brokerUrl.toString() << '\n';
    if (!settings.tenant.isEmpty())
        out << "tenant: " << settings.tenant << '\n';
    out << "types: " << probe.counts().size() << '\n';
    for (const BrokerProbe::TypeCount &c : probe.counts())
        out << "  " << c.type << '\t' << (!c.error.isEmpty() ? c.error : c.count < 0 ? QStringLiteral("?") : QString::number(c.count)) << '\n';
    out.flush();
    return 0;
}
