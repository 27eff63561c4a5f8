#pragma once

#include "sdk/sdk_export.h"

#include <QObject>
#include <QString>

class AlarmBoard;
class KpiBoard;
class TimeCursor;
class UnitFormatter;

// What CityDeck gives a dashboard plug-in: the global time cursor, unit formatting, the alarm
// and KPI boards (and, as they arrive, the entity store and the map factory). The shell owns
// one context for all plug-ins; it outlives every plug-in and every dashboard widget.
class CITYDECK_SDK_EXPORT DashboardContext : public QObject
{
    Q_OBJECT

public:
    explicit DashboardContext(QObject *parent = nullptr);

    TimeCursor *timeCursor() const { return m_timeCursor; }
    UnitFormatter *units() const { return m_units; }
    AlarmBoard *alarms() const { return m_alarms; }
    KpiBoard *kpis() const { return m_kpis; }

    // UI language code ("en", "fr", "nl", "de") for localized metadata and formats.
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

private:
    TimeCursor *m_timeCursor;
    UnitFormatter *m_units;
    AlarmBoard *m_alarms;
    KpiBoard *m_kpis;
    QString m_language = QStringLiteral("en");
};
