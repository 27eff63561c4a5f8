#include "watering/FieldListModel.h"

#include "watering/WateringColors.h"

#include <QDateTime>
#include <QLocale>

FieldListModel::FieldListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FieldListModel::setState(const QList<WateringField> &fields, const QList<WateringPlanner::FieldPlan> &plan,
                              const WateringSettings &settings, qint64 t)
{
    beginResetModel();
    m_rows.clear();
    m_zone = settings.zone();
    for (const WateringField &f : fields) {
        Row r;
        r.field = f;
        const WateringRule rule = settings.ruleFor(f.id);
        r.threshold = rule.dryThreshold;
        r.soil = int(WateringColors::classify(f, rule, t));
        for (const WateringPlanner::FieldPlan &p : plan) {
            if (p.fieldId == f.id) {
                r.decision = p.decision;
                r.provisional = p.provisional;
            }
        }
        m_rows << r;
    }
    endResetModel();
}

int FieldListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).field.id == id)
            return i;
    }
    return -1;
}

const WateringDecision *FieldListModel::decisionOf(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row).decision;
}

QString FieldListModel::actionName(const WateringDecision &d)
{
    switch (d.action) {
    case WateringDecision::Action::Water:
        return tr("water");
    case WateringDecision::Action::Shifted:
        return tr("shifted");
    case WateringDecision::Action::Skip:
        return tr("skip");
    case WateringDecision::Action::NoData:
        break;
    }
    return tr("no data");
}

QString FieldListModel::soilName(int soil)
{
    switch (WateringColors::Soil(soil)) {
    case WateringColors::Soil::Dry:
        return tr("dry");
    case WateringColors::Soil::Ok:
        return tr("ok");
    case WateringColors::Soil::Wet:
        return tr("wet");
    case WateringColors::Soil::NoData:
        break;
    }
    return tr("no recent data");
}

int FieldListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FieldListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    const WateringDecision &d = r.decision;
    if (role == IdRole)
        return r.field.id;
    if (role == SortRole) {
        switch (index.column()) {
        case MoistureColumn:
            return std::isfinite(r.field.moisture) ? r.field.moisture : 9.0;
        case ThresholdColumn:
            return r.threshold;
        case SoilColumn:
            return r.soil;
        case DecisionColumn:
            return int(d.action);
        case TimeColumn:
            return d.start;
        case VolumeColumn:
            return d.volume;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && index.column() == SoilColumn)
        return WateringColors::color(WateringColors::Soil(r.soil));
    if (role == Qt::ToolTipRole)
        return QStringLiteral("<b>%1</b><br>%2").arg(r.field.name.toHtmlEscaped(), d.explanation.toHtmlEscaped());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.field.name;
    case MoistureColumn:
        return std::isfinite(r.field.moisture) ? locale.toString(r.field.moisture, 'f', 3) : QStringLiteral("—");
    case ThresholdColumn:
        return locale.toString(r.threshold, 'f', 3);
    case SoilColumn:
        return soilName(r.soil);
    case DecisionColumn:
        return r.provisional ? tr("%1 (provisional)").arg(actionName(d)) : actionName(d);
    case TimeColumn:
        return d.waters() ? QDateTime::fromMSecsSinceEpoch(d.start, m_zone).toString(QStringLiteral("HH:mm")) : QString();
    case VolumeColumn:
        return d.waters() ? tr("%1 m³").arg(locale.toString(d.volume, 'f', 1)) : QString();
    case ReasonColumn:
        return d.explanation;
    }
    return {};
}

QVariant FieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Field");
    case MoistureColumn:
        return tr("Moisture (m³/m³)");
    case ThresholdColumn:
        return tr("Threshold");
    case SoilColumn:
        return tr("Soil");
    case DecisionColumn:
        return tr("Today");
    case TimeColumn:
        return tr("At");
    case VolumeColumn:
        return tr("Water");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}
