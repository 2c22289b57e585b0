// SPDX-License-Identifier: Unlicense
// A serial port as the app sees it. Our own value type, because
// QSerialPortInfo cannot describe a fake or virtual port in tests.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <functional>

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
        return a.systemLocation == b.systemLocation && a.portName == b.portName
               && a.description == b.description && a.vendorId == b.vendorId
               && a.productId == b.productId && a.hasUsbId == b.hasUsbId
               && a.manufacturer == b.manufacturer;
    }
    friend bool operator!=(const PortInfo &a, const PortInfo &b) { return !(a == b); }
};
Q_DECLARE_METATYPE(PortInfo)

using PortLister = std::function<QList<PortInfo>()>;

// The serial ports of this computer, sorted by system location. On macOS only
// the cu.* call-out devices: tty.* can block on carrier detect.
QList<PortInfo> systemSerialPorts();
