// SPDX-License-Identifier: Unlicense
// Systems with no port notifications we know of: list every two seconds.
#include "PortMonitorBackend.h"

std::unique_ptr<PortMonitorBackend> PortMonitorBackend::createForSystem()
{
    return std::make_unique<PollingPortBackend>(std::chrono::milliseconds(2000));
}
