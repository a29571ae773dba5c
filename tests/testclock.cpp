#include "clock.h"

#include <QTest>

class TestClock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemClockIsUtcAndCurrent();
    void manualClockMovesOnlyWhenTold();
};

void TestClock::systemClockIsUtcAndCurrent()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = Clock::system()->now();
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY(now >= before);
    QVERIFY(now.secsTo(QDateTime::currentDateTimeUtc()) < 5);
}

void TestClock::manualClockMovesOnlyWhenTold()
{
    const QDateTime start(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    ManualClock clock(start);
    QCOMPARE(clock.now(), start);
    clock.advanceSeconds(900);
    QCOMPARE(clock.now(), start.addSecs(900));
    clock.setNow(start.addDays(1));
    QCOMPARE(clock.now(), start.addDays(1));
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestClock)
#include "testclock.moc"
