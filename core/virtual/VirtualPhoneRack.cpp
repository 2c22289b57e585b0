// SPDX-License-Identifier: Unlicense
#include "VirtualPhoneRack.h"

#include "Isolate.h"
#include "VirtualTransport.h"
#include "WireConstants.h"

#include <QMutexLocker>

using Clock = VirtualPhone::Clock;

QString VirtualPhoneRack::plugIn(const VirtualPhoneConfig &config, std::chrono::milliseconds delay)
{
    QMutexLocker locker(&m_mutex);
    auto slot = std::make_unique<Slot>();
    slot->number = int(m_slots.size()) + 1;
    slot->location = QStringLiteral("virtual:%1").arg(slot->number);
    slot->config = config;
    slot->phone = std::make_shared<VirtualPhone>(config, Clock::now() + VirtualFaults::plugDelay(config, delay));
    const QString location = slot->location;
    m_slots.push_back(std::move(slot));
    return location;
}

void VirtualPhoneRack::refresh(Slot &slot, Clock::time_point now)
{
    slot.phone->advance(now);
    const Fault *loop = slot.config.findFault(FaultKind::ReEnumerationLoop);
    // Without a handshake the port comes back as a new device a moment
    // later, until a handshake happens or the fault has played out.
    while (!slot.unplugged && loop && slot.phone->goneReason() == VirtualPhone::GoneReason::BootedNormally
           && (loop->times == 0 || slot.reEnumerations < loop->times)) {
        ++slot.reEnumerations;
        const auto back = *slot.phone->goneTime() + VirtualFaults::kReEnumerationGap;
        slot.phone = std::make_shared<VirtualPhone>(slot.config, back);
        slot.opened = std::make_shared<std::atomic<bool>>(false);
        slot.phone->advance(now);
    }
}

PortInfo VirtualPhoneRack::portInfo(const Slot &slot)
{
    PortInfo p;
    p.portName = QStringLiteral("virtual-%1").arg(slot.number);
    p.systemLocation = slot.location;
    p.description = tr("MTreader virtual phone");
    p.vendorId = Wire::kMediatekVid;
    p.productId = Wire::kBromPid;
    p.hasUsbId = true;
    return p;
}

QList<PortInfo> VirtualPhoneRack::ports() const
{
    QMutexLocker locker(&m_mutex);
    QList<PortInfo> out;
    const auto now = Clock::now();
    for (const auto &slot : m_slots) {
        QMutexLocker slotLocker(slot->lock.get());
        refresh(*slot, now);
        if (now >= slot->phone->pluggedInTime() && !slot->phone->isGone())
            out.append(portInfo(*slot));
    }
    return out;
}

bool VirtualPhoneRack::isEmpty() const
{
    QMutexLocker locker(&m_mutex);
    return m_slots.empty();
}

VirtualPhoneRack::Slot *VirtualPhoneRack::find(const QString &systemLocation) const
{
    for (const auto &slot : m_slots) {
        if (slot->location == systemLocation)
            return slot.get();
    }
    return nullptr;
}

std::unique_ptr<Transport> VirtualPhoneRack::open(const QString &systemLocation, DumpError &error)
{
    QMutexLocker locker(&m_mutex);
    error = DumpError{};
    error.port = systemLocation;
    Slot *slot = find(systemLocation);
    if (!slot) {
        error.code = Mt::ErrorCode::PortNotFound;
        error.detail = tr("There is no virtual port %1.").arg(Isolate::value(systemLocation));
        return nullptr;
    }
    QMutexLocker slotLocker(slot->lock.get());
    const auto now = Clock::now();
    refresh(*slot, now);
    if (now < slot->phone->pluggedInTime() || slot->phone->isGone()) {
        error.code = Mt::ErrorCode::PortNotFound;
        error.detail = tr("The virtual port %1 is not present.").arg(Isolate::value(systemLocation));
        return nullptr;
    }
    if (slot->opened->exchange(true)) {
        error.code = Mt::ErrorCode::PortBusy;
        error.detail = tr("The virtual port %1 is already open.").arg(Isolate::value(systemLocation));
        return nullptr;
    }
    auto opened = slot->opened;
    return std::make_unique<VirtualTransport>(slot->phone, slot->lock, [opened] { opened->store(false); });
}

std::shared_ptr<VirtualPhone> VirtualPhoneRack::phone(const QString &systemLocation) const
{
    QMutexLocker locker(&m_mutex);
    Slot *slot = find(systemLocation);
    if (!slot)
        return nullptr;
    QMutexLocker slotLocker(slot->lock.get());
    refresh(*slot, Clock::now());
    return slot->phone;
}

void VirtualPhoneRack::unplugAll()
{
    QMutexLocker locker(&m_mutex);
    for (const auto &slot : m_slots) {
        QMutexLocker slotLocker(slot->lock.get());
        slot->unplugged = true;
        slot->phone->unplug(VirtualPhone::GoneReason::Unplugged);
    }
}
