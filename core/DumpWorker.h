// SPDX-License-Identifier: Unlicense
// The dump as a QObject for a worker thread: move it to a QThread, connect
// its signals, call start() through a queued signal. Everything it reports
// arrives as signals; progress at most ~30 times a second. One worker runs
// one dump: a cancel that arrives before start() still counts.
#pragma once

#include "CancelFlag.h"
#include "DumpEnvironment.h"
#include "DumpTypes.h"

#include <QObject>
#include <memory>

class DumpWorker : public QObject
{
    Q_OBJECT
public:
    explicit DumpWorker(DumpEnvironment env = {}, QObject *parent = nullptr);

    static constexpr int kProgressIntervalMs = 33;

public slots:
    // Runs a whole dump in this object's thread; returns when it is over.
    void start(const DumpRequest &request);
    // Thread-safe: only sets an atomic flag. Connect with Qt::DirectConnection
    // so it works while start() is busy.
    void cancel();

public:
    // The flag cancel() sets. A controller keeps a copy, so it can cancel
    // without touching the worker, which its thread may be deleting.
    std::shared_ptr<CancelFlag> cancelFlag() const { return m_cancel; }

signals:
    void stageChanged(Mt::DumpStage stage);
    void portOpened(const QString &systemLocation);
    void identified(const PhoneInfo &phone);
    void progress(const DumpProgress &progress);
    void logMessage(const QString &line);
    void finished(const DumpResult &result);
    void failed(const DumpError &error);

private:
    DumpEnvironment m_env;
    std::shared_ptr<CancelFlag> m_cancel = std::make_shared<CancelFlag>(false);
};
