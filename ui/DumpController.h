// SPDX-License-Identifier: Unlicense
// Runs one DumpWorker at a time in its own QThread and passes on what it
// says, so the window never touches threads. The outcome (finished/failed)
// is emitted only once the thread is over: whoever handles it may start the
// next dump straight away.
#pragma once

#include "CancelFlag.h"
#include "DumpEnvironment.h"
#include "DumpEvent.h"
#include "DumpTypes.h"

#include <QObject>
#include <memory>
#include <optional>

class QThread;
struct DumpOutcome;

class DumpController : public QObject
{
    Q_OBJECT
public:
    explicit DumpController(DumpEnvironment env, QObject *parent = nullptr);
    // Cancels a running dump and waits for its thread: only reached when the
    // window is destroyed without closing first (tests); the worker notices
    // the cancel within milliseconds.
    ~DumpController() override;

    bool isRunning() const { return m_thread != nullptr; }
    // False (and nothing happens) while a dump is running.
    bool start(const DumpRequest &request);

public slots:
    // Thread-safe and immediate: sets the flag the worker polls.
    void cancel();

signals:
    void dumpEvent(const DumpEvent &event);
    void finished(const DumpResult &result);
    // partial: what was known when it stopped (the phone, the port, retries).
    void failed(const DumpError &error, const DumpResult &partial);

private:
    void onThreadFinished();

    DumpEnvironment m_env;
    QThread *m_thread = nullptr;
    // Shared with the worker: setting it never touches the worker object,
    // which its thread may be deleting.
    std::shared_ptr<CancelFlag> m_cancel;
    std::unique_ptr<DumpOutcome> m_outcome;
};
