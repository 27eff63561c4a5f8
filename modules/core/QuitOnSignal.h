#pragma once

#include "core/core_export.h"

#include <QObject>

class QSocketNotifier;

// Turns SIGINT/SIGTERM (Ctrl-C in a terminal, a session logout, systemd stopping a kiosk) into a
// normal QCoreApplication::quit(), so that layouts are saved and subscriptions deleted instead of
// the process dying mid-write. Unix only; a no-op elsewhere. One instance per process.
class CITYDECK_CORE_EXPORT QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    bool isActive() const { return m_notifier != nullptr; }

signals:
    void signalReceived(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
