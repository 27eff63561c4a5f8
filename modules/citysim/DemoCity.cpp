#include "citysim/DemoCity.h"

#include "citysim/SimServer.h"

#include <QDateTime>
#include <QThread>

DemoCity::DemoCity(QObject *parent)
    : QObject(parent)
{
}

DemoCity::~DemoCity()
{
    stop();
}

bool DemoCity::start(const CitySimulation::Options &options, QString *error)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("demo-city"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QString problem;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_server = new SimServer(options);
            ok = m_server->listen(QHostAddress::LocalHost, 0, &problem);
            m_url = m_server->url();
            m_start = m_server->city()->now();
            m_speed = m_server->city()->options().speed;
            m_wall.start();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error)
            *error = problem;
        stop();
    }
    return ok;
}

qint64 DemoCity::now() const
{
    return m_wall.isValid() ? m_start + qint64(double(m_wall.elapsed()) * m_speed) : QDateTime::currentMSecsSinceEpoch();
}

void DemoCity::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_url.clear();
    m_wall.invalidate();
}
