#pragma once

#include "parking/ParkingSite.h"

#include <QAbstractTableModel>
#include <QSet>

// The site list: every car park, kerb strip and bay group at the cursor with its spaces, its
// occupancy and where it is heading, sortable on each (Qt::UserRole holds the sort key; unknown
// values sort last), and what is wrong with its data in words.
class ParkingSiteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, DistrictColumn, AvailableColumn, TotalColumn, OccupancyColumn, TrendColumn, DataColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ParkingSiteModel(QObject *parent = nullptr);

    void setSites(const QList<ParkingSite> &sites, const QSet<QString> &breached);
    const QList<ParkingSite> &sites() const { return m_sites; }
    int rowOf(const QString &id) const;
    static QString kindName(ParkingSite::Kind kind);
    // What is wrong with a site's data, empty when nothing is.
    static QString dataNote(const ParkingSite &site);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ParkingSite> m_sites;
    QSet<QString> m_breached;
};
