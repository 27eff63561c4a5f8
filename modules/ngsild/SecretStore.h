#pragma once

#include "ngsild/ngsild_export.h"

#include <QObject>
#include <QString>

#include <functional>

// Connection secrets (tokens, client secrets, passwords) in the operating system's keychain
// through qtkeychain — Secret Service/KWallet on Linux, Credential Manager on Windows. Never a
// plain-text fallback: when no keychain is available the caller gets the reason and asks again.
class CITYDECK_NGSILD_EXPORT SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString &secretOrError)>;

    explicit SecretStore(const QString &service = QStringLiteral("org.citydeck.CityDeck"), QObject *parent = nullptr);

    // key: "<connection id>/<field>", e.g. "bruges-orion/clientSecret".
    void write(const QString &key, const QString &secret, const Done &done);
    void read(const QString &key, const Done &done);
    void remove(const QString &key, const Done &done);

private:
    QString m_service;
};
