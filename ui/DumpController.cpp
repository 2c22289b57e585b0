// SPDX-License-Identifier: Unlicense
#include "DumpController.h"

#include "DumpWorker.h"

#include <QThread>

DumpController::DumpController(DumpEnvironment env, QObject *parent)
    : QObject(parent), m_env(std::move(env))
{
}

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
    m_result.reset();
    m_error.reset();

    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("dump"));
    auto *worker = new DumpWorker(m_env);
    worker->moveToThread(thread);

    // The KDE lifetime: started -> run, outcome -> quit, finished -> delete both.
    connect(thread, &QThread::started, worker, [worker, request] { worker->start(request); });
    connect(worker, &DumpWorker::finished, thread, &QThread::quit);
    connect(worker, &DumpWorker::failed, thread, &QThread::quit);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, &DumpController::onThreadFinished);

    // The worker's thread is busy in start(): cancel through the shared flag.
    m_cancel = worker->cancelFlag();

    connect(worker, &DumpWorker::stageChanged, this, &DumpController::stageChanged);
    connect(worker, &DumpWorker::portOpened, this, &DumpController::portOpened);
    connect(worker, &DumpWorker::identified, this, &DumpController::identified);
    connect(worker, &DumpWorker::progress, this, &DumpController::progress);
    connect(worker, &DumpWorker::logMessage, this, &DumpController::logMessage);
    connect(worker, &DumpWorker::finished, this, [this](const DumpResult &r) { m_result = r; });
    connect(worker, &DumpWorker::failed, this, [this](const DumpError &e) { m_error = e; });

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
    if (m_result) {
        emit finished(*std::exchange(m_result, std::nullopt));
    } else {
        DumpError e = m_error.value_or(DumpError{});
        m_error.reset();
        if (!e.isError()) {
            e.code = Mt::ErrorCode::OutputError;
            e.detail = QStringLiteral("the dump thread ended without a result");
        }
        emit failed(e);
    }
}
