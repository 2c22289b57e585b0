// SPDX-License-Identifier: Unlicense
#include "PortMonitorBackend.h"

std::mutex &systemPortLock()
{
    static std::mutex lock;
    return lock;
}

PollingPortBackend::PollingPortBackend(std::chrono::milliseconds interval, QString name)
    : m_interval(interval), m_name(std::move(name))
{}

void PollingPortBackend::run(PortEvents &events)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        lock.unlock();
        events.listNow(); // the monitor tells a real change from the same list
        lock.lock();
        m_wake.wait_for(lock, m_interval, [this] { return m_stop; });
    }
}

void PollingPortBackend::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
}
