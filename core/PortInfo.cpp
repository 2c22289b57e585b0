// SPDX-License-Identifier: Unlicense
#include "PortInfo.h"

#include "PortMonitor.h"
#include "PortMonitorBackend.h"
#include "WireConstants.h"

#include <QSerialPortInfo>
#include <algorithm>

namespace {
void sortByLocation(QList<PortInfo> &ports)
{
    std::sort(ports.begin(), ports.end(),
              [](const PortInfo &a, const PortInfo &b) { return a.systemLocation < b.systemLocation; });
}
} // namespace

bool PortInfo::isMediatekBrom() const
{
    return hasUsbId && vendorId == Wire::kMediatekVid && productId == Wire::kBromPid;
}

QString PortInfo::displayText() const
{
    QString text = portName.isEmpty() ? systemLocation : portName;
    if (!description.isEmpty())
        text += QStringLiteral(" \u2014 ") + description;
    if (hasUsbId) {
        const QString ids =
            QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
        text += QStringLiteral(" (%1)").arg(ids.toUpper());
    }
    return text;
}

PortLister::PortLister(QList<PortInfo> (*list)())
{
    if (list == &systemSerialPorts)
        m_monitor = PortMonitor::system();
    else if (list)
        m_own = list;
}

PortLister PortLister::monitored(std::shared_ptr<PortMonitor> monitor)
{
    PortLister lister;
    lister.m_monitor = std::move(monitor);
    return lister;
}

PortLister PortLister::plus(List own, Predicate pollWhile) const
{
    PortLister sum = *this;
    if (!own)
        return sum;
    if (!m_own) {
        sum.m_own = std::move(own);
        sum.m_pollWhile = std::move(pollWhile);
        return sum;
    }
    sum.m_own = [a = m_own, b = std::move(own)] { return a() + b(); };
    // Both parts are asked together: often while either wants it.
    if (m_pollWhile && pollWhile)
        sum.m_pollWhile = [a = m_pollWhile, b = std::move(pollWhile)] { return a() || b(); };
    else
        sum.m_pollWhile = {};
    return sum;
}

QList<PortInfo> PortLister::operator()() const
{
    QList<PortInfo> ports = m_monitor ? m_monitor->ports() : QList<PortInfo>{};
    if (!m_own)
        return ports; // the monitor keeps its list sorted
    ports += m_own();
    sortByLocation(ports);
    return ports;
}

QList<PortInfo> systemSerialPorts()
{
    return PortMonitor::system()->ports();
}

QList<PortInfo> enumerateSerialPorts()
{
    QList<PortInfo> ports;
    std::unique_lock<std::mutex> lock(systemPortLock());
    const auto available = QSerialPortInfo::availablePorts();
    lock.unlock();
    for (const QSerialPortInfo &info : available) {
#ifdef Q_OS_MACOS
        if (!info.portName().startsWith(QLatin1String("cu.")))
            continue;
#endif
        PortInfo p;
        p.portName = info.portName();
        p.systemLocation = info.systemLocation();
        p.description = info.description();
        p.manufacturer = info.manufacturer();
        p.hasUsbId = info.hasVendorIdentifier() && info.hasProductIdentifier();
        p.vendorId = info.vendorIdentifier();
        p.productId = info.productIdentifier();
        ports.append(p);
    }
    sortByLocation(ports);
    return ports;
}
