// SPDX-License-Identifier: Unlicense
// The dump as a QObject for a worker thread: move it to a QThread, connect
// its two signals, call start() through a queued signal. What the dump tells
// arrives as dumpEvent() (progress at most ~30 times a second), its outcome as
// ended(). One worker runs one dump. It is cancelled through the flag it is
// given, which its owner keeps: a cancel that comes before start() counts.
#pragma once

#include "CancelFlag.h"
#include "DumpEnvironment.h"
#include "DumpEvent.h"
#include "DumpTypes.h"

#include <QObject>
#include <chrono>
#include <memory>
#include <optional>

// How a dump ended: a result, or the error that stopped it with what was
// known by then (the phone, retries, an unverified file).
struct DumpOutcome
{
    std::optional<DumpResult> result;
    DumpError error;
    DumpResult partial;
};
Q_DECLARE_METATYPE(DumpOutcome)

class DumpWorker : public QObject
{
    Q_OBJECT
public:
    DumpWorker(DumpEnvironment env, std::shared_ptr<const CancelFlag> cancel, QObject *parent = nullptr);

    // Enough for a smooth bar; more only loads the receiving event loop.
    static constexpr std::chrono::milliseconds kProgressInterval{33};

public slots:
    // Runs a whole dump in this object's thread; returns when it is over.
    void start(const DumpRequest &request);

signals:
    void dumpEvent(const DumpEvent &event);
    void ended(const DumpOutcome &outcome);

private:
    DumpEnvironment m_env;
    std::shared_ptr<const CancelFlag> m_cancel;
};
