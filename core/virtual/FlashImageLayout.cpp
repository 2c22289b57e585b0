// SPDX-License-Identifier: Unlicense
// Where a generated image keeps what: the boot header, a boot loader, the
// MAUI image with its ROM info, the file system at the end of the flash, and
// mixed content in between. Only the layout's own PRNG stream is used here,
// so describe() costs no more than the list it returns.
#include "FlashImage.h"

#include "FirmwareRecords.h"

#include <algorithm>
#include <iterator>

using namespace FlashImage;

namespace {

// The boot loader starts on the first 4 KiB erase sector after the header
// and may grow up to the MAUI image.
constexpr qint64 kBootLoaderOffset = 0x1000;
constexpr quint32 kBootLoaderLength = 0xB400; // 45 KiB, signature included
constexpr quint32 kBootLoaderContent = 0x100;
constexpr quint32 kBootLoaderSignature = 0x20;
constexpr qint64 kBootLoaderText = 0x800; // its messages, before the signature
constexpr qint64 kMauiOffset = 0x20000;
constexpr quint32 kMauiContent = 0x200;
// MAUI content starts with its vectors; the ROM info block follows them.
constexpr qint64 kMauiVectors = 0x200;
constexpr qint64 kRomInfoSlot = 0x200;
// A MAUI slot smaller than this is not worth a firmware: the image degrades
// to mixed content.
constexpr qint64 kMinMauiSlot = 0x10000;
constexpr qint64 kRepeatedCode = 0x600; // after the header, then erased
constexpr qint64 kFsSector = 0x1000;
constexpr qint64 kEraseBlock = 0x10000;
constexpr qint64 kMinRegion = 0x1000;
constexpr qint64 kMaxRegion = 0x10000;
// [GUESS] Without the BROM's remap the flash sits at 0x10000000 (the remap
// moves RAM there and the flash to 0), so firmware runs from there.
constexpr quint32 kFlashCpuBase = 0x10000000;
// JEDEC manufacturer ids of the common MT6261 flash makers (docs/protocol.md
// section 10): GigaDevice, Winbond, Macronix.
constexpr quint16 kVendors[] = {0x00C8, 0x00EF, 0x00C2};
constexpr quint16 kMacronix = 0x00C2;

// Appends regions in order, cut at the image size; neighbours of the same
// type become one region.
class RegionList
{
public:
    explicit RegionList(Layout &layout) : m_layout(layout) {}
    qint64 size() const { return m_layout.size; }
    void add(RegionType type, qint64 offset, qint64 length)
    {
        length = std::min(length, m_layout.size - offset);
        if (length <= 0)
            return;
        QList<Region> &regions = m_layout.regions;
        if (!regions.isEmpty() && regions.last().type == type && regions.last().end() == offset)
            regions.last().length += length;
        else
            regions.append(Region{type, offset, length});
    }
    void addUpTo(RegionType type, qint64 offset, qint64 end) { add(type, offset, end - offset); }

private:
    Layout &m_layout;
};

// The file system takes the end of the flash: a quarter of it, at most
// 2 MiB (0x300000 + 0x100000 on 4 MiB, 0xE00000 + 0x200000 on 16 MiB),
// whole 64 KiB erase blocks.
qint64 fsLengthFor(qint64 size)
{
    const qint64 length = size >= 8 * kMiB ? 2 * kMiB : size / 4;
    return length / kEraseBlock * kEraseBlock;
}

int log2Floor(qint64 v)
{
    int n = 0;
    while (v > 1) {
        v >>= 1;
        ++n;
    }
    return n;
}

// Serial NOR device ids: memory type in the high byte (0x40 for GigaDevice
// and Winbond parts, 0x20 for Macronix), log2 of the size in the low byte.
quint16 deviceIdFor(quint16 manufacturer, qint64 size)
{
    const quint16 type = manufacturer == kMacronix ? 0x2000 : 0x4000;
    return quint16(type | log2Floor(size));
}

// Code, text, tables, zeros and erased space, as a linker lays out
// sections. The first five are fixed so even a small image has every kind.
void addMixed(RegionList &list, qint64 from, qint64 to, quint64 &rng)
{
    static const RegionType kOpening[] = {RegionType::Code, RegionType::Text, RegionType::Erased, RegionType::Table,
                                          RegionType::Zero};
    int index = 0;
    for (qint64 at = from; at < to;) {
        RegionType type;
        if (index < int(std::size(kOpening))) {
            type = kOpening[index];
        } else {
            const quint64 pick = splitmix64(rng) % 20;
            type = pick < 8 ? RegionType::Code
                : pick < 12 ? RegionType::Erased
                : pick < 15 ? RegionType::Text
                : pick < 18 ? RegionType::Table
                            : RegionType::Zero;
        }
        ++index;
        // Sizes are whole 256-byte pieces, as linker sections often are.
        qint64 length = kMinRegion + qint64(splitmix64(rng) % quint64(kMaxRegion - kMinRegion));
        length = std::min(length & ~qint64(0xFF), to - at);
        list.add(type, at, length);
        at += length;
    }
}

void addStart(RegionList &list, bool repetitive)
{
    if (!repetitive) {
        list.add(RegionType::BootHeader, 0, FirmwareRecords::kBootHeaderLength);
        list.addUpTo(RegionType::Erased, FirmwareRecords::kBootHeaderLength, kBootLoaderOffset);
        return;
    }
    for (qint64 unit = 0; unit < FirmwareRecords::kRepeatedLength; unit += FirmwareRecords::kRepeatedUnit) {
        const qint64 code = unit + FirmwareRecords::kBootHeaderLength;
        list.addUpTo(RegionType::BootHeader, unit, code);
        list.add(RegionType::Code, code, kRepeatedCode);
        list.addUpTo(RegionType::Erased, code + kRepeatedCode, unit + FirmwareRecords::kRepeatedUnit);
    }
    list.add(RegionType::Erased, FirmwareRecords::kRepeatedLength, kBootLoaderOffset);
}

FirmwareFile bootLoaderAt(qint64 offset)
{
    FirmwareFile f;
    f.offset = offset;
    f.fileType = kFileTypeBootLoader;
    f.loadAddress = kFlashCpuBase + quint32(offset);
    f.fileLength = kBootLoaderLength;
    f.maxSize = quint32(kMauiOffset - kBootLoaderOffset);
    f.contentOffset = kBootLoaderContent;
    f.signatureLength = kBootLoaderSignature;
    return f;
}

void addBootLoader(RegionList &list, const FirmwareFile &f)
{
    const qint64 content = f.offset + f.contentOffset;
    const qint64 signature = f.offset + f.fileLength - f.signatureLength;
    list.addUpTo(RegionType::FileInfo, f.offset, content);
    list.addUpTo(RegionType::Code, content, signature - kBootLoaderText);
    list.addUpTo(RegionType::Text, signature - kBootLoaderText, signature);
    list.add(RegionType::Data, signature, f.signatureLength);
}

FirmwareFile mauiAt(qint64 offset, qint64 slot)
{
    FirmwareFile f;
    f.offset = offset;
    f.fileType = kFileTypeMaui;
    f.loadAddress = kFlashCpuBase + quint32(offset);
    // Three quarters of its slot, whole 4 KiB sectors: room to grow.
    f.fileLength = quint32(slot * 3 / 4 / kFsSector * kFsSector);
    f.maxSize = quint32(slot);
    f.contentOffset = kMauiContent;
    return f;
}

RomInfo romInfoFor(qint64 offset, qint64 size, quint64 seed, const Options &options)
{
    RomInfo r;
    r.offset = offset;
    r.platformId = QByteArrayLiteral("MTREADER_VIRTUAL_MT6261_S00.BIN");
    r.projectId = QByteArrayLiteral("MTREADER.VIRTUAL.V1.0.") + QByteArray::number(seed);
    r.manufacturerId = kVendors[seed % std::size(kVendors)];
    const qint64 recorded = options.romInfoClaimsSize > 0 ? options.romInfoClaimsSize : size;
    r.deviceId = deviceIdFor(r.manufacturerId, recorded);
    r.fsLength = quint32(fsLengthFor(recorded));
    r.fsBegin = quint32(recorded - r.fsLength);
    return r;
}

void addMaui(RegionList &list, Layout &l, quint64 &rng)
{
    const FirmwareFile &f = l.maui;
    const qint64 vectors = f.offset + f.contentOffset;
    const qint64 romInfo = vectors + kMauiVectors;
    const qint64 rest = romInfo + kRomInfoSlot;
    list.addUpTo(RegionType::FileInfo, f.offset, vectors);
    list.addUpTo(RegionType::Code, vectors, romInfo);
    if (l.options.romInfo) {
        l.romInfo = romInfoFor(romInfo, l.size, l.seed, l.options);
        list.add(RegionType::RomInfo, romInfo, kRomInfoSlot);
    } else {
        list.add(RegionType::Zero, romInfo, kRomInfoSlot);
    }
    addMixed(list, rest, f.offset + f.fileLength, rng);
    list.addUpTo(RegionType::Erased, f.offset + f.fileLength, l.fsBegin);
}

// A wear-levelled FAT: its system area, then 4 KiB sectors, about half of
// them erased, the rest data, text (contacts, messages) or zeroed.
void addFileSystem(RegionList &list, const Layout &l, quint64 &rng)
{
    const qint64 data = l.fsBegin + FirmwareRecords::kFsSystemLength;
    list.add(RegionType::FsBootSector, l.fsBegin, FirmwareRecords::kBootHeaderLength);
    list.addUpTo(RegionType::Table, l.fsBegin + FirmwareRecords::kBootHeaderLength, data);
    for (qint64 at = data; at < l.size; at += kFsSector) {
        const quint64 pick = splitmix64(rng) % 10;
        const RegionType type = pick < 5 ? RegionType::Erased
            : pick < 7                   ? RegionType::Text
            : pick < 9                   ? RegionType::Data
                                         : RegionType::Zero;
        list.add(type, at, kFsSector);
    }
}

} // namespace

namespace FlashImage {

RegionType Layout::typeAt(qint64 offset) const
{
    for (const Region &r : regions) {
        if (offset >= r.offset && offset < r.end())
            return r.type;
    }
    return RegionType::Erased;
}

Layout describe(qint64 size, quint64 seed, const Options &options)
{
    Layout l;
    l.size = std::max<qint64>(size, 0);
    l.seed = seed;
    l.options = options;
    RegionList list(l);
    if (options.blank) {
        list.add(RegionType::Erased, 0, l.size);
        return l;
    }
    quint64 rng = seed;
    addStart(list, options.repetitiveStart);
    const qint64 base = options.repetitiveStart ? FirmwareRecords::kRepeatedLength : 0;
    const qint64 bootLoader = base + kBootLoaderOffset;
    const qint64 maui = base + kMauiOffset;
    const qint64 fsLength = fsLengthFor(l.size);
    const qint64 fsBegin = l.size - fsLength;
    if (bootLoader + kBootLoaderLength > l.size) {
        addMixed(list, base + kBootLoaderOffset, l.size, rng);
        return l;
    }
    l.bootLoader = bootLoaderAt(bootLoader);
    addBootLoader(list, l.bootLoader);
    if (fsLength == 0 || maui + kMinMauiSlot > fsBegin) {
        addMixed(list, bootLoader + kBootLoaderLength, l.size, rng);
        return l;
    }
    list.addUpTo(RegionType::Erased, bootLoader + kBootLoaderLength, maui);
    l.fsBegin = fsBegin;
    l.fsLength = fsLength;
    l.maui = mauiAt(maui, fsBegin - maui);
    addMaui(list, l, rng);
    addFileSystem(list, l, rng);
    return l;
}

} // namespace FlashImage
