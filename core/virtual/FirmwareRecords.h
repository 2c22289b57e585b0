// SPDX-License-Identifier: Unlicense
// The records a generated flash image carries (docs/protocol.md §10), each
// made as its own little-endian byte string; FlashImage places them. Internal
// to the virtual phone: hosts parse dumps with their own code.
#pragma once

#include "FlashImage.h"

#include <QByteArray>

namespace FirmwareRecords {

constexpr qint64 kBootHeaderLength = 0x200;
constexpr qint64 kFileInfoLength = 0x38; // up to and with the attributes word
constexpr qint64 kRomInfoLength = 0x14C; // 308 + 6 x 4, version 09
// The file system's boot sector, two FATs and the root directory.
constexpr qint64 kFsSystemLength = 0x2000;
// Options::repetitiveStart: this many bytes repeat one unit.
constexpr qint64 kRepeatedUnit = 0x1000;
constexpr qint64 kRepeatedLength = 0x40000;

// "SF_BOOT", then a version, the image length, where the first firmware
// file starts, the seed, a name and the chip; 0xFF up to kBootHeaderLength.
QByteArray bootHeader(const FlashImage::Layout &layout);
// A GFH file-info header: "MMM", version, size, type, "FILE_INFO", then the
// fields of file.
QByteArray fileInfo(const FlashImage::FirmwareFile &file);
// MTK_ROMInfo v09 with one flash device.
QByteArray romInfo(const FlashImage::RomInfo &info);
// A FAT12-like start of the file-system region: boot sector, FATs with a
// few chained clusters, a root directory with some entries.
QByteArray fsSystemArea(qint64 fsLength, quint64 seed);

} // namespace FirmwareRecords
