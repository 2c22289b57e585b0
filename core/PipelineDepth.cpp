// SPDX-License-Identifier: Unlicense
#include "PipelineDepth.h"

#include "LinkEstimate.h"

#include <algorithm>

namespace {
PipelineDepth::Mode modeFor(int requested)
{
    if (requested == DumpDefaults::kAutoDepth)
        return PipelineDepth::Mode::Automatic;
    return requested <= DumpDefaults::kCarefulDepth ? PipelineDepth::Mode::Careful : PipelineDepth::Mode::Fixed;
}
} // namespace

PipelineDepth::PipelineDepth(int requested) : m_mode(modeFor(requested))
{
    switch (m_mode) {
    case Mode::Automatic:
        // Until setTarget(): the depth the full-speed rate needs over the
        // assumed round trip at the default block size.
        m_target = LinkEstimate().depthFor(DumpDefaults::kBlockSize);
        m_ceiling = LinkEstimate::kMaxDepth;
        break;
    case Mode::Fixed:
        m_target = requested;
        m_ceiling = requested;
        break;
    case Mode::Careful:
        m_target = DumpDefaults::kCarefulDepth;
        m_ceiling = DumpDefaults::kCarefulDepth;
        m_staysCareful = true;
        break;
    }
}

int PipelineDepth::limit() const
{
    if (m_staysCareful || m_recovering)
        return DumpDefaults::kCarefulDepth;
    return pipelinedDepth();
}

int PipelineDepth::pipelinedDepth() const
{
    return std::min(m_target, m_ceiling);
}

void PipelineDepth::setTarget(int depth)
{
    if (m_mode == Mode::Automatic && !m_settled)
        m_target = std::max(2, depth);
}

void PipelineDepth::settle(int depth)
{
    setTarget(depth);
    m_settled = true;
}

PipelineDepth::Change PipelineDepth::fault(int inFlight)
{
    if (m_staysCareful)
        return Change::None;
    if (m_recovering) {
        // Careful mode failed too: pipelining was not the trouble.
        m_recovering = false;
        m_staysCareful = true;
        return Change::StaysCareful;
    }
    // A lone command in flight says nothing about depth; it is still read
    // again carefully.
    if (inFlight >= 2) {
        m_ceiling = std::min(m_ceiling, inFlight - 1);
        m_paced = true;
    }
    if (m_ceiling <= DumpDefaults::kCarefulDepth) {
        m_staysCareful = true;
        return Change::StaysCareful;
    }
    m_recovering = true;
    return Change::Careful;
}

PipelineDepth::Change PipelineDepth::blockDone()
{
    if (!m_recovering)
        return Change::None;
    m_recovering = false;
    return Change::Restored;
}
