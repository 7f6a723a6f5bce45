#include "benchreport.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace BenchReport {

void useOffscreenUnlessSet()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double percentile90(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(0.9 * static_cast<double>(values.size())));
    return values[std::max<size_t>(rank, 1) - 1];
}

QString milliseconds(double ms)
{
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 10 ? 2 : 1);
}

void ratioRow(const QString &measurement, double oursMs, double baselineMs, double target)
{
    const double ratio = baselineMs > 0 ? oursMs / baselineMs : 0;
    const bool hasTarget = target > 0;
    textRow(measurement, milliseconds(oursMs), milliseconds(baselineMs), QStringLiteral("%1x").arg(ratio, 0, 'f', 2),
            hasTarget ? QStringLiteral("<= %1x").arg(target, 0, 'f', 1) : QStringLiteral("-"),
            hasTarget ? (ratio <= target ? QStringLiteral("yes") : QStringLiteral("NO")) : QStringLiteral("-"));
}

void textRow(const QString &measurement, const QString &ours, const QString &baseline, const QString &ratio,
             const QString &target, const QString &met)
{
    QTextStream out(stdout);
    out << "RESULT\t" << measurement << '\t' << ours << '\t' << baseline << '\t' << ratio << '\t' << target << '\t'
        << met << '\n';
    out.flush();
}

void note(const QString &text)
{
    QTextStream err(stderr);
    err << text << '\n';
    err.flush();
}

} // namespace BenchReport
