// SPDX-License-Identifier: Unlicense
#include "DumpWorker.h"

#include "DumpJob.h"

#include <QElapsedTimer>

namespace {
// Passes the job's events on as the worker's signal, dropping progress
// updates that come faster than a window can usefully show them.
class SignalObserver : public DumpObserver
{
public:
    explicit SignalObserver(DumpWorker *worker) : m_worker(worker) { m_sinceLast.start(); }

    void onEvent(const DumpEvent &e) override
    {
        if (const auto *p = std::get_if<DumpEvents::Progress>(&e)) {
            const bool last = p->progress.done >= p->progress.total;
            if (!last && m_sentAny && m_sinceLast.elapsed() < DumpWorker::kProgressInterval.count())
                return;
            m_sentAny = true;
            m_sinceLast.restart();
        }
        emit m_worker->dumpEvent(e);
    }

private:
    DumpWorker *m_worker;
    QElapsedTimer m_sinceLast;
    bool m_sentAny = false;
};
} // namespace

DumpWorker::DumpWorker(DumpEnvironment env, std::shared_ptr<const CancelFlag> cancel, QObject *parent)
    : QObject(parent), m_env(std::move(env)), m_cancel(std::move(cancel))
{
    qRegisterMetaType<DumpRequest>();
    qRegisterMetaType<DumpEvent>();
    qRegisterMetaType<DumpOutcome>();
}

void DumpWorker::start(const DumpRequest &request)
{
    SignalObserver observer(this);
    DumpJob job(request, m_env, &observer, m_cancel.get());
    DumpOutcome outcome;
    if (job.run()) {
        outcome.result = job.result();
    } else {
        outcome.error = job.error();
        outcome.partial = job.result();
    }
    emit ended(outcome);
}
