#pragma once

#include "sdk/sdk_export.h"

#include <QLabel>

class EntityStateModel;

// The line every dashboard shows above its data: live or review, the time shown, how new the
// newest value is and how many entities are stale — so that nobody mistakes old data for live.
class CITYDECK_SDK_EXPORT AsOfLabel : public QLabel
{
    Q_OBJECT
public:
    explicit AsOfLabel(EntityStateModel *model, QWidget *parent = nullptr);

    static QString describe(const EntityStateModel *model);

private:
    void update();

    EntityStateModel *m_model;
};
