// SPDX-License-Identifier: Unlicense
#include "PortCatalog.h"

#include "Log.h"
#include "PortMonitor.h"

#include <algorithm>

PortCatalog::PortCatalog(PortLister lister, QObject *parent) : QObject(parent), m_lister(std::move(lister))
{
    m_poll.setTimerType(Qt::PreciseTimer);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        refresh();
        updatePolling(); // the demo's rack may have come to life
    });
}

void PortCatalog::start()
{
    m_running = true;
    if (const auto &monitor = m_lister.monitor(); monitor && !m_monitorConnection) {
        // Queued: the signal comes from the monitor's thread, and the list
        // is read here, on ours.
        m_monitorConnection = connect(monitor.get(), &PortMonitor::portsListed, this, &PortCatalog::refresh,
                                      Qt::QueuedConnection);
        monitor->start();
    }
    refresh();
    updatePolling();
}

void PortCatalog::stop()
{
    m_running = false;
    disconnect(m_monitorConnection);
    m_monitorConnection = {};
    updatePolling();
}

void PortCatalog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    updatePolling();
    if (waiting)
        refresh();
}

void PortCatalog::updatePolling()
{
    if (!m_running || !m_lister.hasOwnPart()) {
        m_poll.stop();
        return;
    }
    const int interval = m_waiting && m_lister.ownPartIsLive() ? kWaitingIntervalMs : kIdleIntervalMs;
    if (!m_poll.isActive() || m_poll.interval() != interval)
        m_poll.start(interval);
}

void PortCatalog::refresh()
{
    QList<PortInfo> now = m_lister();
    std::sort(now.begin(), now.end(),
              [](const PortInfo &a, const PortInfo &b) { return a.systemLocation < b.systemLocation; });
    if (now == m_ports)
        return;
    const QList<PortInfo> before = std::exchange(m_ports, now);
    for (const PortInfo &p : std::as_const(before)) {
        if (!m_ports.contains(p)) {
            qCDebug(lcPort) << "port removed:" << p.systemLocation;
            emit portRemoved(p);
        }
    }
    for (const PortInfo &p : std::as_const(m_ports)) {
        if (!before.contains(p)) {
            qCDebug(lcPort) << "port added:" << p.systemLocation;
            emit portAdded(p);
        }
    }
    emit portsChanged(m_ports);
}
