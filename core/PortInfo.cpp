// SPDX-License-Identifier: Unlicense
#include "PortInfo.h"

#include "WireConstants.h"

#include <QSerialPortInfo>
#include <algorithm>

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
        const QString ids = QStringLiteral("%1:%2")
                                .arg(vendorId, 4, 16, QLatin1Char('0'))
                                .arg(productId, 4, 16, QLatin1Char('0'));
        text += QStringLiteral(" (%1)").arg(ids.toUpper());
    }
    return text;
}

QList<PortInfo> systemSerialPorts()
{
    QList<PortInfo> ports;
    const auto available = QSerialPortInfo::availablePorts();
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
    std::sort(ports.begin(), ports.end(), [](const PortInfo &a, const PortInfo &b) {
        return a.systemLocation < b.systemLocation;
    });
    return ports;
}
