#pragma once

#include <QString>

#include <functional>
#include <vector>

// Timing and reporting shared by the benchmark executables. Every figure is a ratio against a
// baseline measured in the same run; bench/run.sh gathers the rows into one table.
namespace BenchReport {

// Runs the Qt programs on the offscreen platform unless QT_QPA_PLATFORM already says otherwise.
// Call before constructing the application object.
void useOffscreenUnlessSet();

// Milliseconds that `work` took.
double timeMs(const std::function<void()> &work);

double median(std::vector<double> values);
// The value below which 90 % of them fall (nearest rank).
double percentile90(std::vector<double> values);

QString milliseconds(double ms);

// One row of the table: "RESULT<TAB>measurement<TAB>ours<TAB>baseline<TAB>ratio<TAB>target<TAB>met?"
// on stdout. A target of 0 or less means none is set for this row.
void ratioRow(const QString &measurement, double oursMs, double baselineMs, double target);
void textRow(const QString &measurement, const QString &ours, const QString &baseline, const QString &ratio,
             const QString &target, const QString &met);

// Progress and details for people, on stderr (run.sh shows them as they come).
void note(const QString &text);

} // namespace BenchReport
