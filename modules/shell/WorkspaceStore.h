#pragma once

#include "shell/shell_export.h"

#include <QByteArray>
#include <QStringList>

class QSettings;

// What is saved of one workspace: window geometry and dock layout, open dashboards, kiosk mode.
struct CITYDECK_SHELL_EXPORT WorkspaceState
{
    QByteArray geometry;
    QByteArray windowState;
    QStringList openDashboards; // plug-in ids, in opening order
    bool kiosk = false;

    bool isEmpty() const { return geometry.isEmpty() && windowState.isEmpty() && openDashboards.isEmpty(); }
};

// Persists a WorkspaceState per workspace key in QSettings ("workspaces/<key>/...").
class CITYDECK_SHELL_EXPORT WorkspaceStore
{
public:
    // Bumped when the dock layout changes incompatibly; older saved states are then ignored.
    static constexpr int layoutVersion = 1;

    explicit WorkspaceStore(QSettings *settings);

    WorkspaceState load(const QString &key) const;
    void save(const QString &key, const WorkspaceState &state);
    void reset(const QString &key);
    bool contains(const QString &key) const;

private:
    QSettings *m_settings;
};
