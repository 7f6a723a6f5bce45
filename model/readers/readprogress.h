#pragma once

#include <functional>

// How far a read has come, and whether it is still wanted. A reader calls report() now and then
// from whatever thread it runs on; once it returns false the read is no longer wanted, and the
// reader stops with FactsheetLoadResult::cancelled(). A default ReadProgress reports nowhere and is
// never cancelled, so a reader called without one runs to the end.
//
// The steps of a read each get a part of the whole (part()): reading the file's bytes, then its
// reader's own steps, so one bar moves steadily from 0 to 1 across all of them.
class ReadProgress
{
public:
    // Given the fraction done of the whole read (0 to 1); returns false to cancel it.
    using Callback = std::function<bool(double fraction)>;

    ReadProgress() = default;
    explicit ReadProgress(Callback callback) : m_callback(std::move(callback)) { }

    // `fraction` of this step is done; false once the read should stop.
    bool report(double fraction) const;
    // The step from `from` to `to` (fractions of this one) as a progress of its own.
    ReadProgress part(double from, double to) const;

private:
    Callback m_callback;
    double m_from = 0;
    double m_to = 1;
};
