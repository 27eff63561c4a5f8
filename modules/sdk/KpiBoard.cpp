#include "sdk/KpiBoard.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

KpiBoard::KpiBoard(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KpiBoard::publish(const Kpi &kpi)
{
    const int row = rowOf(kpi.source, kpi.id);
    if (row >= 0) {
        m_kpis[row] = kpi;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginInsertRows({}, int(m_kpis.size()), int(m_kpis.size()));
        m_kpis.append(kpi);
        endInsertRows();
    }
    emit kpiPublished(kpi);
}

bool KpiBoard::withdraw(const QString &source, const QString &id)
{
    const int row = rowOf(source, id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_kpis.removeAt(row);
    endRemoveRows();
    return true;
}

int KpiBoard::withdrawAll(const QString &source)
{
    int removed = 0;
    for (int row = int(m_kpis.size()) - 1; row >= 0; --row) {
        if (m_kpis.at(row).source == source && withdraw(source, m_kpis.at(row).id))
            ++removed;
    }
    return removed;
}

void KpiBoard::setSourceLabel(const QString &sourceId, const QString &label)
{
    m_sourceLabels.insert(sourceId, label);
}

int KpiBoard::rowOf(const QString &source, const QString &id) const
{
    for (int row = 0; row < m_kpis.size(); ++row) {
        if (m_kpis.at(row).source == source && m_kpis.at(row).id == id)
            return row;
    }
    return -1;
}

QString KpiBoard::formatValue(double value, const QString &unit)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const QString number = QLocale().toString(value, 'f', std::abs(value) >= 100 ? 0 : 1);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

int KpiBoard::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kpis.size());
}

int KpiBoard::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiBoard::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_kpis.size())
        return {};
    const Kpi &k = m_kpis.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && k.hasTarget())
        return QBrush(k.meetsTarget() ? QColor(0x1a, 0x7f, 0x37) : QColor(0xc0, 0x6a, 0x00));
    if (role == Qt::TextAlignmentRole && (index.column() == ValueColumn || index.column() == TargetColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return k.name;
    case ValueColumn:
        return formatValue(k.value, k.unit);
    case TargetColumn:
        return k.hasTarget() ? formatValue(k.target, k.unit) : QString();
    case StatusColumn:
        if (!k.hasTarget())
            return tr("No target");
        return k.meetsTarget() ? tr("On target") : tr("Off target");
    case PeriodColumn:
        if (!k.periodStart.isValid() || !k.periodEnd.isValid())
            return QString();
        return tr("%1 – %2").arg(QLocale().toString(k.periodStart.toLocalTime().date(), QLocale::ShortFormat),
                                 QLocale().toString(k.periodEnd.toLocalTime().date(), QLocale::ShortFormat));
    case SourceColumn:
        return m_sourceLabels.value(k.source, k.source);
    default:
        return {};
    }
}

QVariant KpiBoard::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case PeriodColumn:
        return tr("Period");
    case SourceColumn:
        return tr("Dashboard");
    default:
        return {};
    }
}
