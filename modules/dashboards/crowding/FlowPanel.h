#pragma once

#include "crowding/CrowdCounter.h"
#include "crowding/FlowAggregator.h"

#include <QTimeZone>
#include <QWidget>

class DashboardContext;
class FlowChart;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

// The tourism office's view: one counter, one district or the whole city by hour for a chosen
// day, against the same weekday a week and a year before, busiest hours, the towards/away split,
// the forecast with its error on the last 7 days, and every district side by side; exported to
// CSV (the numbers) or PNG/PDF (the chart).
class FlowPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FlowPanel(DashboardContext *context, QWidget *parent = nullptr);

    void setConfiguration(const QList<CrowdSource> &sources, const PrivacyThreshold &privacy);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // The counters at the cursor: they make the subjects (all, each district, each counter).
    void setCounters(const QList<CrowdCounter> &counters);
    void selectSubject(const QString &key);
    QString subjectKey() const;
    void setDay(const QDate &day);
    // Reads the store again for the chosen subject and day (done by itself when they change).
    void refresh();
    // The same, only when the subject, the day or the cursor's 15-minute step changed since.
    void refreshIfChanged();

    const FlowDay &current() const { return m_day; }
    FlowChart *chart() const { return m_chart; }
    QTableWidget *districtTable() const { return m_districts; }
    QString summaryText() const;
    QList<FlowSubject> subjects() const { return m_subjects; }

    // The chosen subject's hours and every district's, with comparisons and forecast (privacy applied).
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void message(const QString &text);

private:
    FlowAggregator aggregator() const;
    // Subject, day and the cursor's 15-minute step: what the view shows.
    QString stateKey(qint64 now) const;
    void fillDistricts(const FlowAggregator &aggregator, qint64 now);
    void askExport(bool csv);

    DashboardContext *m_context;
    QList<CrowdSource> m_sources;
    PrivacyThreshold m_privacy;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<FlowSubject> m_subjects;
    FlowDay m_day;
    QString m_shownKey; // subject, day and cursor step last computed
    QComboBox *m_subjectBox;
    QDateEdit *m_dateEdit;
    FlowChart *m_chart;
    QLabel *m_summary;
    QTableWidget *m_districts;
};
