// SPDX-License-Identifier: Unlicense
// Where a dump finds its ports and how it opens them. Production uses the
// system's serial ports; tests and the built-in demo swap in fakes and the
// virtual phone without the dump logic knowing.
#pragma once

#include "DumpError.h"
#include "PortInfo.h"
#include "Transport.h"

#include <functional>
#include <memory>

using TransportOpener = std::function<std::unique_ptr<Transport>(const QString &systemLocation, DumpError &error)>;

struct DumpEnvironment
{
    // The system's ports through the shared PortMonitor; a test's or the
    // demo's own list is polled (see PortLister).
    PortLister lister = systemSerialPorts;
    TransportOpener opener = openSerialTransport;
    // Whether a typed path exists; a pty never shows in the lister.
    std::function<bool(const QString &path)> pathExists = defaultPathExists;

    static std::unique_ptr<Transport> openSerialTransport(const QString &systemLocation, DumpError &error);
    static bool defaultPathExists(const QString &path);
};
