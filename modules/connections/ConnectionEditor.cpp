#include "connections/ConnectionEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
QLineEdit *secretEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

ConnectionEditor::ConnectionEditor(const ConnectionProfile &p, QWidget *parent)
    : QDialog(parent)
    , m_id(p.id)
    , m_name(new QLineEdit(p.name, this))
    , m_brokerUrl(new QLineEdit(p.settings.brokerUrl.toString(), this))
    , m_temporalUrl(new QLineEdit(p.settings.temporalUrl.toString(), this))
    , m_tenant(new QLineEdit(p.settings.tenant, this))
    , m_fiwareService(new QCheckBox(tr("Send the tenant as Fiware-Service (older gateways)"), this))
    , m_contextUrl(new QLineEdit(p.settings.contextUrl, this))
    , m_auth(new QComboBox(this))
    , m_token(secretEdit(this))
    , m_tokenUrl(new QLineEdit(p.settings.tokenUrl.toString(), this))
    , m_clientId(new QLineEdit(p.settings.clientId, this))
    , m_clientSecret(secretEdit(this))
    , m_username(new QLineEdit(p.settings.username, this))
    , m_password(secretEdit(this))
    , m_notificationAddress(new QLineEdit(p.notificationAddress, this))
    , m_retentionDays(new QSpinBox(this))
    , m_cacheLimitMb(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(p.id.isEmpty() ? tr("Add connection") : tr("Edit connection"));
    m_brokerUrl->setPlaceholderText(QStringLiteral("http://broker.example.org:1026"));
    m_temporalUrl->setPlaceholderText(tr("Same as the broker (Mintaka: http://host:8080)"));
    m_tenant->setPlaceholderText(tr("Default tenant"));
    m_contextUrl->setPlaceholderText(tr("Core context only"));
    m_notificationAddress->setPlaceholderText(tr("127.0.0.1, any free port"));
    m_retentionDays->setRange(1, 3650);
    m_retentionDays->setSuffix(tr(" days"));
    m_retentionDays->setValue(p.retentionDays);
    m_retentionDays->setToolTip(tr("Older values are folded into hourly averages, kept two years for KPI review"));
    m_cacheLimitMb->setRange(16, 1024 * 1024);
    m_cacheLimitMb->setSingleStep(256);
    m_cacheLimitMb->setSuffix(tr(" MB"));
    m_cacheLimitMb->setValue(p.cacheLimitMb);
    m_cacheLimitMb->setToolTip(tr("Past this size the oldest values are removed first"));
    m_fiwareService->setChecked(p.settings.tenantHeader == ConnectionSettings::TenantHeader::FiwareService);
    m_auth->addItem(tr("None"));
    m_auth->addItem(tr("Bearer token"));
    m_auth->addItem(tr("OAuth2 / Keycloak (user and password)"));
    m_auth->addItem(tr("OAuth2 / Keycloak (client credentials)"));
    m_auth->addItem(tr("X-Auth-Token (Wilma PEP proxy)"));
    m_auth->setCurrentIndex(int(p.settings.auth));
    m_token->setText(p.settings.token);
    m_clientSecret->setText(p.settings.clientSecret);
    m_password->setText(p.settings.password);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Broker URL:"), m_brokerUrl);
    form->addRow(tr("&Temporal URL:"), m_temporalUrl);
    form->addRow(tr("T&enant:"), m_tenant);
    form->addRow(QString(), m_fiwareService);
    form->addRow(tr("@&context URL:"), m_contextUrl);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("To&ken:"), m_token);
    form->addRow(tr("Token &endpoint:"), m_tokenUrl);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client &secret:"), m_clientSecret);
    form->addRow(tr("&User:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Notifications at:"), m_notificationAddress);
    form->addRow(tr("Keep &values for:"), m_retentionDays);
    form->addRow(tr("Cache si&ze limit:"), m_cacheLimitMb);
    auto *note = new QLabel(tr("Secrets are kept in the system keychain, never in CityDeck's settings."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionEditor::updateAuthFields);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateAuthFields();
}

void ConnectionEditor::updateAuthFields()
{
    using Auth = ConnectionSettings::Auth;
    const Auth auth = Auth(m_auth->currentIndex());
    const bool oauth = auth == Auth::OAuth2Password || auth == Auth::OAuth2ClientCredentials;
    auto show = [this](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (auto *form = findChild<QFormLayout *>(); form && form->labelForField(field))
            form->labelForField(field)->setVisible(visible);
    };
    show(m_token, auth == Auth::Bearer || auth == Auth::XAuthToken);
    show(m_tokenUrl, oauth);
    show(m_clientId, oauth);
    show(m_clientSecret, oauth);
    show(m_username, auth == Auth::OAuth2Password);
    show(m_password, auth == Auth::OAuth2Password);
}

ConnectionProfile ConnectionEditor::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.id = m_id.isEmpty() ? ConnectionProfile::newId(p.name) : m_id;
    ConnectionSettings &s = p.settings;
    s.brokerUrl = QUrl::fromUserInput(m_brokerUrl->text().trimmed());
    if (!m_temporalUrl->text().trimmed().isEmpty())
        s.temporalUrl = QUrl::fromUserInput(m_temporalUrl->text().trimmed());
    s.tenant = m_tenant->text().trimmed();
    s.tenantHeader = m_fiwareService->isChecked() ? ConnectionSettings::TenantHeader::FiwareService
                                                  : ConnectionSettings::TenantHeader::NgsiLdTenant;
    s.contextUrl = m_contextUrl->text().trimmed();
    s.auth = ConnectionSettings::Auth(m_auth->currentIndex());
    s.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    s.clientId = m_clientId->text().trimmed();
    s.username = m_username->text().trimmed();
    for (const QString &field : p.secretFields()) {
        const QLineEdit *edit = field == QLatin1String("token") ? m_token : field == QLatin1String("password") ? m_password : m_clientSecret;
        p.setSecret(field, edit->text());
    }
    p.notificationAddress = m_notificationAddress->text().trimmed();
    p.retentionDays = m_retentionDays->value();
    p.cacheLimitMb = m_cacheLimitMb->value();
    return p;
}

QString ConnectionEditor::problem() const
{
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the connection a name.");
    const QUrl url = p.settings.brokerUrl;
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("The broker URL must be an http:// or https:// address.");
    using Auth = ConnectionSettings::Auth;
    if ((p.settings.auth == Auth::OAuth2Password || p.settings.auth == Auth::OAuth2ClientCredentials)
        && (!p.settings.tokenUrl.isValid() || p.settings.tokenUrl.host().isEmpty()))
        return tr("OAuth2 needs the token endpoint, e.g. https://keycloak/realms/city/protocol/openid-connect/token.");
    return {};
}

void ConnectionEditor::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}
