// SPDX-License-Identifier: Unlicense
// A serial port as the app sees it, and where a picker or a dump finds them.
// Our own value type, because QSerialPortInfo cannot describe a fake or
// virtual port in tests.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <functional>
#include <memory>
#include <type_traits>

class PortMonitor;

struct PortInfo
{
    QString portName;       // ttyACM0, COM5, cu.usbmodem14100
    QString systemLocation; // /dev/ttyACM0, COM5, a pty symlink, virtual:phone
    QString description;
    QString manufacturer;
    quint16 vendorId = 0;
    quint16 productId = 0;
    bool hasUsbId = false;

    bool isMediatekBrom() const;
    // "ttyACM0 — MT65xx Preloader (0E8D:0003)"
    QString displayText() const;

    friend bool operator==(const PortInfo &a, const PortInfo &b)
    {
        return a.systemLocation == b.systemLocation && a.portName == b.portName && a.description == b.description
            && a.vendorId == b.vendorId && a.productId == b.productId && a.hasUsbId == b.hasUsbId
            && a.manufacturer == b.manufacturer;
    }
    friend bool operator!=(const PortInfo &a, const PortInfo &b) { return !(a == b); }
};
Q_DECLARE_METATYPE(PortInfo)

// Where ports come from: the system's, as the shared PortMonitor last listed
// them (listed only when it saw a change, so asking is cheap and nobody
// polls them), and a list of its own (a test's fakes, the demo's virtual
// phones), cheap too, which whoever waits on a port asks again every few
// milliseconds because nothing announces its changes. Call it like a function.
class PortLister
{
public:
    using List = std::function<QList<PortInfo>()>;
    using Predicate = std::function<bool()>;

    PortLister() = default; // no ports at all
    // A list of its own: any callable returning QList<PortInfo>.
    template<typename F,
             typename = std::enable_if_t<
                 !std::is_same_v<std::decay_t<F>, PortLister> && std::is_invocable_r_v<QList<PortInfo>, F &>>>
    PortLister(F list) : m_own(std::move(list))
    {}
    // systemSerialPorts by name is the system's ports; any other function
    // is a list of its own.
    PortLister(QList<PortInfo> (*list)());

    // The ports a monitor follows (PortMonitor::system() for this computer).
    static PortLister monitored(std::shared_ptr<PortMonitor> monitor);
    // These ports and a list of its own, asked again while pollWhile() says
    // so (always without one): the demo's rack only once a phone was plugged.
    PortLister plus(List own, Predicate pollWhile = {}) const;

    // Sorted by system location.
    QList<PortInfo> operator()() const;
    explicit operator bool() const { return m_monitor || m_own; }

    // The monitor behind the system part; null without one.
    const std::shared_ptr<PortMonitor> &monitor() const { return m_monitor; }
    // A part of its own exists, so a waiter must ask again now and then.
    bool hasOwnPart() const { return bool(m_own); }
    // ... and now is a time to ask often.
    bool ownPartIsLive() const { return m_own && (!m_pollWhile || m_pollWhile()); }

private:
    std::shared_ptr<PortMonitor> m_monitor;
    List m_own;
    Predicate m_pollWhile;
};

// The serial ports of this computer as the process-wide PortMonitor last
// listed them, sorted by system location. The first call waits for the
// first list; later calls never enumerate.
QList<PortInfo> systemSerialPorts();

// Every serial port, enumerated now through QSerialPortInfo (costly: about
// 12 ms with 66 ttys on Linux). Only the monitor calls this, after a change.
// On macOS only the cu.* call-out devices: tty.* can block on carrier detect.
QList<PortInfo> enumerateSerialPorts();
