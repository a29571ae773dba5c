#pragma once

#include <QDeadlineTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

// Runs work() on a worker thread of QThreadPool::globalInstance(), then done(result) on context's thread, in a turn
// of its event loop; done is not called at all once context is destroyed. work gets only what it captured (by value):
// it must touch no object of the calling thread. For the few jobs that would freeze the window (parsing or
// pretty-printing a reply of megabytes); QtCore only, no Qt Concurrent.
template <typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    promise->future().then(context, [done = std::move(done)](const Result& result) mutable { done(result); });
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

// How many values freeInBackground() was given in this process (the tests read it).
inline std::atomic<int>& backgroundFreeCount()
{
    static std::atomic<int> count { 0 };
    return count;
}

// Where freeInBackground() frees: one thread of its own at idle priority, apart from QThreadPool::globalInstance().
// A free in the shared pool held up the work a window waits for (the next reply parsed on a worker waited behind
// the last big account's free: 30 ms of a small login) and took a processor the window needed. Tests wait on it
// with waitForDone().
inline QThreadPool& backgroundFreePool()
{
    struct Janitor final : QThreadPool
    {
        Janitor()
        {
            setMaxThreadCount(1);
            setThreadPriority(QThread::IdlePriority);
        }
    };
    static Janitor pool;
    return pool;
}

// How long a free waits before it starts, in milliseconds.
inline constexpr int BackgroundFreeDelayMs = 150;

// Runs free() on the background free thread, BackgroundFreeDelayMs after it was asked for: for a job that only lets
// go of something (see freeInBackground). A free is asked for when an answer replaces what it frees, and freeing
// megabytes at once (glibc's arena lock, the caches both threads share) slowed the window's own work on that answer
// by half: a small login after the big account's took 15–30 ms to show instead of 10, on two cores.
template <typename Free>
void startBackgroundFree(Free free)
{
    const QDeadlineTimer due(BackgroundFreeDelayMs);
    backgroundFreePool().start([due, free = std::move(free)]() mutable {
        if (!due.hasExpired()) {
            QThread::msleep(static_cast<unsigned long>(due.remainingTime()));
        }
        free();
    });
}

// Frees value on the background free thread (backgroundFreePool()): for the few values whose destruction alone takes
// tens of milliseconds (a reply of megabytes parsed, a tree of thousands of nodes), so that the window goes on at
// once. value must be owned here alone or shared only implicitly (Qt's reference counts are atomic), hold no QObject,
// and nothing may point into it any more.
template <typename T>
void freeInBackground(T value)
{
    auto held = std::make_shared<T>(std::move(value));
    backgroundFreeCount().fetch_add(1);
    // Moved, not copied, into the job: a copy kept here until return would free the value on this thread whenever
    // the worker let go of its own first.
    startBackgroundFree([held = std::move(held)]() mutable { held.reset(); });
}
