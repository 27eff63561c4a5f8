#include "cli/CliConnection.h"

#include <QCommandLineParser>
#include <QTextStream>

void CliConnection::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("broker base URL, e.g. http://localhost:1026"));
    parser.addOptions({
        {QStringLiteral("tenant"), QStringLiteral("NGSI-LD tenant"), QStringLiteral("T")},
        {QStringLiteral("fiware-service"), QStringLiteral("send the tenant as Fiware-Service instead of NGSILD-Tenant")},
        {QStringLiteral("context"), QStringLiteral("@context URL sent in the Link header"), QStringLiteral("URL")},
        {QStringLiteral("token-env"), QStringLiteral("environment variable holding a bearer token (never on the command line)"),
         QStringLiteral("VAR")},
        {QStringLiteral("temporal-url"), QStringLiteral("temporal API base URL (e.g. Mintaka)"), QStringLiteral("URL")},
        {QStringLiteral("page-size"), QStringLiteral("entities per page (default: the broker's maximum)"), QStringLiteral("N")},
        {QStringLiteral("timeout"), QStringLiteral("seconds without an answer before a request fails (default 30)"),
         QStringLiteral("S")},
    });
}

int CliConnection::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                         ConnectionSettings *settings, QTextStream &out, QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << "citydeck-cli " << command << ": " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    QString error;
    if (!settingsFrom(parser, settings, &error)) {
        err << "citydeck-cli " << command << ": " << error << Qt::endl;
        return 2;
    }
    return -1;
}

bool CliConnection::settingsFrom(const QCommandLineParser &parser, ConnectionSettings *s, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = QStringLiteral("missing the broker URL");
        return false;
    }
    s->brokerUrl = QUrl::fromUserInput(positional.constFirst());
    if (!s->brokerUrl.isValid() || s->brokerUrl.host().isEmpty()) {
        *error = QStringLiteral("invalid broker URL \"%1\"").arg(positional.constFirst());
        return false;
    }
    s->tenant = parser.value(QStringLiteral("tenant"));
    if (parser.isSet(QStringLiteral("fiware-service")))
        s->tenantHeader = ConnectionSettings::TenantHeader::FiwareService;
    s->contextUrl = parser.value(QStringLiteral("context"));
    if (parser.isSet(QStringLiteral("temporal-url")))
        s->temporalUrl = QUrl::fromUserInput(parser.value(QStringLiteral("temporal-url")));
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        s->pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || s->pageSize < 1) {
            *error = QStringLiteral("--page-size must be a positive number");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0) {
            *error = QStringLiteral("--timeout must be a positive number of seconds");
            return false;
        }
        s->timeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(QStringLiteral("token-env"))) {
        const QString var = parser.value(QStringLiteral("token-env"));
        s->token = qEnvironmentVariable(var.toLocal8Bit().constData());
        if (s->token.isEmpty()) {
            *error = QStringLiteral("environment variable %1 is empty or unset").arg(var);
            return false;
        }
        s->auth = ConnectionSettings::Auth::Bearer;
    }
    return true;
}
