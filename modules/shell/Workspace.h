#pragma once

#include "shell/shell_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A role workspace: which dashboards a role sees and which side areas it starts with.
// Operator: live dashboards + alarm area; Council officer: KPI/review area;
// Tourism office: pedestrian-flow dashboards only.
class CITYDECK_SHELL_EXPORT Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    enum class Role { Operator, CouncilOfficer, TourismOffice };

    static QList<Workspace> all();
    // Accepts the key ("operator", "council", "tourism") or the display name, any case.
    static bool find(const QString &nameOrKey, Workspace *out);
    static Workspace forRole(Role role);

    Role role() const { return m_role; }
    // Stable key, used in settings, metadata "roles" and --workspace.
    QString key() const;
    QString displayName() const;
    QString description() const;
    bool showsAlarms() const { return m_role == Role::Operator; }
    bool showsKpis() const { return m_role == Role::CouncilOfficer; }
    // Tourism offices only get dashboards whose metadata lists the "tourism" role.
    bool restrictsToSuitedDashboards() const { return m_role == Role::TourismOffice; }

    bool operator==(const Workspace &other) const { return m_role == other.m_role; }

private:
    explicit Workspace(Role role) : m_role(role) {}
    Role m_role;
};
