#pragma once

#include <QDateTime>

// The time source every expiry, countdown and cache decision reads (KeePassXC's Clock).
// Production code uses Clock::system(); tests hand objects a ManualClock and move it.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const; // always UTC

    static const Clock* system();
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = QDateTime::currentDateTimeUtc());

    QDateTime now() const override;
    void setNow(const QDateTime& now);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};
