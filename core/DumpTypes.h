// SPDX-License-Identifier: Unlicense
// The values a dump is described by: what was asked, who answered, how far
// it got and what came out. Plain copyable types that cross threads.
#pragma once

#include "DumpError.h"
#include "WireConstants.h"
#include "identity/DumpIdentity.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <algorithm>
#include <QString>
#include <chrono>
#include <optional>

// How a dump is done unless asked otherwise, named once.
namespace DumpDefaults {
constexpr quint32 kBlockSize = Wire::kDefaultBlockSize;
// READ32 commands kept in flight (DumpRequest::pipelineDepth). Pipelining
// is what makes a dump run at cable speed; careful mode (one at a time,
// every echo awaited) is how the original tool and FlashTool read. The
// automatic depth covers what the session measures of the link
// (LinkEstimate); any other number is the depth to keep. After a fault a
// pipelined dump reads one block carefully, then climbs back to the
// deepest depth that has not faulted (PipelineDepth).
constexpr int kAutoDepth = 0;
constexpr int kCarefulDepth = 1;
// Tries per block after a timeout, a wrong echo, a bad status or a short read.
constexpr int kBlockRetries = 3;
// What a whole-flash dump reads when the phone's flash size cannot be found:
// the most 3-byte SPI addressing reaches (docs/protocol.md §5.6).
constexpr quint64 kUnknownFlashLength = 16 * 1024 * 1024;
// The port word that means "the first MediaTek BootROM port that appears".
inline QString autoPort()
{
    return QStringLiteral("auto");
}
} // namespace DumpDefaults

struct DumpRequest
{
    QString port = DumpDefaults::autoPort(); // "auto", a system location or a port name
    QString outputPath;
    quint64 start = 0; // any byte offset; unaligned ranges are covered and trimmed
    quint64 length = 0;
    // The whole flash of whatever phone is plugged in: start 0, the length
    // found from the phone (or lengthIfUnknown when it cannot be).
    bool wholeFlash = false;
    quint64 lengthIfUnknown = DumpDefaults::kUnknownFlashLength;
    // Ranges at or above 0x10000000 read RAM and registers, not flash: only
    // when the user says they mean it.
    bool anyAddress = false;
    // An automatic name: the file is named after the firmware it holds once
    // that is known (outputPath gives the folder and the fallback name).
    bool nameFromIdentity = false;
    // Keep going: a phone with this ME ID is the one just dumped, back in
    // its BootROM because the boot key is still held. Stop once it is known.
    QByteArray skipMeId;
    // Look at what was read: the flash size (a whole flash needs it always),
    // the firmware records, the report beside the file. Off for a bare copy
    // of the bytes (the CLI's --no-report).
    bool identify = true;
    quint32 blockSize = DumpDefaults::kBlockSize;
    int pipelineDepth = DumpDefaults::kAutoDepth; // or kCarefulDepth, or a fixed depth
    bool reset = true;
    bool verify = false;
    bool resume = false;
    bool overwrite = false;
    // How long to wait for the port to appear; zero waits until cancelled.
    std::chrono::milliseconds portTimeout{0};
    std::chrono::milliseconds handshakeTimeout = Wire::kHandshakeDeadline;
};
Q_DECLARE_METATYPE(DumpRequest)

struct PhoneInfo
{
    quint16 hwVersion = 0;
    quint16 swVersion = 0;
    quint16 chipCode = 0;
    quint16 subCode = 0;
    quint8 bromVersion = 0;
    QByteArray meId;

    bool isKnownChip() const;
    QString chipName() const; // "MT6261", or "unknown (0x1234)"
    QString meIdHex() const;

    // What tells one phone from another, as JSON (hex strings): the resume
    // sidecar and the report keep it.
    QJsonObject identityJson() const;
    static std::optional<PhoneInfo> fromIdentityJson(const QJsonObject &o);
};
Q_DECLARE_METATYPE(PhoneInfo)

struct DumpProgress
{
    Mt::DumpStage stage = Mt::DumpStage::Idle;
    qint64 done = 0;
    qint64 total = 0;
    double bytesPerSecond = 0;
    qint64 etaMs = -1; // -1 while unknown

    // Progress bars count to this: fine steps, without overflowing an int.
    static constexpr int kScale = 1000;
    int scaled() const { return total > 0 ? int(std::clamp<qint64>(done, 0, total) * kScale / total) : 0; }
};
Q_DECLARE_METATYPE(DumpProgress)

// A block the verify pass read more than twice: where, how often, and
// whether the file was corrected (the first read was the odd one).
struct BlockReread
{
    quint64 offset = 0;
    quint32 length = 0;
    int reads = 0;
    bool repaired = false;
};

struct DumpResult
{
    QString path;
    QString port;
    PhoneInfo phone;
    quint64 start = 0;
    quint64 length = 0;
    QByteArray sha256;       // raw digest
    double seconds = 0;      // reading time of this session
    double secondsTotal = 0; // with the earlier sessions of a resumed dump
    QDateTime startedUtc;
    int retries = 0;               // blocks read again after a fault, in this session
    bool verified = false;         // read twice and compared equal
    QList<BlockReread> rereads;    // verify: blocks that needed more reads (two agreed)
    QList<BlockReread> unverified; // verify: blocks where no two reads agreed
    bool resumed = false;
    qint64 resumedAt = 0; // a resumed dump: bytes the partial file already held
    bool resetSent = false;
    FlashSize flashSize;                  // as found from the phone before reading
    std::optional<DumpIdentity> identity; // what the dump holds; none if it could not be read back
    QString reportPath;
};
Q_DECLARE_METATYPE(DumpResult)

// "4.00 MiB", "1 KiB", "512 bytes": sizes the way people read them.
QString humanSize(qint64 bytes);
