// SPDX-License-Identifier: Unlicense
// Everything that makes one virtual phone differ from another: its flash, its
// identity, how long its BROM port lives, its link timing and the faults it
// plays (docs/protocol.md §8).
#pragma once

#include "FlashImage.h"
#include "WireConstants.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <chrono>

// The USB link and the BROM's buffers on either side of it. The BROM is
// single-threaded whatever the link: it reads the next host byte only once
// its previous answer has left, so bytes a pipelining host sends early wait
// in its receive buffer (docs/protocol.md §5).
struct LinkModel
{
    // docs/protocol.md is silent on the size of the phone's transmit buffer:
    // ours holds 4 KiB by default.
    static constexpr qsizetype kDefaultMaxTransfer = 4096;

    // One-way delay of every USB transfer, either direction. A real phone
    // shows about 1 ms.
    std::chrono::microseconds latency{0};
    // Phone-to-host bandwidth; 0 means unlimited. Transfers leave the phone
    // one after another at this rate.
    qint64 bytesPerSecond = 0;
    // The phone's transmit buffer: the largest phone-to-host transfer.
    // Longer answers leave in pieces of exactly this size (the last one
    // shorter). 0: no limit, every answer field is one transfer.
    qsizetype maxTransfer = kDefaultMaxTransfer;
    // The phone's receive buffer: 0 means USB flow control holds any number
    // of waiting host bytes, which is what a pipelining host relies on. Else
    // it holds this many unread bytes: arriving bytes beyond that are lost,
    // silently, as in a FIFO overflow.
    qsizetype rxLimit = 0;

    static LinkModel instant() { return {}; }
    // A real MT6261's 1 ms per transfer, and about what USB 1.1 full speed
    // carries: how fast READ32 data really streams is unmeasured (docs/protocol.md
    // section 7).
    static LinkModel realistic() { return {std::chrono::microseconds(1000), 1000 * 1000}; }
};

enum class FaultKind {
    None,
    LatePort,                 // the port appears 2 s later than the plug delay asked
    ShortPortWindow,          // the BROM waits only 0.3 s for a handshake
    ReEnumerationLoop,        // without a handshake the port vanishes at the window's end and
                              // a new one appears 200 ms later (times: how many re-plugs)
    JunkBeforeHandshake,      // modem-probe answers and noise arrive before the first 5F
    LateHandshakeReply,       // the first 5F comes 150 ms late, after the host re-sent A0
    HandshakeEchoedUnchanged, // the BROM is already past the handshake: A0 comes back as A0
    WrongEcho,                // a command echo is corrupted at the fault offset
    ErrorStatus,              // READ32 at the fault offset answers status 0x1D12, no data
    ShortReadThenSilence,     // half the data of the block at the fault offset, then nothing
    Stall,                    // no answer to the READ32 at the fault offset; port stays,
                              // later commands are answered
    CablePulled,              // half the data of the READ32 at the fault offset, then the port vanishes
    ResetBeforeEcho,          // the reset takes effect before the value is even echoed
                              // (by default the value is echoed and the final status never comes)
    FlippedBit,               // bit 0 of the flash byte at the fault offset arrives flipped
    FlakyBits,                // that byte arrives with another bit flipped at every read:
                              // no two reads of its block agree (a failing link)
};

struct Fault
{
    FaultKind kind = FaultKind::None;
    // Flash offset the fault fires at, for the data faults: the READ32 whose
    // range covers this offset is the one that fails.
    quint32 offset = 0;
    // How many times it fires; 0 means every time. A fault that fires once is
    // what a retry should get past; one that fires always must fail the dump.
    int times = 1;
};

struct VirtualPhoneConfig
{
    QByteArray flash; // the whole flash
    // Serial NOR ignores the address bits above its size, so reads past the
    // end most likely wrap around to the start (docs/protocol.md §5, a
    // guess). Without it they read erased (0xFF): a phone that shows no wrap
    // below 16 MiB.
    bool wrapsAround = true;

    quint16 hwVersion = 0xCB01;
    quint16 swVersion = 0x0001;
    quint16 chipCode = Wire::kChipMt6261;
    quint16 subCode = 0x8000;
    quint8 bromVersion = 0x05;
    QByteArray meId = QByteArray::fromHex("f81da2153082cc5e21ac5236876844c2");

    // A phone with a battery does not lose power when the charger watchdog
    // fires; one without does (the PMU writes of init steps 3-4 prevent it).
    bool hasBattery = false;

    // How long the BROM waits for a handshake before the phone boots
    // normally and the port disappears.
    std::chrono::milliseconds handshakeWindow{3000};
    // Without init step 2 the system watchdog resets the phone this long
    // after the handshake.
    std::chrono::milliseconds watchdogTimeout{1500};
    // At boot the PMU charger watchdog runs with a 4 s timeout (capture).
    std::chrono::milliseconds chargerWatchdogTimeout{4000};

    LinkModel link;
    QList<Fault> faults;

    // Extra 16-bit registers (PMU, RTC, ...) with their power-on values, so a
    // phone can be set up exactly as the captured one.
    QMap<quint32, quint16> registers16;

    // The first fault of this kind, or nullptr.
    const Fault *findFault(FaultKind kind) const;
    bool hasFault(FaultKind kind) const { return findFault(kind) != nullptr; }

    // A ready-made MT6261 as in the capture (tests/data/mt6261-brom-session.txt:
    // identity, PMU values) with a generated flash of flashSize bytes; the
    // common sizes are FlashImage::kCommonSizes.
    static VirtualPhoneConfig mt6261(qint64 flashSize, quint64 seed = 1, const FlashImage::Options &image = {});
    // The same with 4 MiB, seed 1.
    static VirtualPhoneConfig mt6261();
    // The MT6260A variant (hardware 0xCA00, software 0x0000, chip 0x6260).
    static VirtualPhoneConfig mt6260(qint64 flashSize, quint64 seed = 1, const FlashImage::Options &image = {});
    static VirtualPhoneConfig mt6260();
};

namespace VirtualFaults {

// What the timing faults amount to; the owners of a phone (rack, pty) apply
// the port ones, the model the rest.
constexpr std::chrono::milliseconds kLatePortExtraDelay{2000};
constexpr std::chrono::milliseconds kShortPortWindow{300};
constexpr std::chrono::milliseconds kReEnumerationGap{200};
constexpr std::chrono::milliseconds kLateHandshakeReply{150};

// Kebab-case names used on command lines: late-port, short-window,
// re-enumeration, junk, late-5f, echoed-a0, wrong-echo, error-status,
// short-read, stall, cable-pulled, reset-before-echo, flipped-bit, flaky-bits.
QString name(FaultKind kind);
QStringList names();
// Parses KIND[@OFFSET][xTIMES]; OFFSET is decimal or 0x-hex, TIMES 0 means
// always. Without xTIMES a fault fires once.
bool parse(const QString &spec, Fault &out, QString *error = nullptr);

// The plug delay an owner should use: LatePort adds kLatePortExtraDelay.
std::chrono::milliseconds plugDelay(const VirtualPhoneConfig &config, std::chrono::milliseconds requested);

} // namespace VirtualFaults
