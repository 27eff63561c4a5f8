#include "connections/ConnectionManager.h"

#include "connections/ConnectionEditor.h"
#include "connections/ConnectionsLog.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/BrokerProbe.h"
#include "ngsild/SecretStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

ConnectionManager::ConnectionManager(QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_result(new QLabel(this))
    , m_counts(new QTableWidget(0, 2, this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connections"));
    resize(760, 460);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setText(tr("Choose a connection and press Test to see what the broker offers."));
    m_counts->setHorizontalHeaderLabels({tr("Entity type"), tr("Entities")});
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(220);

    auto *add = new QPushButton(tr("&Add…"), this);
    connect(add, &QPushButton::clicked, this, &ConnectionManager::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionManager::editConnection);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionManager::removeConnection);
    connect(m_test, &QPushButton::clicked, this, &ConnectionManager::testSelected);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        withSecrets(selected(), [this](const ConnectionProfile &p, const QString &error) {
            if (!error.isEmpty()) {
                m_result->setText(error);
                return;
            }
            m_settings->setValue(QStringLiteral("connections/lastUsed"), p.id);
            emit connectRequested(p);
            accept();
        });
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionManager::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ConnectionManager::testSelected);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_edit);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_result);
    right->addWidget(m_counts, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_test);
    actions->addWidget(m_connect);
    right->addLayout(actions);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    reload();
}

void ConnectionManager::setBuiltIn(const ConnectionProfile &profile)
{
    m_builtIn = profile;
    reload();
}

void ConnectionManager::reload()
{
    const QString current = selected().id;
    m_profiles = ConnectionProfile::loadAll(m_settings);
    if (!m_builtIn.id.isEmpty())
        m_profiles.prepend(m_builtIn);
    m_list->clear();
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(p.settings.brokerUrl.toString());
        item->setData(Qt::UserRole, p.id);
    }
    select(current.isEmpty() && !m_profiles.isEmpty() ? m_profiles.first().id : current);
    updateButtons();
}

void ConnectionManager::select(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
    }
}

ConnectionProfile ConnectionManager::selected() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row) : ConnectionProfile();
}

void ConnectionManager::updateButtons()
{
    const ConnectionProfile p = selected();
    const bool any = !p.id.isEmpty();
    const bool builtIn = any && p.id == m_builtIn.id;
    m_edit->setEnabled(any && !builtIn);
    m_remove->setEnabled(any && !builtIn);
    m_test->setEnabled(any && !m_testing);
    m_connect->setEnabled(any);
}

void ConnectionManager::addConnection()
{
    runEditor(ConnectionProfile());
}

void ConnectionManager::editConnection()
{
    withSecrets(selected(), [this](const ConnectionProfile &current, const QString &) { runEditor(current); });
}

void ConnectionManager::runEditor(const ConnectionProfile &profile)
{
    ConnectionEditor editor(profile, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile p = editor.profile();
    p.save(m_settings);
    storeSecrets(p);
    reload();
    select(p.id);
}

void ConnectionManager::removeConnection()
{
    const ConnectionProfile p = selected();
    if (QMessageBox::question(this, tr("Remove connection"), tr("Remove the connection \"%1\" and its stored secrets?").arg(p.name))
        != QMessageBox::Yes)
        return;
    ConnectionProfile::remove(m_settings, p.id);
    for (const QString &field : {QStringLiteral("token"), QStringLiteral("clientSecret"), QStringLiteral("password")})
        m_secrets->remove(p.id + QLatin1Char('/') + field, [](bool, const QString &) {});
    reload();
}

void ConnectionManager::storeSecrets(const ConnectionProfile &p)
{
    for (const QString &field : p.secretFields()) {
        m_secrets->write(p.id + QLatin1Char('/') + field, p.secret(field), [this](bool ok, const QString &error) {
            if (!ok)
                m_result->setText(tr("The secret could not be stored in the system keychain: %1").arg(error));
        });
    }
}

void ConnectionManager::withSecrets(const ConnectionProfile &profile,
                                    const std::function<void(const ConnectionProfile &, const QString &)> &then)
{
    const QStringList fields = profile.secretFields();
    if (fields.isEmpty() || !profile.secret(fields.first()).isEmpty()) {
        then(profile, QString());
        return;
    }
    // One field at a time; the chain ends with the profile complete or the keychain's reason.
    auto next = std::make_shared<std::function<void(ConnectionProfile, int)>>();
    *next = [this, fields, then, next](ConnectionProfile p, int index) {
        if (index >= fields.size()) {
            then(p, QString());
            return;
        }
        m_secrets->read(p.id + QLatin1Char('/') + fields.at(index), [p, index, then, next, fields, this](bool ok, const QString &value) mutable {
            if (!ok) {
                then(p, tr("The %1 of this connection could not be read from the system keychain: %2").arg(fields.at(index), value));
                return;
            }
            p.setSecret(fields.at(index), value);
            (*next)(p, index + 1);
        });
    };
    (*next)(profile, 0);
}

void ConnectionManager::testSelected()
{
    const ConnectionProfile p = selected();
    if (p.id.isEmpty() || m_testing)
        return;
    m_testing = true;
    updateButtons();
    m_counts->setRowCount(0);
    m_result->setText(tr("Testing %1…").arg(p.settings.brokerUrl.toString()));
    withSecrets(p, [this](const ConnectionProfile &complete, const QString &error) {
        if (!error.isEmpty()) {
            m_result->setText(error);
            m_testing = false;
            updateButtons();
            emit testFinished();
            return;
        }
        ConnectionSettings settings = complete.settings;
        settings.maxRetries = 1; // a test reports, it does not insist
        delete m_client;
        m_client = new BrokerClient(settings, this);
        auto *probe = new BrokerProbe(m_client, m_client);
        connect(probe, &BrokerProbe::finished, this, [this, probe] { showResult(probe); });
        probe->start();
    });
}

void ConnectionManager::showResult(BrokerProbe *probe)
{
    m_testing = false;
    updateButtons();
    if (probe->error().isError()) {
        m_result->setText(tr("<b>Failed:</b> %1").arg(probe->error().message().toHtmlEscaped()));
        qCInfo(lcConnections) << "test failed:" << probe->error().message();
    } else {
        int total = 0;
        m_counts->setRowCount(int(probe->counts().size()));
        for (int row = 0; row < probe->counts().size(); ++row) {
            const BrokerProbe::TypeCount &c = probe->counts().at(row);
            m_counts->setItem(row, 0, new QTableWidgetItem(c.type));
            auto *count = new QTableWidgetItem(!c.error.isEmpty() ? c.error : c.count < 0 ? tr("unknown") : QLocale().toString(c.count));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(row, 1, count);
            total += std::max(0, c.count);
        }
        m_result->setText(tr("<b>%1</b> answers: %n entity type(s), %2 entities.", nullptr, int(probe->counts().size()))
                              .arg(probe->profile().displayName().toHtmlEscaped(), QLocale().toString(total)));
    }
    emit testFinished();
}

QString ConnectionManager::testSummary() const
{
    return m_result->text();
}
