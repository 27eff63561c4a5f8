#include "shell/WorkspaceStore.h"

#include "shell/ShellLog.h"

#include <QSettings>

namespace {
QString group(const QString &key)
{
    return QStringLiteral("workspaces/") + key;
}
} // namespace

WorkspaceStore::WorkspaceStore(QSettings *settings)
    : m_settings(settings)
{
}

WorkspaceState WorkspaceStore::load(const QString &key) const
{
    WorkspaceState state;
    m_settings->beginGroup(group(key));
    if (m_settings->value(QStringLiteral("layoutVersion")).toInt() == layoutVersion) {
        state.geometry = m_settings->value(QStringLiteral("geometry")).toByteArray();
        state.windowState = m_settings->value(QStringLiteral("windowState")).toByteArray();
        state.openDashboards = m_settings->value(QStringLiteral("dashboards")).toStringList();
        state.kiosk = m_settings->value(QStringLiteral("kiosk")).toBool();
    } else if (m_settings->contains(QStringLiteral("layoutVersion"))) {
        qCInfo(lcShell) << "ignoring saved layout of workspace" << key << "from an older version";
    }
    m_settings->endGroup();
    return state;
}

void WorkspaceStore::save(const QString &key, const WorkspaceState &state)
{
    m_settings->beginGroup(group(key));
    m_settings->setValue(QStringLiteral("layoutVersion"), layoutVersion);
    m_settings->setValue(QStringLiteral("geometry"), state.geometry);
    m_settings->setValue(QStringLiteral("windowState"), state.windowState);
    m_settings->setValue(QStringLiteral("dashboards"), state.openDashboards);
    m_settings->setValue(QStringLiteral("kiosk"), state.kiosk);
    m_settings->endGroup();
    m_settings->sync();
}

void WorkspaceStore::reset(const QString &key)
{
    m_settings->remove(group(key));
    m_settings->sync();
}

bool WorkspaceStore::contains(const QString &key) const
{
    return m_settings->contains(group(key) + QStringLiteral("/layoutVersion"));
}
