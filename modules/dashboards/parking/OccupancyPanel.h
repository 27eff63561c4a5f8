#pragma once

#include "parking/OccupancyHistory.h"

#include "sdk/SeasonalForecast.h"

#include <QWidget>

class DashboardContext;
class OccupancyChart;
class QComboBox;
class QLabel;
class QTableWidget;

// Occupancy over time for the council officer and the operator: the city or one site, by hour
// (the last two days and the next hours forecast), by day or by week; the forecast's measured
// error beside it; the peak-hour table of every site over the last week with its hours at
// saturation and, where entrances are counted, the mean stay. Everything ends at the cursor.
class OccupancyPanel : public QWidget
{
    Q_OBJECT
public:
    struct View
    {
        QString subject;
        OccupancyHistory::Resolution resolution = OccupancyHistory::Resolution::Hour;
        QList<OccupancyHistory::Period> periods;
        QList<SeasonalForecast::Point> forecast; // the hour in progress and the next ones
        SeasonalForecast::Accuracy accuracy1h;
        SeasonalForecast::Accuracy accuracy3h;
        OccupancyHistory::Peaks week;            // the last 7 days
        double stayHours = std::nan("");
    };

    static constexpr int kForecastHours = 4;
    static constexpr qint64 kHistoryMs = 35LL * 24 * 3600 * 1000;

    OccupancyPanel(DashboardContext *context, OccupancyHistory *history, QWidget *parent = nullptr);

    // The sites to choose from (after each read at the cursor); keeps the chosen subject.
    void setSites(const QList<ParkingSite> &sites);
    void selectSubject(const QString &key);
    void setResolution(OccupancyHistory::Resolution resolution);
    // Reads the history again (the cursor moved or new values came).
    void refresh();
    // Refreshes when the subject, resolution or cursor hour changed since the last refresh.
    void refreshIfChanged();

    const View &current() const { return m_view; }
    OccupancyChart *chart() const { return m_chart; }
    QTableWidget *peakTable() const { return m_peaks; }
    QString summaryText() const;
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void subjectChosen(const QString &key);
    void resolutionChosen(OccupancyHistory::Resolution resolution);
    void message(const QString &text);

private:
    View compute(const QString &subject, qint64 t) const;
    void fillPeakTable(qint64 t);
    QString stateKey() const;
    QString subjectLabel(const QString &key) const;
    void askExport(bool csv);

    DashboardContext *m_context;
    OccupancyHistory *m_history;
    QComboBox *m_subjectBox;
    QComboBox *m_resolutionBox;
    OccupancyChart *m_chart;
    QLabel *m_summary;
    QTableWidget *m_peaks;
    View m_view;
    QString m_shownKey;
};
