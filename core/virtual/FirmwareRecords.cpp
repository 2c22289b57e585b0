// SPDX-License-Identifier: Unlicense
// Field offsets are those of protocol.md section 10; every multi-byte value
// is stored byte by byte, little-endian, never through a host integer, so the
// bytes are the same on every platform.
#include "FirmwareRecords.h"

#include "WireConstants.h"

#include <algorithm>
#include <cstring>

namespace {

void putLe32(char *p, quint32 v)
{
    p[0] = char(v);
    p[1] = char(v >> 8);
    p[2] = char(v >> 16);
    p[3] = char(v >> 24);
}

void putLe16(char *p, quint16 v)
{
    p[0] = char(v);
    p[1] = char(v >> 8);
}

// A string into a fixed field, NUL-padded; cut so at least one NUL stays.
void putText(char *p, const QByteArray &text, qsizetype field)
{
    std::memcpy(p, text.constData(), size_t(std::min(text.size(), field - 1)));
}

// File-info header (GFH).
constexpr quint8 kGfhVersion = 1;
constexpr quint16 kGfhTypeFileInfo = 0x0000;
constexpr quint32 kFileVersion = 1;
// protocol.md is silent on the flash-device and signature-type codes: 0x01
// stands for serial NOR here, and for "a hash follows the content".
constexpr quint8 kFlashDeviceSerialNor = 0x01;
constexpr quint8 kSignatureHash = 0x01;
constexpr quint8 kSignatureNone = 0x00;

// MTK_ROMInfo v09.
constexpr quint16 kNorFlashBuild = 0xFFFF;
constexpr int kRomInfoPlatformAt = 16;
constexpr int kRomInfoPlatformLength = 128;
constexpr int kRomInfoProjectAt = 144;
constexpr int kRomInfoProjectLength = 64;
constexpr int kRomInfoNfbAt = 208;
constexpr int kRomInfoDeviceCountAt = 210;
constexpr int kRomInfoDevicesAt = 212;

// FAT12 geometry of the file-system region: 512-byte sectors, 4 KiB
// clusters, one reserved sector, two FATs, 128 root entries (8 sectors).
constexpr int kSectorSize = 512;
constexpr int kSectorsPerCluster = 8;
constexpr int kFatCount = 2;
constexpr int kRootEntries = 128;
constexpr int kDirEntrySize = 32;

void setFat12(char *fat, int cluster, quint16 value)
{
    char *p = fat + cluster * 3 / 2;
    if (cluster & 1) {
        p[0] = char((quint8(p[0]) & 0x0F) | ((value & 0x0F) << 4));
        p[1] = char(value >> 4);
    } else {
        p[0] = char(value);
        p[1] = char((quint8(p[1]) & 0xF0) | ((value >> 8) & 0x0F));
    }
}

void putDirEntry(char *p, const char name[12], quint8 attributes, quint16 cluster, quint32 size)
{
    std::memcpy(p, name, 11);
    p[11] = char(attributes);
    putLe16(p + 26, cluster);
    putLe32(p + 28, size);
}

void putBootSector(char *p, quint16 sectors, quint16 fatSectors, quint32 volumeId)
{
    std::memcpy(p, "\xEB\x3C\x90MTREADER", 11);
    putLe16(p + 11, kSectorSize);
    p[13] = char(kSectorsPerCluster);
    putLe16(p + 14, 1); // reserved sectors: just this one
    p[16] = char(kFatCount);
    putLe16(p + 17, kRootEntries);
    putLe16(p + 19, sectors);
    p[21] = char(0xF8); // fixed medium
    putLe16(p + 22, fatSectors);
    putLe16(p + 24, 63);
    putLe16(p + 26, 255);
    p[38] = 0x29; // extended boot signature: id, label and type follow
    putLe32(p + 39, volumeId);
    std::memcpy(p + 43, "PHONE DATA FAT12   ", 19);
    p[510] = char(0x55);
    p[511] = char(0xAA);
}

} // namespace

namespace FirmwareRecords {

QByteArray bootHeader(const FlashImage::Layout &layout)
{
    QByteArray out(kBootHeaderLength, char(0xFF));
    char *p = out.data();
    std::memcpy(p, "SF_BOOT\0", 8);
    putLe32(p + 0x08, 0x00000001); // header version
    putLe32(p + 0x0C, quint32(layout.size));
    const qint64 first = layout.bootLoader.present() ? layout.bootLoader.offset : kBootHeaderLength;
    putLe32(p + 0x10, quint32(first));
    putLe32(p + 0x14, quint32(layout.seed));
    putLe32(p + 0x18, quint32(layout.seed >> 32));
    std::memcpy(p + 0x20, "MTreader virtual MT6261\0", 24);
    putLe16(p + 0x40, Wire::kChipMt6261);
    return out;
}

QByteArray fileInfo(const FlashImage::FirmwareFile &file)
{
    QByteArray out(kFileInfoLength, '\0');
    char *p = out.data();
    std::memcpy(p, "MMM", 3);
    p[3] = char(kGfhVersion);
    putLe16(p + 4, quint16(kFileInfoLength));
    putLe16(p + 6, kGfhTypeFileInfo);
    putText(p + 8, QByteArrayLiteral("FILE_INFO"), 12);
    putLe32(p + 20, kFileVersion);
    putLe16(p + 24, file.fileType);
    p[26] = char(kFlashDeviceSerialNor);
    p[27] = char(file.signatureLength > 0 ? kSignatureHash : kSignatureNone);
    putLe32(p + 28, file.loadAddress);
    putLe32(p + 32, file.fileLength);
    putLe32(p + 36, file.maxSize);
    putLe32(p + 40, file.contentOffset);
    putLe32(p + 44, file.signatureLength);
    putLe32(p + 48, file.contentOffset); // execution starts at the content
    putLe32(p + 52, 0);                  // no attributes
    return out;
}

QByteArray romInfo(const FlashImage::RomInfo &info)
{
    QByteArray out(kRomInfoLength, '\0');
    char *p = out.data();
    putText(p, QByteArrayLiteral("MTK_ROMINFO_v09"), 16);
    putText(p + kRomInfoPlatformAt, info.platformId, kRomInfoPlatformLength);
    putText(p + kRomInfoProjectAt, info.projectId, kRomInfoProjectLength);
    putLe16(p + kRomInfoNfbAt, kNorFlashBuild);
    putLe16(p + kRomInfoDeviceCountAt, 1);
    char *device = p + kRomInfoDevicesAt;
    putLe16(device, info.manufacturerId);
    putLe16(device + 2, info.deviceId);
    // Extended ids 1 and 2 stay 0, as do the five unused device entries and
    // the secure-boot and customer-parameter words: an unsigned build.
    putLe32(device + 8, info.fsBegin);
    putLe32(device + 12, info.fsLength);
    return out;
}

QByteArray fsSystemArea(qint64 fsLength, quint64 seed)
{
    QByteArray out(kFsSystemLength, '\0');
    char *p = out.data();
    const auto sectors = quint16(std::min<qint64>(fsLength / kSectorSize, 0xFFFF));
    const int clusters = sectors / kSectorsPerCluster;
    // 1.5 bytes per FAT12 entry, two of them reserved.
    const auto fatSectors = quint16(((clusters + 2) * 3 / 2 + kSectorSize - 1) / kSectorSize);
    quint64 state = seed;
    putBootSector(p, sectors, fatSectors, quint32(FlashImage::splitmix64(state)));

    for (int f = 0; f < kFatCount; ++f) {
        char *fat = p + kSectorSize * (1 + f * fatSectors);
        setFat12(fat, 0, 0xFF8);
        setFat12(fat, 1, 0xFFF);
        // Two directories of one cluster, a file of three: 2, 3, then 4-5-6.
        setFat12(fat, 2, 0xFFF);
        setFat12(fat, 3, 0xFFF);
        setFat12(fat, 4, 5);
        setFat12(fat, 5, 6);
        setFat12(fat, 6, 0xFFF);
    }
    char *root = p + kSectorSize * (1 + kFatCount * fatSectors);
    putDirEntry(root, "PHONE DATA ", 0x08, 0, 0);
    putDirEntry(root + kDirEntrySize, "NVRAM      ", 0x10, 2, 0);
    putDirEntry(root + 2 * kDirEntrySize, "PHOTOS     ", 0x10, 3, 0);
    putDirEntry(root + 3 * kDirEntrySize, "PHB     DAT", 0x20, 4, 3 * kSectorSize * kSectorsPerCluster - 100);
    Q_ASSERT(root + kRootEntries * kDirEntrySize <= p + kFsSystemLength);
    return out;
}

} // namespace FirmwareRecords
