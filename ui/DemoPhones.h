// SPDX-License-Identifier: Unlicense
// "Try with a virtual phone": an in-process VirtualPhoneRack whose ports sit
// next to the real ones, so the whole flow can be tried without a phone.
// The rack is shared with the lister and opener, which may run in the dump
// thread and outlive the window by a moment.
#pragma once

#include "DumpEnvironment.h"
#include "virtual/VirtualPhoneConfig.h"

#include <chrono>
#include <memory>

class VirtualPhoneRack;

class DemoPhones
{
public:
    DemoPhones();

    // base's ports plus the rack's; "virtual:" locations open through the rack.
    DumpEnvironment wrap(DumpEnvironment base) const;
    PortLister wrap(PortLister base) const;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // Faults every demo phone plays, e.g. to show the Failed panel.
    void setFaults(const QList<Fault> &faults) { m_faults = faults; }

    // The flash of the phones plugged in from now on (the usual sizes are
    // FlashImage::kCommonSizes), as the demo banner chooses.
    void setFlashSize(qint64 bytes) { m_nextFlashSize = bytes; }
    qint64 flashSize() const { return m_nextFlashSize; }

    // A fresh MT6261 with a made-up flash of flashSize() bytes and a real
    // phone's link timing, plugged in after delay. Returns its location.
    // With samePhoneAgain, the last phone comes back (same flash and size,
    // no faults), as when a user reconnects a phone to continue its dump.
    QString plugIn(bool samePhoneAgain = false, std::chrono::milliseconds delay = kPlugDelay);
    void unplugAll();

    static bool isVirtual(const QString &location);
    static constexpr std::chrono::milliseconds kPlugDelay{1500};
    static constexpr qint64 kDefaultFlashSize = 4 * FlashImage::kMiB;

private:
    std::shared_ptr<VirtualPhoneRack> m_rack;
    QList<Fault> m_faults;
    quint64 m_seed = 0;                     // the last phone's flash seed; 0 before the first
    qint64 m_flashSize = kDefaultFlashSize; // the last phone's
    qint64 m_nextFlashSize = kDefaultFlashSize;
    bool m_enabled = false;
};
