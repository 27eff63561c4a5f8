#pragma once

#include <QObject>
#include <QString>

class DashboardContext;

// Keeps the parking KPIs on the sdk's board while the plug-in is loaded — whether or not the
// dashboard is open: the council officer reads them in the KPI panel. Recomputed when the cursor
// enters another hour, when the connection changes, and when the sites known change.
class ParkingKpiPublisher : public QObject
{
    Q_OBJECT
public:
    ParkingKpiPublisher(DashboardContext *context, const QString &source, QObject *parent = nullptr);

    // Publishes now if the hour or the sites changed since the last time.
    void update();

private:
    DashboardContext *m_context;
    QString m_source;
    QString m_key;
};
