// SPDX-License-Identifier: Unlicense
#include "DumpWorker.h"

#include "DumpJob.h"

#include <QElapsedTimer>

namespace {
// Turns the job's callbacks into signals, dropping progress updates that
// come faster than the window can usefully show them.
class SignalObserver : public DumpObserver
{
public:
    explicit SignalObserver(DumpWorker *worker) : m_worker(worker) { m_sinceLast.start(); }

    void stageChanged(Mt::DumpStage stage) override { emit m_worker->stageChanged(stage); }
    void portOpened(const QString &location) override { emit m_worker->portOpened(location); }
    void identified(const PhoneInfo &phone) override { emit m_worker->identified(phone); }
    void log(const QString &line) override { emit m_worker->logMessage(line); }
    void progress(const DumpProgress &p) override
    {
        const bool last = p.done >= p.total;
        if (!last && m_sentAny && m_sinceLast.elapsed() < DumpWorker::kProgressIntervalMs)
            return;
        m_sentAny = true;
        m_sinceLast.restart();
        emit m_worker->progress(p);
    }

private:
    DumpWorker *m_worker;
    QElapsedTimer m_sinceLast;
    bool m_sentAny = false;
};
} // namespace

DumpWorker::DumpWorker(DumpEnvironment env, QObject *parent) : QObject(parent), m_env(std::move(env))
{
    qRegisterMetaType<DumpRequest>();
    qRegisterMetaType<DumpResult>();
    qRegisterMetaType<DumpProgress>();
    qRegisterMetaType<PhoneInfo>();
    qRegisterMetaType<DumpError>();
}

void DumpWorker::start(const DumpRequest &request)
{
    SignalObserver observer(this);
    DumpJob job(request, m_env, &observer, m_cancel.get());
    if (job.run())
        emit finished(job.result());
    else
        emit failed(job.error());
}

void DumpWorker::cancel()
{
    m_cancel->store(true);
}
