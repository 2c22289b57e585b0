// SPDX-License-Identifier: Unlicense
// Streams a flash range out of the phone block by block. Keeps as many
// READ32 commands queued as the link needs so the phone never waits for the
// host (pipelining, sized by PipelineDepth from the session's LinkEstimate);
// on a transient fault it drains the line, reads the block again one command
// at a time and then climbs back. It never pads, skips or guesses data.
#pragma once

#include "CancelFlag.h"
#include "DumpError.h"
#include "DumpTypes.h"
#include "LinkEstimate.h"
#include "PipelineDepth.h"

#include <QCoreApplication>
#include <QtGlobal>
#include <chrono>
#include <deque>
#include <functional>
#include <optional>

class BromClient;

class FlashReader
{
    Q_DECLARE_TR_FUNCTIONS(FlashReader)

public:
    struct Options
    {
        quint32 blockSize = DumpDefaults::kBlockSize; // bytes, a multiple of 4
        int maxRetries = DumpDefaults::kBlockRetries; // per block, for timeouts, bad echoes and statuses
    };

    // What the reader tells about its depth, for the log.
    struct DepthNote
    {
        enum class Kind {
            Sized,        // the depth for the session is chosen; link says what it rests on
            Careful,      // a fault: one block read carefully, then back up to depth
            StaysCareful, // careful mode for the rest of the session
            Restored,     // depth commands in flight again
        };
        Kind kind = Kind::Sized;
        int depth = 0;    // the depth from now on (Careful: the one it climbs back to)
        int inFlight = 0; // Careful, StaysCareful: commands in flight at the fault
        LinkEstimate link;
    };

    // Receives each block in flash order: its address and the bytes.
    using Sink = std::function<void(quint64 address, const char *data, qint64 size)>;
    // Told about each retry, for the log.
    using RetryNote = std::function<void(quint64 address, int attempt, const QString &why)>;
    using DepthNoteFn = std::function<void(const DepthNote &note)>;

    // depth is shared by the passes of a session; the round trips and the
    // rate are measured into client.link().
    FlashReader(BromClient &client, Options options, PipelineDepth &depth, const CancelFlag *cancel = nullptr);

    // Reads [address, address + length); both 4-aligned, the end at most 4 GiB.
    void read(quint64 address, quint64 length, const Sink &sink);

    void setRetryNote(RetryNote note) { m_retryNote = std::move(note); }
    void setDepthNote(DepthNoteFn note) { m_depthNote = std::move(note); }
    int retries() const { return m_retries; }
    bool careful() const { return m_depth.careful(); }
    const PipelineDepth &depth() const { return m_depth; }

private:
    using Clock = std::chrono::steady_clock;
    struct InFlight
    {
        quint64 address = 0;
        quint32 size = 0;
        int depth = 0;            // commands outstanding once it was sent, itself included
        bool atFullDepth = false; // depth was the limit then
    };

    // After a fault: rethrows it when it cannot be retried (or the block's
    // tries are spent); else tells, adjusts the depth and clears the line.
    void recover(const DumpException &e, quint64 received, bool careful, int &attempt);
    // Queues commands for the blocks after the queued ones, up to the depth
    // and a few at a time. Once the port is gone, answers already queued
    // are still read; then the loss is thrown.
    void sendAhead(quint64 received, quint64 end);
    // Commands that may go out now besides the first: kSendsPerAnswer, or
    // when paced what the phone has had time to answer.
    int pacedAllowance();
    void receiveHead(char *out);
    // Feeds the rate estimate and, once it is measured, settles the depth.
    void measure(const InFlight &block, Clock::time_point done);
    void settle();
    void tell(DepthNote::Kind kind, int inFlight = 0);
    void onChange(PipelineDepth::Change change, int inFlight);

    BromClient &m_client;
    Options m_options;
    PipelineDepth &m_depth;
    const CancelFlag *m_cancel;
    RetryNote m_retryNote;
    DepthNoteFn m_depthNote;
    std::deque<InFlight> m_queue;
    std::optional<Clock::time_point> m_lastDone; // the previous block sent at full depth, if the last one was
    std::optional<DumpError> m_lostLink;         // a send found the port gone
    double m_sendCredit = 0;                     // paced: commands that may go out
    Clock::time_point m_creditAt;
    int m_retries = 0;
};
