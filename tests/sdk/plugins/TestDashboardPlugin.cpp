#include "TestDashboardPlugin.h"

#include "core/Kpi.h"
#include "core/TimeCursor.h"
#include "sdk/AlarmBoard.h"
#include "sdk/DashboardContext.h"
#include "sdk/KpiBoard.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <stdexcept>

#if defined(TEST_PLUGIN_MISSING_SYMBOL)
// Deliberately never defined anywhere: loading with all symbols resolved must fail.
extern "C" void citydeck_symbol_that_does_not_exist();
#endif

bool TestDashboardPlugin::initialize(DashboardContext *context, QString *errorMessage)
{
    Q_UNUSED(errorMessage)
#if defined(TEST_PLUGIN_MISSING_SYMBOL)
    citydeck_symbol_that_does_not_exist();
#endif
#if defined(TEST_PLUGIN_THROW_INIT)
    throw std::runtime_error("sensor table corrupt");
#endif
    m_context = context;
#if defined(TEST_PLUGIN_GOOD)
    Kpi kpi;
    kpi.id = QStringLiteral("test.occupancy");
    kpi.source = QStringLiteral("org.citydeck.test.good");
    kpi.name = QStringLiteral("Average test occupancy");
    kpi.value = 72.5;
    kpi.target = 80.0;
    kpi.unit = QStringLiteral("%");
    kpi.higherIsBetter = false;
    context->kpis()->publish(kpi);
#endif
    return true;
}

QWidget *TestDashboardPlugin::createDashboard(QWidget *parent)
{
#if defined(TEST_PLUGIN_THROW_CREATE)
    Q_UNUSED(parent)
    throw std::runtime_error("no renderer available");
#else
    auto *widget = new QWidget(parent);
    widget->setObjectName(QStringLiteral("testDashboard"));
    auto *time = new QLabel(widget);
    time->setObjectName(QStringLiteral("timeLabel"));
    auto refresh = [this, time] {
        time->setText(QStringLiteral("Time cursor: %1 (%2)")
                          .arg(QLocale().toString(m_context->timeCursor()->time(), QLocale::ShortFormat),
                               m_context->timeCursor()->isLive() ? QStringLiteral("live")
                                                                 : QStringLiteral("review")));
    };
    refresh();
    QObject::connect(m_context->timeCursor(), &TimeCursor::timeChanged, time, refresh);
    QObject::connect(m_context->timeCursor(), &TimeCursor::modeChanged, time, refresh);
    auto *raise = new QPushButton(QStringLiteral("Raise test alarm"), widget);
    raise->setObjectName(QStringLiteral("raiseAlarm"));
    QObject::connect(raise, &QPushButton::clicked, widget, [this] {
        Alarm alarm;
        alarm.source = QStringLiteral("org.citydeck.test.good");
        alarm.entityId = QStringLiteral("urn:ngsi-ld:OffStreetParking:test-1");
        alarm.severity = Alarm::Severity::Critical;
        alarm.title = QStringLiteral("Test car park full");
        m_context->alarms()->raise(alarm);
    });
    auto *layout = new QVBoxLayout(widget);
    layout->addWidget(time);
    layout->addWidget(raise);
    layout->addStretch(1);
    return widget;
#endif
}

QIcon TestDashboardPlugin::icon() const
{
    return {};
}

void TestDashboardPlugin::aboutToShutdown()
{
    m_context = nullptr;
}
