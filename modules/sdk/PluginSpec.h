#pragma once

#include "sdk/sdk_export.h"

#include "sdk/DashboardMetadata.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class DashboardPlugin;
class QPluginLoader;

// One plug-in file as the catalog found it: its metadata, how far it got in its lifecycle and,
// when it failed, why — shown in the Plugins dialog so a broken plug-in never goes unnoticed.
class CITYDECK_SDK_EXPORT PluginSpec
{
    Q_DECLARE_TR_FUNCTIONS(PluginSpec)

public:
    enum class State {
        Discovered,   // metadata read and valid, not loaded yet
        Invalid,      // not a CityDeck dashboard, or its metadata is wrong
        Incompatible, // built for another sdk version
        Failed,       // the library or its initialize() failed
        Running,      // loaded and initialized
        Stopped       // shut down
    };

    explicit PluginSpec(const QString &filePath);
    ~PluginSpec();
    PluginSpec(const PluginSpec &) = delete;
    PluginSpec &operator=(const PluginSpec &) = delete;

    QString filePath() const { return m_filePath; }
    State state() const { return m_state; }
    QString stateLabel() const;
    QString errorString() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }
    const DashboardMetadata &metadata() const { return m_metadata; }
    // Non-null only while Running.
    DashboardPlugin *plugin() const { return m_state == State::Running ? m_plugin : nullptr; }

private:
    friend class PluginCatalog;
    void fail(State state, const QString &error);

    QString m_filePath;
    State m_state = State::Discovered;
    QString m_error;
    DashboardMetadata m_metadata;
    std::unique_ptr<QPluginLoader> m_loader;
    DashboardPlugin *m_plugin = nullptr;
};
