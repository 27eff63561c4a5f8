#pragma once

#include "sdk/sdk_export.h"

#include "sdk/ThresholdMonitor.h"

#include <QWidget>

class QTableWidget;

// Where an operator sets a dashboard's thresholds: one row per rule — what it watches (every
// entity, every district, one of them), the measure, the limit and the severity. Rules take
// effect as soon as they are edited.
class CITYDECK_SDK_EXPORT ThresholdEditor : public QWidget
{
    Q_OBJECT
public:
    struct Choice
    {
        QString key;
        QString label;
        bool operator==(const Choice &) const = default;
    };

    explicit ThresholdEditor(QWidget *parent = nullptr);

    // What rules may watch and measure; scopes "*" and "district:*" are offered first by the caller.
    void setScopes(const QList<Choice> &scopes);
    // Those first scopes: every entity (named by the caller), every district, then each district.
    static QList<Choice> cityScopes(const QString &everyEntity, const QStringList &districts);
    void setMeasures(const QList<Choice> &measures);
    void setRules(const QList<ThresholdRule> &rules);
    QList<ThresholdRule> rules() const;
    QTableWidget *table() const { return m_table; }

signals:
    void rulesChanged(const QList<ThresholdRule> &rules);

private:
    void addRow(const ThresholdRule &rule);

    QTableWidget *m_table;
    QList<Choice> m_scopes;
    QList<Choice> m_measures;
};
