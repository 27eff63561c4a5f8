#pragma once

#include "sdk/DashboardPlugin.h"

#include <QObject>

// One source for every test plug-in; the CMake target picks the behaviour and the metadata
// file through a TEST_PLUGIN_* definition (moc sees the same definitions).
class TestDashboardPlugin : public QObject, public DashboardPlugin
{
    Q_OBJECT
#if defined(TEST_PLUGIN_GOOD)
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "good.json")
#elif defined(TEST_PLUGIN_SECOND)
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "second.json")
#elif defined(TEST_PLUGIN_BAD_METADATA)
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "badmeta.json")
#elif defined(TEST_PLUGIN_WRONG_SDK)
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "wrongsdk.json")
#elif defined(TEST_PLUGIN_MISSING_SYMBOL)
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "missingsymbol.json")
#elif defined(TEST_PLUGIN_THROW_INIT)
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "throwinit.json")
#elif defined(TEST_PLUGIN_THROW_CREATE)
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "throwcreate.json")
#elif defined(TEST_PLUGIN_WRONG_IID)
    Q_PLUGIN_METADATA(IID "org.example.SomethingElse/1" FILE "good.json")
#endif
    Q_INTERFACES(DashboardPlugin)

public:
    bool initialize(DashboardContext *context, QString *errorMessage) override;
    QWidget *createDashboard(QWidget *parent) override;
    QIcon icon() const override;
    void aboutToShutdown() override;

private:
    DashboardContext *m_context = nullptr;
};
