#include "vtkview/VtkViewLog.h"

const QLoggingCategory &lcVtkView()
{
    static const QLoggingCategory category("citydeck.vtkview", QtInfoMsg);
    return category;
}
