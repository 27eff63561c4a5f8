#pragma once

#include "connections/connections_export.h"

#include "connections/ConnectionProfile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QCheckBox;
class QSpinBox;

// Add / edit one connection: broker and temporal URLs, tenant, @context, authentication with
// its secrets (kept for the keychain, never in settings) and the notification address.
class CITYDECK_CONNECTIONS_EXPORT ConnectionEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionEditor(const ConnectionProfile &profile, QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    void accept() override;

private:
    void updateAuthFields();
    QString problem() const; // empty when the form can be saved

    QString m_id;
    QLineEdit *m_name;
    QLineEdit *m_brokerUrl;
    QLineEdit *m_temporalUrl;
    QLineEdit *m_tenant;
    QCheckBox *m_fiwareService;
    QLineEdit *m_contextUrl;
    QComboBox *m_auth;
    QLineEdit *m_token;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_notificationAddress;
    QSpinBox *m_retentionDays;
    QSpinBox *m_cacheLimitMb;
    QLabel *m_problem;
};
