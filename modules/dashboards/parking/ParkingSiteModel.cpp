#include "parking/ParkingSiteModel.h"

#include "parking/ParkingColors.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

ParkingSiteModel::ParkingSiteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ParkingSiteModel::setSites(const QList<ParkingSite> &sites, const QSet<QString> &breached)
{
    // Same ids in the same order (the usual 5-minute update): values change, rows stay, so the
    // operator's selection and scroll position stay too.
    bool sameRows = sites.size() == m_sites.size();
    for (int i = 0; sameRows && i < sites.size(); ++i)
        sameRows = sites.at(i).id == m_sites.at(i).id;
    if (sameRows) {
        m_sites = sites;
        m_breached = breached;
        if (!m_sites.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_sites = sites;
    m_breached = breached;
    endResetModel();
}

int ParkingSiteModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_sites.size(); ++i) {
        if (m_sites.at(i).id == id)
            return i;
    }
    return -1;
}

QString ParkingSiteModel::kindName(ParkingSite::Kind kind)
{
    switch (kind) {
    case ParkingSite::Kind::OffStreet:
        return tr("Car park");
    case ParkingSite::Kind::OnStreet:
        return tr("On street");
    case ParkingSite::Kind::Group:
        return tr("Bay group");
    }
    return {};
}

QString ParkingSiteModel::dataNote(const ParkingSite &site)
{
    QStringList notes;
    if (site.stale)
        notes << tr("no recent data");
    if (site.closed)
        notes << tr("closed");
    if (!site.counts.isKnown())
        notes << tr("occupancy unknown");
    notes << site.counts.problems();
    return notes.join(QStringLiteral("; "));
}

int ParkingSiteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int ParkingSiteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParkingSiteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sites.size())
        return {};
    const ParkingSite &s = m_sites.at(index.row());
    const ParkingCounts &c = s.counts;
    const QLocale locale;
    // Unknown values sort after every known one, whichever the direction the list is sorted in.
    auto key = [](double v) { return std::isfinite(v) ? QVariant(v) : QVariant(-1e9); };
    auto count = [&locale](double v) { return std::isfinite(v) ? locale.toString(v, 'f', 0) : QStringLiteral("–"); };
    if (role == IdRole)
        return s.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.name;
        if (role == Qt::ToolTipRole)
            return s.id;
        if (role == Qt::DecorationRole)
            return s.stale || s.closed ? ParkingColors::unknown() : ParkingColors::forOccupancy(c.occupancy);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return kindName(s.kind);
        break;
    case DistrictColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.district;
        break;
    case AvailableColumn:
        if (role == Qt::DisplayRole)
            return count(c.available);
        if (role == SortRole)
            return key(c.available);
        break;
    case TotalColumn:
        if (role == Qt::DisplayRole)
            return count(c.total);
        if (role == SortRole)
            return key(c.total);
        break;
    case OccupancyColumn:
        if (role == Qt::DisplayRole)
            return c.isKnown() ? QStringLiteral("%1 %").arg(locale.toString(c.occupancy * 100, 'f', 0)) : QStringLiteral("–");
        if (role == SortRole)
            return key(c.occupancy);
        if (role == Qt::FontRole && m_breached.contains(s.id)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case TrendColumn:
        if (role == Qt::DisplayRole) {
            if (!std::isfinite(s.trend))
                return QStringLiteral("–");
            const double points = s.trend * 100;
            return QStringLiteral("%1 %2").arg(points >= 1 ? QStringLiteral("↑") : points <= -1 ? QStringLiteral("↓") : QStringLiteral("→"),
                                                locale.toString(points, 'f', 0));
        }
        if (role == SortRole)
            return key(s.trend);
        if (role == Qt::ToolTipRole)
            return tr("Change of occupancy over the last 30 minutes, in percentage points");
        break;
    case DataColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
            const QString note = dataNote(s);
            if (role == Qt::ToolTipRole && s.observedAt > 0)
                return tr("Last value: %1").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(s.observedAt), QLocale::ShortFormat));
            return note.isEmpty() ? tr("ok") : note;
        }
        if (role == Qt::ForegroundRole && !dataNote(s).isEmpty())
            return QColor(0xb0, 0x3a, 0x00);
        break;
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AvailableColumn && index.column() <= TrendColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ParkingSiteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Site");
    case KindColumn:
        return tr("Kind");
    case DistrictColumn:
        return tr("District");
    case AvailableColumn:
        return tr("Available");
    case TotalColumn:
        return tr("Total");
    case OccupancyColumn:
        return tr("Occupancy");
    case TrendColumn:
        return tr("Trend");
    case DataColumn:
        return tr("Data");
    }
    return {};
}
