#include "byte_axis.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cd::ui {

std::vector<ByteTick> byteTicks(std::int64_t max, int maxIntervals)
{
    static const std::array<const char *, 7> units
        = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    const double top = static_cast<double>(std::max<std::int64_t>(max, 1));
    std::size_t unit = 0;
    double scale = 1;
    while (top / scale >= 1024 && unit + 1 < units.size()) {
        scale *= 1024;
        ++unit;
    }
    const double value = top / scale; // in [1, 1024)
    const double raw = value / std::max(1, maxIntervals);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * power;
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= raw) {
            step = factor * power;
            break;
        }
    }
    if (unit == 0)
        step = std::max(step, 1.0); // no fractions of a byte
    const int intervals = static_cast<int>(std::ceil(value / step - 1e-9));
    std::vector<ByteTick> ticks;
    for (int i = 0; i <= std::max(intervals, 1); ++i) {
        const double inUnit = i * step;
        const QString label = i == 0
                                  ? QStringLiteral("0")
                                  : QStringLiteral("%1 %2").arg(QString::number(inUnit, 'g', 4),
                                                                QString::fromLatin1(units[unit]));
        ticks.push_back({inUnit * scale, label});
    }
    return ticks;
}

} // namespace cd::ui
