#pragma once

#include "citysim/citysim_export.h"

#include "citysim/CitySimulation.h"

#include <QObject>
#include <QUrl>

class QThread;
class SimServer;

// The demo city inside the app (citydeck --demo): a SimServer on 127.0.0.1 and a free port, in
// its own thread so that building answers never freezes the window. The app connects to it
// over HTTP like to any broker; destroying the DemoCity stops it.
class CITYDECK_CITYSIM_EXPORT DemoCity : public QObject
{
    Q_OBJECT
public:
    explicit DemoCity(QObject *parent = nullptr);
    ~DemoCity() override;

    bool start(const CitySimulation::Options &options, QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QUrl url() const { return m_url; }

private:
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in the thread: calls are queued to it
    SimServer *m_server = nullptr;
    QUrl m_url;
};
