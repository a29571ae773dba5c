#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
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
