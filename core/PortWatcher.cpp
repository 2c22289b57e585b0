// SPDX-License-Identifier: Unlicense
#include "PortWatcher.h"

#include "Log.h"

#include <algorithm>

PortWatcher::PortWatcher(PortLister lister, QObject *parent)
    : QObject(parent), m_lister(std::move(lister))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIdleIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PortWatcher::refresh);
}

void PortWatcher::start()
{
    refresh();
    m_timer.start();
}

void PortWatcher::stop()
{
    m_timer.stop();
}

void PortWatcher::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_timer.setInterval(waiting ? kWaitingIntervalMs : kIdleIntervalMs);
    if (waiting)
        refresh();
}

void PortWatcher::refresh()
{
    QList<PortInfo> now = m_lister();
    std::sort(now.begin(), now.end(), [](const PortInfo &a, const PortInfo &b) {
        return a.systemLocation < b.systemLocation;
    });
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
