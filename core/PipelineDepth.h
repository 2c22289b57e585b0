// SPDX-License-Identifier: Unlicense
// How many READ32 commands the flash reader may keep in flight, and how a
// fault changes that: one at a time at once (careful mode), then back up to
// the deepest depth that has not faulted. One per session, so the verify
// pass goes on where the read pass ended.
#pragma once

#include "DumpTypes.h"

class PipelineDepth
{
public:
    enum class Mode {
        Automatic, // sized to the link (LinkEstimate)
        Fixed,     // as many as asked, never more
        Careful,   // one at a time, every echo awaited
    };
    // What a fault or a good block changed.
    enum class Change {
        None,
        Careful,      // one at a time until the next good block
        StaysCareful, // one at a time for the rest of the session
        Restored,     // pipelined again, up to limit()
    };

    // requested as in DumpRequest::pipelineDepth: DumpDefaults::kAutoDepth,
    // kCarefulDepth, or a fixed depth.
    explicit PipelineDepth(int requested = DumpDefaults::kAutoDepth);

    Mode mode() const { return m_mode; }
    // Commands allowed in flight now; 1 is careful mode.
    int limit() const;
    bool careful() const { return limit() <= 1; }
    bool staysCareful() const { return m_staysCareful; }
    // After a pipelining fault: commands go out no faster than the phone
    // answers them, so a host that was late does not pour its backlog into
    // a receive buffer that may have just overflowed.
    bool paced() const { return m_paced; }
    // The deepest depth that has not faulted (the fixed or automatic target
    // may be lower).
    int ceiling() const { return m_ceiling; }
    // The depth while pipelining: the target within the ceiling.
    int pipelinedDepth() const;
    int target() const { return m_target; }

    // Automatic mode: the depth the link needs, at least 2; the other modes
    // keep theirs. settle() sets it for the rest of the session.
    void setTarget(int depth);
    void settle(int depth);
    bool settled() const { return m_settled; }

    // A retryable fault (timeout, short read, wrong echo, bad status) of a
    // block whose command went out with inFlight commands outstanding, itself
    // included. A fault with n in flight means the phone does not take n:
    // the ceiling drops to n - 1. A fault in careful mode, or one that leaves
    // no depth above 1, makes careful mode stay.
    Change fault(int inFlight);
    // A block came in whole: after the careful read that follows a fault,
    // pipelining resumes.
    Change blockDone();

private:
    Mode m_mode;
    int m_target;
    int m_ceiling;
    bool m_settled = false;
    bool m_recovering = false;
    bool m_staysCareful = false;
    bool m_paced = false;
};
