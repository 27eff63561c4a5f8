#pragma once

#include "connections/connections_export.h"

#include "connections/ConnectionProfile.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QSettings;
class QTableWidget;
class BrokerClient;
class BrokerProbe;
class SecretStore;

// The connection manager: the saved brokers (and the built-in demo city when it runs), with
// Add, Edit, Remove, Test and Connect. Test shows the detected broker and the entity types it
// offers with their counts, or the exact error.
class CITYDECK_CONNECTIONS_EXPORT ConnectionManager : public QDialog
{
    Q_OBJECT
public:
    ConnectionManager(QSettings *settings, SecretStore *secrets, QWidget *parent = nullptr);

    // A connection that is offered but not saved (the demo city).
    void setBuiltIn(const ConnectionProfile &profile);
    void select(const QString &id);
    void testSelected();

    // Results of the last test, for the table and for tests.
    QString testSummary() const;
    QTableWidget *countsTable() const { return m_counts; }
    bool isTesting() const { return m_testing; }

signals:
    void connectRequested(const ConnectionProfile &profile);
    void testFinished();

private:
    void reload();
    ConnectionProfile selected() const;
    void addConnection();
    void editConnection();
    // Edits (or adds, for an empty profile) and saves what the user accepted.
    void runEditor(const ConnectionProfile &profile);
    void removeConnection();
    void showResult(BrokerProbe *probe);
    void updateButtons();
    // Reads the profile's secrets from the keychain, then calls back (error when unreadable).
    void withSecrets(const ConnectionProfile &profile, const std::function<void(const ConnectionProfile &, const QString &)> &then);
    void storeSecrets(const ConnectionProfile &profile);

    QSettings *m_settings;
    SecretStore *m_secrets;
    QList<ConnectionProfile> m_profiles;
    ConnectionProfile m_builtIn;
    QListWidget *m_list;
    QLabel *m_result;
    QTableWidget *m_counts;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_connect;
    BrokerClient *m_client = nullptr;
    bool m_testing = false;
};
