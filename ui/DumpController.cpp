// SPDX-License-Identifier: Unlicense
#include "DumpController.h"

#include "DumpWorker.h"

#include <QThread>

DumpController::DumpController(DumpEnvironment env, QObject *parent) : QObject(parent), m_env(std::move(env)) {}

DumpController::~DumpController()
{
    if (!m_thread)
        return;
    disconnect(m_thread, nullptr, this, nullptr);
    m_cancel->store(true);
    m_thread->quit();
    m_thread->wait();
}

bool DumpController::start(const DumpRequest &request)
{
    if (m_thread)
        return false;
    m_outcome.reset();
    m_cancel = std::make_shared<CancelFlag>(false);

    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("dump"));
    auto *worker = new DumpWorker(m_env, m_cancel);
    worker->moveToThread(thread);

    // The KDE lifetime: started -> run, outcome -> quit, finished -> delete both.
    connect(thread, &QThread::started, worker, [worker, request] { worker->start(request); });
    connect(worker, &DumpWorker::ended, thread, &QThread::quit);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, &DumpController::onThreadFinished);

    connect(worker, &DumpWorker::dumpEvent, this, &DumpController::dumpEvent);
    connect(worker, &DumpWorker::ended, this,
            [this](const DumpOutcome &o) { m_outcome = std::make_unique<DumpOutcome>(o); });

    m_thread = thread;
    thread->start();
    return true;
}

void DumpController::cancel()
{
    if (m_thread)
        m_cancel->store(true);
}

void DumpController::onThreadFinished()
{
    // Queued signals from one thread arrive in order: the outcome is stored.
    m_thread = nullptr;
    const std::unique_ptr<DumpOutcome> outcome = std::move(m_outcome);
    if (outcome && outcome->result) {
        emit finished(*outcome->result);
        return;
    }
    DumpError e = outcome ? outcome->error : DumpError{};
    if (!e.isError()) {
        e.code = Mt::ErrorCode::OutputError;
        e.detail = tr("The dump thread ended without a result.");
    }
    emit failed(e, outcome ? outcome->partial : DumpResult{});
}
