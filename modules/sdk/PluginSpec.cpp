#include "sdk/PluginSpec.h"

#include "sdk/SdkLog.h"

#include <QPluginLoader>

PluginSpec::PluginSpec(const QString &filePath)
    : m_filePath(filePath)
{
}

PluginSpec::~PluginSpec() = default;

QString PluginSpec::stateLabel() const
{
    switch (m_state) {
    case State::Discovered:
        return tr("Not loaded");
    case State::Invalid:
        return tr("Invalid");
    case State::Incompatible:
        return tr("Incompatible");
    case State::Failed:
        return tr("Failed");
    case State::Running:
        return tr("Loaded");
    case State::Stopped:
        return tr("Stopped");
    }
    return {};
}

void PluginSpec::fail(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    m_plugin = nullptr;
    qCWarning(lcSdk).noquote() << "plug-in" << m_filePath << "not loaded:" << error;
}
