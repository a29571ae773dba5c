// background.h: work on workers, and frees on a thread of their own that never holds the work up (issue "Measured
// speed": a small login's reply waited 30 ms behind the free of the big account it replaced).
#include "background.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <utility>

class TestBackground final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freesNeverHoldUpTheWorkers();
    void freesRunOnAThreadAtIdlePriority();
    void freesWaitForTheAnswerToBePainted();
};

namespace {

// A value whose destruction waits until the test lets it go: a free that takes as long as the test wants.
struct SlowToFree
{
    QSemaphore* release = nullptr;
    ~SlowToFree()
    {
        if (release) {
            release->acquire();
        }
    }
    SlowToFree() = default;
    explicit SlowToFree(QSemaphore* semaphore)
        : release(semaphore)
    { }
    SlowToFree(SlowToFree&& other) noexcept
        : release(std::exchange(other.release, nullptr))
    { }
    SlowToFree& operator=(SlowToFree&&) = delete;
    SlowToFree(const SlowToFree&) = delete;
    SlowToFree& operator=(const SlowToFree&) = delete;
};

} // namespace

void TestBackground::freesNeverHoldUpTheWorkers()
{
    // As many slow frees as the shared pool has threads: in that pool they would take every one of them.
    QSemaphore release;
    const int frees = QThreadPool::globalInstance()->maxThreadCount();
    for (int i = 0; i < frees; ++i) {
        freeInBackground(SlowToFree(&release));
    }
    const auto releaseAll = qScopeGuard([&] { release.release(frees); }); // also when a check fails
    // Work for the window still runs at once, and its answer comes back.
    QObject context;
    int answer = 0;
    runInBackground(
        &context, [] { return 42; }, [&answer](int result) { answer = result; });
    QTRY_COMPARE_WITH_TIMEOUT(answer, 42, 20'000);
}

void TestBackground::freesRunOnAThreadAtIdlePriority()
{
    std::atomic<QThread*> thread { nullptr };
    std::atomic<int> priority { -1 };
    startBackgroundFree([&] {
        thread = QThread::currentThread();
        priority = int(QThread::currentThread()->priority());
    });
    QVERIFY(backgroundFreePool().waitForDone(20'000));
    QVERIFY(thread.load());
    QVERIFY(thread.load() != QThread::currentThread());
    QCOMPARE(QThread::Priority(priority.load()), QThread::IdlePriority);
}

// A free asked for when an answer replaces what it frees starts only once that answer had time to be painted, and
// still runs by itself.
void TestBackground::freesWaitForTheAnswerToBePainted()
{
    QElapsedTimer asked;
    asked.start();
    std::atomic<qint64> startedAfterMs { -1 };
    startBackgroundFree([&] { startedAfterMs = asked.elapsed(); });
    QVERIFY(backgroundFreePool().waitForDone(20'000));
    QVERIFY2(startedAfterMs.load() >= BackgroundFreeDelayMs, qPrintable(QString::number(startedAfterMs.load())));
}

QTEST_GUILESS_MAIN(TestBackground)
#include "testbackground.moc"
