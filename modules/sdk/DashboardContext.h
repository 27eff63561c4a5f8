#pragma once

#include "sdk/sdk_export.h"

#include <QObject>
#include <QString>

class AlarmBoard;
class CityPlan;
class EntityStore;
class KpiBoard;
class QSettings;
class TimeCursor;
class UnitFormatter;

// What CityDeck gives a dashboard plug-in: the global time cursor, the entity store (the
// connection's cache, read at the cursor's time), unit formatting, the alarm and KPI boards, the city plan. The shell owns
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
    EntityStore *store() const { return m_store; }
    CityPlan *cityPlan() const { return m_cityPlan; }
    // Where dashboards keep their choices, each under its own group: the app's settings (which
    // --settings FILE may redirect); the user's default settings until the shell sets them.
    QSettings *settings() const;
    void setSettings(QSettings *settings) { m_settings = settings; }

    // An entity with no value for longer than this is shown as stale (default 60 minutes).
    qint64 staleAfterMs() const { return m_staleAfterMs; }
    void setStaleAfterMs(qint64 ms);

    // UI language code ("en", "fr", "nl", "de") for localized metadata and formats.
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

signals:
    void staleAfterChanged(qint64 ms);

private:
    TimeCursor *m_timeCursor;
    UnitFormatter *m_units;
    AlarmBoard *m_alarms;
    KpiBoard *m_kpis;
    EntityStore *m_store;
    CityPlan *m_cityPlan;
    QSettings *m_settings = nullptr;       // not owned
    mutable QSettings *m_defaultSettings = nullptr;
    qint64 m_staleAfterMs = 60LL * 60 * 1000;
    QString m_language = QStringLiteral("en");
};
