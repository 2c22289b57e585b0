// SPDX-License-Identifier: Unlicense
// Register quirks are a table, not a replay of the capture: a keyed write
// must carry its key in the high byte, and some bits read back set because
// the hardware sets them.
#include "PhoneMemory.h"

#include "FlashImage.h"
#include "WireConstants.h"

#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace {

// The four identity half-words, each at the start of a 32-bit slot.
constexpr quint32 kIdentityBase = Wire::kRegHwVersion;
constexpr quint32 kIdentityEnd = Wire::kRegSubCode + 4;

struct RegisterRule
{
    quint32 address;
    quint16 keyMask; // bits that must equal key for the write to take effect
    quint16 key;
    quint16 storeMask; // bits the write stores; the others read back 0
    quint16 setBits;   // bits the hardware sets after any accepted write
};

const RegisterRule kRules[] = {
    // PMU 0xA0700A14: the capture writes 6001 and reads back 6009. Bit 3 is
    // taken to be a status bit the PMU sets itself [GUESS].
    {0xA0700A14, 0x0000, 0x0000, 0xFFFF, 0x0008},
    // RTC BBPU: writes need key 0x43 in the high byte and only the low byte
    // is a register (capture: 430e reads back 000e); unkeyed writes are
    // dropped, as the RTC does for its other keyed registers.
    {0xA0710000, 0xFF00, 0x4300, 0x00FF, 0x0000},
    // WDT mode: key 0x22 in the high byte, the low byte holds the mode bits.
    {Wire::kRegWdtMode, PhoneMemory::kWdtKeyMask, Wire::kWdtModeDisable &PhoneMemory::kWdtKeyMask, 0x00FF, 0x0000},
};

const RegisterRule *ruleFor(quint32 address)
{
    for (const RegisterRule &r : kRules) {
        if (r.address == address)
            return &r;
    }
    return nullptr;
}

// Stands in for the BROM code mapped at 0 before remap: ARM-looking words,
// 64 KiB repeating, never equal to the flash image.
quint32 bromWord(quint32 index)
{
    quint64 state = 0xB0070000ull + (index & 0x3FFF);
    const quint64 r = FlashImage::splitmix64(state);
    if ((index & 15) == 15)
        return 0;
    return 0xE0000000u | quint32(r & 0x0FFFFFFF);
}

} // namespace

PhoneMemory::PhoneMemory(const VirtualPhoneConfig &config)
    : m_flash(config.flash),
      m_wrapsAround(config.wrapsAround),
      m_identity{config.hwVersion, config.swVersion, config.chipCode, config.subCode}
{
    for (auto it = config.registers16.cbegin(); it != config.registers16.cend(); ++it)
        m_registers.insert(it.key(), it.value());
}

quint8 PhoneMemory::windowByte(quint32 address) const
{
    if (flashMapped()) {
        char b;
        copyFlash(address, &b, 1);
        return quint8(b);
    }
    return quint8(bromWord(address >> 2) >> ((address & 3) * 8));
}

quint16 PhoneMemory::read16(quint32 address) const
{
    if (address >= kIdentityBase && address < kIdentityEnd) {
        const quint32 off = address - kIdentityBase;
        return (off & 3) == 0 ? m_identity[off / 4] : 0;
    }
    if (address < kFlashWindowEnd)
        return quint16(windowByte(address) | (windowByte(address + 1) << 8));
    // docs/protocol.md is silent on unmapped addresses: they read 0, like an
    // idle APB slave.
    return m_registers.value(address, 0);
}

quint32 PhoneMemory::read32(quint32 address) const
{
    return quint32(read16(address)) | (quint32(read16(address + 2)) << 16);
}

void PhoneMemory::write16(quint32 address, quint16 value)
{
    // The flash is not writable through memory writes, nor is the BROM or
    // the identity block.
    if (address < kFlashWindowEnd || (address >= kIdentityBase && address < kIdentityEnd))
        return;
    if (const RegisterRule *rule = ruleFor(address)) {
        if ((value & rule->keyMask) != rule->key)
            return;
        value = quint16((value & rule->storeMask) | rule->setBits);
    }
    m_registers.insert(address, value);
}

void PhoneMemory::write32(quint32 address, quint32 value)
{
    write16(address, quint16(value));
    write16(address + 2, quint16(value >> 16));
}

QByteArray PhoneMemory::read16Wire(quint32 address, quint32 count) const
{
    QByteArray out(qsizetype(count) * 2, Qt::Uninitialized);
    char *p = out.data();
    for (quint32 i = 0; i < count; ++i)
        qToBigEndian(read16(address + 2 * i), p + 2 * i);
    return out;
}

void PhoneMemory::copyFlash(quint32 offset, char *out, qint64 n) const
{
    const qint64 size = m_flash.size();
    if (!m_wrapsAround || size == 0) {
        const qint64 inside = std::clamp<qint64>(size - qint64(offset), 0, n);
        if (inside > 0)
            std::memcpy(out, m_flash.constData() + offset, size_t(inside));
        std::memset(out + inside, 0xFF, size_t(n - inside));
        return;
    }
    qint64 at = qint64(offset) % size;
    while (n > 0) {
        const qint64 take = std::min(n, size - at);
        std::memcpy(out, m_flash.constData() + at, size_t(take));
        out += take;
        n -= take;
        at = 0;
    }
}

QByteArray PhoneMemory::read32Wire(quint32 address, quint32 count) const
{
    const qint64 bytes = qint64(count) * 4;
    QByteArray out(bytes, Qt::Uninitialized);
    char *p = out.data();
    if (flashMapped() && qint64(address) + bytes <= qint64(kFlashWindowEnd)) {
        // The hot path of every dump: bulk copy, then reverse each 4-byte
        // group (the phone sends little-endian words most significant byte
        // first), which compilers turn into vector shuffles.
        copyFlash(address, p, bytes);
        for (qint64 i = 0; i < bytes; i += 4) {
            quint32 w;
            std::memcpy(&w, p + i, 4);
            w = qbswap(w);
            std::memcpy(p + i, &w, 4);
        }
        return out;
    }
    for (quint32 i = 0; i < count; ++i)
        qToBigEndian(read32(address + 4 * i), p + 4 * qint64(i));
    return out;
}
