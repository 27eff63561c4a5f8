#include "ngsild/BrokerProbe.h"

#include "ngsild/BrokerCall.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/EntityQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

BrokerProbe::BrokerProbe(BrokerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

BrokerProfile BrokerProbe::profile() const
{
    return m_client ? m_client->profile() : BrokerProfile();
}

QStringList BrokerProbe::typeNames(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QStringList names;
    const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("typeList")).toArray();
    for (const QJsonValue &v : list)
        names << (v.isObject() ? v.toObject().value(QStringLiteral("typeName")).toString() : v.toString());
    names.removeAll(QString());
    return names;
}

void BrokerProbe::start()
{
    const ConnectionSettings &settings = m_client->settings();
    BrokerCall *call = m_client->call("GET", settings.apiUrl(QStringLiteral("/types")));
    connect(call, &BrokerCall::finished, this, [this](const BrokerResponse &types) {
        if (!types.ok()) {
            finish(types.error);
            return;
        }
        for (const QString &type : typeNames(types.body))
            m_counts.append({type, -1, QString()});
        askVersion();
    });
}

void BrokerProbe::askVersion()
{
    if (!m_client || m_client->profile().vendor() != BrokerProfile::Vendor::Unknown) {
        countNext(0);
        return;
    }
    // Orion-LD answers its version on /version; others say nothing there.
    QUrl versionUrl = m_client->settings().brokerUrl;
    versionUrl.setPath(QStringLiteral("/version"));
    BrokerCall *call = m_client->call("GET", versionUrl);
    connect(call, &BrokerCall::finished, this, [this](const BrokerResponse &version) {
        if (version.ok() && m_client)
            m_client->setProfile(BrokerProfile::fromInfoBody(version.body));
        countNext(0);
    });
}

void BrokerProbe::countNext(int index)
{
    if (!m_client || index >= m_counts.size()) {
        finish();
        return;
    }
    QUrl url = m_client->settings().apiUrl(QStringLiteral("/entities"));
    url.setQuery(EntityQuery::encodeItem(QStringLiteral("type"), m_counts.at(index).type) + QStringLiteral("&limit=1&count=true"));
    BrokerCall *call = m_client->call("GET", url);
    connect(call, &BrokerCall::finished, this, [this, index](const BrokerResponse &r) {
        TypeCount &c = m_counts[index];
        if (!r.ok()) {
            c.error = r.error.message();
        } else {
            bool ok = false;
            const int n = r.header("NGSILD-Results-Count").trimmed().toInt(&ok);
            c.count = ok ? n : -1;
        }
        countNext(index + 1);
    });
}

void BrokerProbe::finish(const BrokerError &error)
{
    m_error = error;
    m_finished = true;
    emit finished();
}
