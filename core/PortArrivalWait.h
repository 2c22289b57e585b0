// SPDX-License-Identifier: Unlicense
// A dump's blocking wait for its phone's port. A BROM port may live only
// 0.3 s, so the port is handed over the moment it exists: on the system's
// ports the shared PortMonitor wakes it (and names a MediaTek arrival before
// the list is even made); a typed path wakes it through a PathWatch; only a
// list of one's own (fakes, virtual phones) is asked again every few ms.
#pragma once

#include "CancelFlag.h"
#include "DumpEnvironment.h"

#include <chrono>
#include <optional>

class PortArrivalWait
{
public:
    explicit PortArrivalWait(const DumpEnvironment &env, const CancelFlag *cancel = nullptr);

    // spec: "auto" (first port with USB id 0E8D:0003), a system location, a
    // port name or a path that does not exist yet. timeout 0 waits until
    // cancelled. Returns the system location, or nothing on timeout/cancel.
    std::optional<QString> waitFor(const QString &spec, std::chrono::milliseconds timeout);

    // The port right now, without waiting.
    std::optional<QString> find(const QString &spec) const;

    static bool isAuto(const QString &spec);
    // Whether port is what spec asks for (by USB id, location or name).
    static bool matches(const QString &spec, const PortInfo &port);

private:
    bool hasJustLeft(const PortInfo &port) const;

    const DumpEnvironment &m_env;
    const CancelFlag *m_cancel;
};
