#include "watering/WateringLog.h"

Q_LOGGING_CATEGORY(lcWatering, "citydeck.watering", QtInfoMsg)
