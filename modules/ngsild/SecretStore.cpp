#include "ngsild/SecretStore.h"

#include "ngsild/NgsiLdLog.h"

#include <qt6keychain/keychain.h>

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

namespace {
void finish(QKeychain::Job *job, const SecretStore::Done &done, const QString &key, bool returnsSecret)
{
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done, key, returnsSecret] {
        if (job->error() != QKeychain::NoError) {
            QString reason;
            switch (job->error()) {
            case QKeychain::EntryNotFound:
                reason = SecretStore::tr("no secret is stored for %1").arg(key);
                break;
            case QKeychain::AccessDenied:
            case QKeychain::AccessDeniedByUser:
                reason = SecretStore::tr("the keychain refused access (is it locked?)");
                break;
            case QKeychain::NoBackendAvailable:
            case QKeychain::NotImplemented:
            case QKeychain::OtherError:
            default:
                reason = SecretStore::tr("no usable OS keychain (on Linux, a Secret Service such as GNOME Keyring "
                                         "or KWallet must run and be unlocked)");
                break;
            }
            // The key names the secret, never its value.
            qCWarning(lcNgsiLd).noquote() << "keychain:" << key << reason << "—" << job->errorString();
            done(false, reason + QStringLiteral(" — ") + job->errorString());
            return;
        }
        done(true, returnsSecret ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData() : QString());
    });
    job->setAutoDelete(true);
    job->start();
}
} // namespace

void SecretStore::write(const QString &key, const QString &secret, const Done &done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    finish(job, done, key, false);
}

void SecretStore::read(const QString &key, const Done &done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    finish(job, done, key, true);
}

void SecretStore::remove(const QString &key, const Done &done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    finish(job, done, key, false);
}
