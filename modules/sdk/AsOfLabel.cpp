#include "sdk/AsOfLabel.h"

#include "core/IsoTime.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStateModel.h"
#include "sdk/EntityStore.h"

#include <QLocale>
#include <QStyle>

AsOfLabel::AsOfLabel(EntityStateModel *model, QWidget *parent)
    : QLabel(parent)
    , m_model(model)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    connect(model, &EntityStateModel::refreshed, this, &AsOfLabel::update);
    connect(model->context()->store(), &EntityStore::feedChanged, this, &AsOfLabel::update);
    update();
}

QString AsOfLabel::describe(const EntityStateModel *model)
{
    const QLocale locale;
    auto when = [&](qint64 t) { return locale.toString(IsoTime::toDateTime(t).toLocalTime(), QLocale::ShortFormat); };
    const EntityStore *store = model->context()->store();
    QString text;
    if (model->isLive() && !store->isFeedLive()) {
        // A frozen picture must never read as live: what is shown, and why nothing newer comes.
        const QString since = locale.toString(store->feedProblemSince().toLocalTime().time(), QLocale::ShortFormat);
        text = model->asOf() == IsoTime::invalid
            ? tr("NOT LIVE — no data — %1 since %2").arg(store->feedProblem(), since)
            : tr("NOT LIVE — data as of %1 — %2 since %3").arg(when(model->asOf()), store->feedProblem(), since);
    } else if (model->rowCount() == 0) {
        text = model->isLive() ? tr("Live — no data in the cache yet") : tr("Review at %1 — no data at that time").arg(when(model->time()));
    } else if (model->asOf() == IsoTime::invalid) {
        text = model->isLive() ? tr("Live — %1 entities, none observed yet").arg(model->rowCount())
                               : tr("Review at %1 — %2 entities, none observed yet").arg(when(model->time())).arg(model->rowCount());
    } else if (model->isLive()) {
        text = tr("Live — as of %1").arg(when(model->asOf()));
    } else {
        text = tr("Review at %1 — newest value %2").arg(when(model->time()), when(model->asOf()));
    }
    if (model->staleCount() > 0)
        text += tr(" — %1 of %2 stale (silent for more than %3 min)")
                    .arg(model->staleCount())
                    .arg(model->rowCount())
                    .arg(model->staleAfterMs() / 60000);
    return text;
}

void AsOfLabel::update()
{
    setText(describe(m_model));
    setProperty("review", !m_model->isLive());
    const bool notLive = m_model->isLive() && !m_model->context()->store()->isFeedLive();
    if (property("feed").toString() != (notLive ? QLatin1String("lost") : QLatin1String("live"))) {
        setProperty("feed", notLive ? QStringLiteral("lost") : QStringLiteral("live"));
        style()->unpolish(this);
        style()->polish(this);
    }
}
