#pragma once

#include "citysim/citysim_export.h"

#include "citysim/CitySimulation.h"

#include <QElapsedTimer>
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
    // The city's clock (ms since the epoch): runs --demo-speed times faster than the wall clock,
    // so that the app's live time follows the city's, not the wall's.
    qint64 now() const;

private:
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in the thread: calls are queued to it
    SimServer *m_server = nullptr;
    QUrl m_url;
    qint64 m_start = 0;
    double m_speed = 1.0;
    QElapsedTimer m_wall;
};
