// SPDX-License-Identifier: Unlicense
// Waits, blocking, for the phone's port to appear. A BROM port may live only
// 0.3 s, so it polls fast and hands the port over the moment it exists.
#pragma once

#include "CancelFlag.h"
#include "DumpEnvironment.h"

#include <chrono>
#include <optional>

class PortWaiter
{
public:
    explicit PortWaiter(const DumpEnvironment &env, const CancelFlag *cancel = nullptr);

    // spec: "auto" (first port with USB id 0E8D:0003), a system location, a
    // port name or a path that does not exist yet. timeout 0 waits until
    // cancelled. Returns the system location, or nothing on timeout/cancel.
    std::optional<QString> waitFor(const QString &spec, std::chrono::milliseconds timeout);

    // The port right now, without waiting.
    std::optional<QString> find(const QString &spec) const;

    static bool isAuto(const QString &spec);

private:
    const DumpEnvironment &m_env;
    const CancelFlag *m_cancel;
};
