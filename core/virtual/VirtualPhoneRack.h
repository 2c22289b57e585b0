// SPDX-License-Identifier: Unlicense
// A thread-safe set of in-process virtual ports: the GUI's "Try with a
// virtual phone" and the tests plug phones in here and list and open them
// like serial ports.
#pragma once

#include "DumpError.h"
#include "PortInfo.h"
#include "Transport.h"
#include "VirtualPhone.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QString>
#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

class VirtualPhoneRack
{
    Q_DECLARE_TR_FUNCTIONS(VirtualPhoneRack)

public:
    VirtualPhoneRack() = default;
    VirtualPhoneRack(const VirtualPhoneRack &) = delete;
    VirtualPhoneRack &operator=(const VirtualPhoneRack &) = delete;

    // Plugs a new phone in after delay (plus 2 s with FaultKind::LatePort).
    // Its port is "virtual:N" (N from 1), named "virtual-N", USB id
    // 0E8D:0003. Returns the system location.
    QString plugIn(const VirtualPhoneConfig &config, std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    // The ports present now; usable as a PortLister.
    QList<PortInfo> ports() const;
    // No phone was ever plugged in.
    bool isEmpty() const;
    // PortNotFound if absent, PortBusy if already open.
    std::unique_ptr<Transport> open(const QString &systemLocation, DumpError &error);
    // The phone behind a location now (a fresh one after a re-enumeration),
    // nullptr if unknown. Not thread-safe against an open transport.
    std::shared_ptr<VirtualPhone> phone(const QString &systemLocation) const;
    void unplugAll();

private:
    struct Slot
    {
        int number = 0;
        QString location;
        VirtualPhoneConfig config;
        std::shared_ptr<QMutex> lock = std::make_shared<QMutex>();
        std::shared_ptr<VirtualPhone> phone;
        // Per phone: a re-enumerated port is a new device, free to open.
        std::shared_ptr<std::atomic<bool>> opened = std::make_shared<std::atomic<bool>>(false);
        int reEnumerations = 0;
        bool unplugged = false;
    };

    // Brings a slot's phone up to now, re-plugging it for ReEnumerationLoop.
    // Holds the slot's lock.
    static void refresh(Slot &slot, VirtualPhone::Clock::time_point now);
    static PortInfo portInfo(const Slot &slot);
    Slot *find(const QString &systemLocation) const;

    mutable QMutex m_mutex;
    // Slots never move once created, so find() can hand out pointers.
    mutable std::vector<std::unique_ptr<Slot>> m_slots;
};
