#include "sdk/FeedAlarm.h"

#include "sdk/AlarmBoard.h"
#include "sdk/EntityStore.h"

#include <QLocale>

FeedAlarm::FeedAlarm(EntityStore *store, AlarmBoard *board, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_board(board)
{
    m_board->setSourceLabel(QLatin1String(kSource), tr("Data source"));
    connect(store, &EntityStore::feedChanged, this, &FeedAlarm::update);
    update();
}

void FeedAlarm::update()
{
    if (m_store->isFeedLive()) {
        if (m_active)
            m_board->clear(m_active);
        m_active = 0;
        return;
    }
    const QString since = QLocale().toString(m_store->feedProblemSince().toLocalTime(), QLocale::ShortFormat);
    const QString source = m_store->sourceName().isEmpty() ? tr("the broker") : m_store->sourceName();
    const QString title = tr("Data not live: %1").arg(m_store->feedProblem());
    const QString message = tr("%1: %2 since %3. The dashboards show the last data received until the feed is back.")
                                .arg(source, m_store->feedProblem(), since);
    if (m_active) {
        // One incident, one alarm, named by its cause; a later reason (unreachable, then
        // subscription lost) only rewords its message.
        m_board->updateText(m_active, m_board->alarm(m_active).title, message);
        return;
    }
    Alarm alarm;
    alarm.source = QLatin1String(kSource);
    alarm.severity = Alarm::Severity::Critical;
    alarm.title = title;
    alarm.message = message;
    m_active = m_board->raise(alarm);
}
