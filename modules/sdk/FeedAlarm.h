#pragma once

#include "sdk/sdk_export.h"

#include <QObject>

class AlarmBoard;
class EntityStore;

// Raises one data-source alarm while the store's live feed is not live (broker unreachable,
// subscription lost, notifications stopped) and clears it when the feed is back, so that the
// operator sees in the alarm area — apart from the dashboards' own alarms — that what the
// dashboards show has stopped moving, and when it started again.
class CITYDECK_SDK_EXPORT FeedAlarm : public QObject
{
    Q_OBJECT
public:
    // The source id of the alarms it raises (the alarm area lists them apart).
    static constexpr const char *kSource = "citydeck.datasource";

    FeedAlarm(EntityStore *store, AlarmBoard *board, QObject *parent = nullptr);

    // The alarm raised for the current problem (0 while the feed is live).
    quint64 activeAlarm() const { return m_active; }

private:
    void update();

    EntityStore *m_store;
    AlarmBoard *m_board;
    quint64 m_active = 0;
};
