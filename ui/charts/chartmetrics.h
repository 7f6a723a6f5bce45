#pragma once

#include <QSize>

// The sizes a chart asks of its layout, shared by the chart and the placeholder that holds its
// place until it is built, so the window is laid out the same before and after.
namespace ChartMetrics {

// Below this, a chart's labels no longer fit beside its bars.
inline constexpr QSize minimumSize {240, 180};
inline constexpr QSize sizeHint {480, 320};

} // namespace ChartMetrics
