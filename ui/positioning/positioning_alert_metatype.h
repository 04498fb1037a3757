#pragma once

#include <QMetaType>

#include "positioning/positioning_trigger.h"

// A trigger travels in signals (reviewRequested) and QVariants (QSignalSpy): declared once,
// before any header uses it in a signal.
Q_DECLARE_METATYPE(pmm::positioning::PositioningAlert)
