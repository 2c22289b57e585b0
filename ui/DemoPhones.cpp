// SPDX-License-Identifier: Unlicense
#include "DemoPhones.h"

#include "virtual/VirtualPhoneRack.h"

#include <algorithm>

DemoPhones::DemoPhones() : m_rack(std::make_shared<VirtualPhoneRack>()) {}

bool DemoPhones::isVirtual(const QString &location)
{
    return location.startsWith(QLatin1String("virtual:"));
}

PortLister DemoPhones::wrap(PortLister base) const
{
    // Nothing announces a virtual phone: its list is asked again, often
    // only once a phone was plugged in, so an unused demo costs nothing.
    return base.plus([rack = m_rack] { return rack->ports(); }, [rack = m_rack] { return !rack->isEmpty(); });
}

DumpEnvironment DemoPhones::wrap(DumpEnvironment base) const
{
    DumpEnvironment env = base;
    env.lister = wrap(base.lister);
    env.opener = [opener = base.opener, rack = m_rack](const QString &location, DumpError &error) {
        // Only the demo's own phones: an injected environment may have a rack too.
        if (isVirtual(location)) {
            const QList<PortInfo> demoPorts = rack->ports();
            for (const PortInfo &p : demoPorts) {
                if (p.systemLocation == location)
                    return rack->open(location, error);
            }
        }
        return opener(location, error);
    };
    return env;
}

QString DemoPhones::plugIn(bool samePhoneAgain, std::chrono::milliseconds delay)
{
    // Each demo phone has its own flash, like a stack of real phones.
    if (!samePhoneAgain || m_seed == 0) {
        ++m_seed;
        m_flashSize = m_nextFlashSize;
    }
    VirtualPhoneConfig config = VirtualPhoneConfig::mt6261(m_flashSize, m_seed);
    config.link = LinkModel::realistic();
    // A reconnected phone lets the dump finish: the cable is fine now.
    if (!samePhoneAgain)
        config.faults = m_faults;
    return m_rack->plugIn(config, delay);
}

void DemoPhones::unplugAll()
{
    m_rack->unplugAll();
}
