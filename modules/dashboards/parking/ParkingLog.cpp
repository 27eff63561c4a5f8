#include "parking/ParkingLog.h"

Q_LOGGING_CATEGORY(lcParking, "citydeck.parking", QtInfoMsg)
