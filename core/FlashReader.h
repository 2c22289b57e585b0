// SPDX-License-Identifier: Unlicense
// Streams a flash range out of the phone block by block. Keeps several READ32
// commands queued so the phone never waits for the host (pipelining); on a
// transient fault it drains the line, drops to one-command-at-a-time and
// retries the block. It never pads, skips or guesses data.
#pragma once

#include "CancelFlag.h"
#include "DumpTypes.h"

#include <QtGlobal>
#include <functional>

class BromClient;

class FlashReader
{
public:
    struct Options
    {
        quint32 blockSize = DumpDefaults::kBlockSize; // bytes, a multiple of 4
        int pipelineDepth = DumpDefaults::kPipelineDepth; // 1: careful mode, every echo awaited
        int maxRetries = DumpDefaults::kBlockRetries; // per block, for timeouts, bad echoes and statuses
    };

    // Receives each block in flash order: its address and the bytes.
    using Sink = std::function<void(quint64 address, const char *data, qint64 size)>;
    // Told about each retry, for the log.
    using RetryNote = std::function<void(quint64 address, int attempt, const QString &why)>;

    FlashReader(BromClient &client, Options options, const CancelFlag *cancel = nullptr);

    // Reads [address, address + length); both 4-aligned, the end at most 4 GiB.
    void read(quint64 address, quint64 length, const Sink &sink);

    void setRetryNote(RetryNote note) { m_retryNote = std::move(note); }
    int retries() const { return m_retries; }
    bool careful() const { return m_careful; }

private:
    BromClient &m_client;
    Options m_options;
    const CancelFlag *m_cancel;
    RetryNote m_retryNote;
    int m_retries = 0;
    bool m_careful = false;
};
