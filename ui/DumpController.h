// SPDX-License-Identifier: Unlicense
// Runs one DumpWorker at a time in its own QThread and re-emits what it
// says, so the window never touches threads. The outcome (finished/failed)
// is emitted only once the thread is over: whoever handles it may start the
// next dump straight away.
#pragma once

#include "DumpEnvironment.h"
#include "CancelFlag.h"
#include "DumpTypes.h"

#include <QObject>
#include <memory>
#include <optional>

class QThread;

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
    void cancel();

signals:
    void stageChanged(Mt::DumpStage stage);
    void portOpened(const QString &systemLocation);
    void identified(const PhoneInfo &phone);
    void progress(const DumpProgress &progress);
    void logMessage(const QString &line);
    void finished(const DumpResult &result);
    void failed(const DumpError &error);

private:
    void onThreadFinished();

    DumpEnvironment m_env;
    QThread *m_thread = nullptr;
    // Shared with the worker: setting it never touches the worker object.
    std::shared_ptr<CancelFlag> m_cancel;
    std::optional<DumpResult> m_result;
    std::optional<DumpError> m_error;
};
