#include "readprogress.h"

#include <algorithm>

bool ReadProgress::report(double fraction) const
{
    if (!m_callback)
        return true;
    return m_callback(m_from + (m_to - m_from) * std::clamp(fraction, 0.0, 1.0));
}

ReadProgress ReadProgress::part(double from, double to) const
{
    ReadProgress step = *this;
    step.m_from = m_from + (m_to - m_from) * from;
    step.m_to = m_from + (m_to - m_from) * to;
    return step;
}
