// SPDX-License-Identifier: Unlicense
// Every byte, register and timing constant of the MT626x BootROM protocol,
// named once. docs/protocol.md says where each value comes from.
#pragma once

#include <QByteArray>
#include <QtEndian>
#include <QtGlobal>
#include <chrono>

namespace Wire {

using namespace std::chrono_literals;

// USB identity of the BROM port (CDC-ACM, no separate preloader port on MT626x).
constexpr quint16 kMediatekVid = 0x0E8D;
constexpr quint16 kBromPid = 0x0003;

// Handshake: each byte is answered with its bitwise NOT.
constexpr quint8 kHandshake[4] = {0xA0, 0x0A, 0x50, 0x05};

// Commands. FD/FC (hardware code/version) return nothing on MT626x: never sent.
constexpr quint8 kCmdRead16 = 0xA2; // echo, n x u16, no status
constexpr quint8 kCmdRead16Status = 0xD0;
constexpr quint8 kCmdRead32 = 0xD1;  // echo, status, n x u32, status
constexpr quint8 kCmdWrite16 = 0xD2; // echo, status 0001, echo(v16), status 0001
constexpr quint8 kCmdWrite32 = 0xD4; // echo, status 0001, echo(v32), status 0001
constexpr quint8 kCmdTargetConfig = 0xD8;
constexpr quint8 kCmdMeId = 0xE1;
constexpr quint8 kCmdBootloaderProbe = 0xFE;
constexpr quint8 kCmdBromVersion = 0xFF;

// Status words: reads answer 0x0000, writes 0x0001; 0x0100 and up is an error code.
constexpr quint16 kStatusReadOk = 0x0000;
constexpr quint16 kStatusWriteOk = 0x0001;
constexpr quint16 kFirstErrorStatus = 0x0100;

// Identity registers (READ16).
constexpr quint32 kRegHwVersion = 0x80000000;
constexpr quint32 kRegSwVersion = 0x80000004;
constexpr quint32 kRegChipCode = 0x80000008;
constexpr quint32 kRegSubCode = 0x8000000C;

constexpr quint16 kChipMt6261 = 0x6261;
constexpr quint16 kChipMt6260 = 0x6260;

// Init sequence values (docs/protocol.md §4), in this order.
constexpr quint32 kRegWdtMode = 0xA0030000;
constexpr quint16 kWdtModeDisable = 0x2200; // key 0x22, enable bit clear
constexpr quint32 kRegPmuUsbPower = 0xA0700A28;
constexpr quint16 kPmuForceUsbPower = 0x8000;
constexpr quint32 kRegPmuChargerWdt = 0xA0700A24;
constexpr quint16 kPmuChargerWdtOff = 0x0002;
constexpr quint32 kRegRemap = 0xA0510000;
constexpr quint32 kRemapFlashAtZero = 0x00000002;

// Watchdog software reset, sent after the dump.
constexpr quint32 kRegWdtSwReset = 0xA003001C;
constexpr quint16 kWdtSwResetValue = 0x1209;

constexpr int kMeIdLength = 16;

// Block sizes proven on hardware: 256 and 1024 words. Larger ones are allowed
// by the command format but unproven.
constexpr quint32 kDefaultBlockSize = 1024;
constexpr quint32 kProvenBlockSizes[] = {1024, 4096};
constexpr quint32 kMaxBlockSize = 1024 * 1024;

// Timing. The reference waits 100 ms for a 1 KiB block, which only proves the
// phone is faster than 10 KB/s: scale with the data expected, with headroom.
constexpr auto kHandshakeByteWait = 100ms;
constexpr auto kHandshakeDeadline = 10s;
constexpr auto kHandshakeRetryDrain = 50ms;
constexpr auto kCommandBaseTimeout = 500ms;
constexpr qint64 kSlowestPhoneBytesPerSecond = 10 * 1024;
constexpr auto kResetTimeout = 300ms;
// udev may chmod the node a moment after it appears.
constexpr auto kPermissionRetryWindow = 1000ms;

} // namespace Wire

// Multi-byte fields travel big-endian in both directions.
inline QByteArray beU32(quint32 v)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}

inline QByteArray beU16(quint16 v)
{
    QByteArray out(2, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}
