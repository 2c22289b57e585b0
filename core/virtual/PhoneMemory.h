// SPDX-License-Identifier: Unlicense
// The MT6261 address space as the BROM's READ/WRITE commands see it: identity
// registers, a sparse 16-bit register file with per-register quirks, the BROM
// code or the flash in the low window depending on the remap register.
#pragma once

#include "VirtualPhoneConfig.h"
#include "WireConstants.h"

#include <QByteArray>
#include <QHash>

class PhoneMemory
{
public:
    // Addresses below this are the remappable window: BROM code at power-on,
    // the flash once remap mode 2 is set (RAM moves up to 0x10000000).
    static constexpr quint32 kFlashWindowEnd = 0x10000000;
    // The WDT mode register (protocol.md section 4): its high byte is a key
    // (0x22, as in Wire::kWdtModeDisable), bit 0 enables the watchdog.
    static constexpr quint16 kWdtKeyMask = 0xFF00;
    static constexpr quint16 kWdtEnable = 0x0001;

    explicit PhoneMemory(const VirtualPhoneConfig &config);

    // Memory is little-endian: READ16 at a is the half-word at a; READ32 at
    // a is built from the half-words at a (low) and a+2 (high).
    quint16 read16(quint32 address) const;
    quint32 read32(quint32 address) const;
    void write16(quint32 address, quint16 value);
    void write32(quint32 address, quint32 value);

    // Answers in wire order (each value big-endian), ready to send.
    QByteArray read16Wire(quint32 address, quint32 count) const;
    QByteArray read32Wire(quint32 address, quint32 count) const;

    quint32 remapMode() const { return read32(Wire::kRegRemap); }
    bool flashMapped() const { return remapMode() == Wire::kRemapFlashAtZero; }

private:
    quint8 windowByte(quint32 address) const;
    // Copies flash bytes [offset, offset+n) into out; past the end of the
    // flash they wrap to its start, or read erased without wrapsAround.
    void copyFlash(quint32 offset, char *out, qint64 n) const;

    QByteArray m_flash;
    bool m_wrapsAround = true;
    quint16 m_identity[4];
    QHash<quint32, quint16> m_registers;
};
