#include "clock.h"

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock* Clock::system()
{
    static const Clock systemClock;
    return &systemClock;
}

ManualClock::ManualClock(const QDateTime& start)
    : m_now(start.toUTC())
{ }

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::setNow(const QDateTime& now)
{
    m_now = now.toUTC();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}
