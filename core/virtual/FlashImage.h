// SPDX-License-Identifier: Unlicense
// A made-up but realistic MT6261 flash image for the virtual phone, carrying
// the firmware records of docs/protocol.md §10, so dumps and what the app
// reads from them can be checked without shipping anyone's firmware.
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace FlashImage {

constexpr qint64 kMiB = 1024 * 1024;
// The sizes MT6261 phones ship with (docs/protocol.md §5).
constexpr qint64 kCommonSizes[] = {4 * kMiB, 8 * kMiB, 16 * kMiB};

struct Options
{
    // Without it the MAUI image carries no MTK_ROMInfo block: a phone whose
    // firmware is not recognised.
    bool romInfo = true;
    // Non-zero: the ROM info records a flash of this size (its device id and
    // file-system region) although the real flash has another: a conflicting
    // record. 0 records the real size.
    qint64 romInfoClaimsSize = 0;
    // An all-erased flash (every byte 0xFF), no records at all.
    bool blank = false;
    // The first 256 KiB repeat one 4 KiB unit (boot header, code, erased),
    // so every block there recurs 4 KiB, 8 KiB, ... further on: a size test
    // that compares blocks from the start only, or counts equal erased blocks
    // as a match, sees a wrap that is not there. The firmware follows it.
    bool repetitiveStart = false;
};

enum class RegionType {
    BootHeader,   // the serial-flash boot header, "SF_BOOT"
    FileInfo,     // a file-info header (GFH, "MMM" ... "FILE_INFO") and its padding
    RomInfo,      // the MTK_ROMInfo block and its padding
    FsBootSector, // the start of the file-system region, boot sector-like
    Code,         // ARM/Thumb-looking instructions
    Text,         // NUL-separated menu strings
    Table,        // small integers and pointers into the flash
    Data,         // bytes without structure: hashes, compressed resources
    Zero,         // all 0x00
    Erased,       // all 0xFF
};

struct Region
{
    RegionType type = RegionType::Erased;
    qint64 offset = 0;
    qint64 length = 0;
    qint64 end() const { return offset + length; }
};

// A firmware file as its file-info header describes it.
struct FirmwareFile
{
    qint64 offset = -1; // where its header starts; -1 when the image has none
    quint16 fileType = 0;
    quint32 loadAddress = 0;
    quint32 fileLength = 0;    // header, content and signature
    quint32 maxSize = 0;       // the slot it may grow into
    quint32 contentOffset = 0; // from offset
    quint32 signatureLength = 0;
    bool present() const { return offset >= 0; }
};

// What the MTK_ROMInfo block says; it may disagree with the real layout.
struct RomInfo
{
    qint64 offset = -1;         // where "MTK_ROMINFO_v09" starts; -1 when absent
    QByteArray platformId;      // without its NUL padding
    QByteArray projectId;       // the version string
    quint16 manufacturerId = 0; // JEDEC, first flash device
    quint16 deviceId = 0;       // low byte log2 of the recorded size
    quint32 fsBegin = 0;
    quint32 fsLength = 0;
    bool present() const { return offset >= 0; }
};

struct Layout
{
    qint64 size = 0;
    quint64 seed = 0;
    Options options;
    QList<Region> regions; // in order, covering [0, size) without gaps
    FirmwareFile bootLoader;
    FirmwareFile maui;
    qint64 fsBegin = -1; // the real file-system region; -1 when there is none
    qint64 fsLength = 0;
    RomInfo romInfo;

    // The type of the region holding offset (Erased outside the image).
    RegionType typeAt(qint64 offset) const;
};

// File types in the file-info headers, as MediaTek's build scripts number
// them (docs/protocol.md §10.2): the ARM boot loader and the primary MAUI image.
constexpr quint16 kFileTypeBootLoader = 0x0001;
constexpr quint16 kFileTypeMaui = 0x0100;

// Where everything is, without making the bytes. The same (size, seed,
// options) give the same layout and bytes on every platform and compiler.
Layout describe(qint64 size, quint64 seed = 1, const Options &options = {});
// The image itself: the records of section 10 (all little-endian) among
// code-like, text, table, zero and erased regions derived from seed.
// Regions that do not fit a small size are left out.
QByteArray generate(qint64 size, quint64 seed = 1, const Options &options = {});
QByteArray generate(const Layout &layout);

// The PRNG behind it (splitmix64), shared with the model's made-up BROM code.
quint64 splitmix64(quint64 &state);

} // namespace FlashImage
