#include "shell/Workspace.h"

QList<Workspace> Workspace::all()
{
    return {Workspace(Role::Operator), Workspace(Role::CouncilOfficer), Workspace(Role::TourismOffice)};
}

Workspace Workspace::forRole(Role role)
{
    return Workspace(role);
}

bool Workspace::find(const QString &nameOrKey, Workspace *out)
{
    const QString wanted = nameOrKey.trimmed();
    for (const Workspace &w : all()) {
        if (w.key().compare(wanted, Qt::CaseInsensitive) == 0
            || w.displayName().compare(wanted, Qt::CaseInsensitive) == 0) {
            if (out)
                *out = w;
            return true;
        }
    }
    return false;
}

QString Workspace::key() const
{
    switch (m_role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::CouncilOfficer:
        return QStringLiteral("council");
    case Role::TourismOffice:
        return QStringLiteral("tourism");
    }
    return QStringLiteral("operator");
}

QString Workspace::displayName() const
{
    switch (m_role) {
    case Role::Operator:
        return tr("Operator");
    case Role::CouncilOfficer:
        return tr("Council officer");
    case Role::TourismOffice:
        return tr("Tourism office");
    }
    return {};
}

QString Workspace::description() const
{
    switch (m_role) {
    case Role::Operator:
        return tr("Live dashboards and the alarm area, for the control room.");
    case Role::CouncilOfficer:
        return tr("Pilot KPIs and review of past periods, for council reporting.");
    case Role::TourismOffice:
        return tr("Pedestrian-flow dashboards only, for the tourism office.");
    }
    return {};
}
