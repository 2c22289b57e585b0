// SPDX-License-Identifier: Unlicense
// Bytes of a generated image: each region filled from its own PRNG stream
// (seed and offset), then the records written over their regions. Every
// multi-byte value is stored byte by byte (little-endian, as the ARM core
// reads it), never through a host int.
#include "FlashImage.h"

#include "FirmwareRecords.h"

#include <algorithm>
#include <cstring>

namespace {

// Texts a feature phone's menus really show; they make the dump look like a
// firmware in a hex viewer and give "strings" something to find.
const char *const kTexts[] = {
    "Phonebook",
    "Messages",
    "Call history",
    "Settings",
    "Multimedia",
    "Organizer",
    "Profiles",
    "Alarm",
    "Calculator",
    "Bluetooth",
    "Camera",
    "Audio player",
    "FM radio",
    "Insert SIM",
    "Emergency calls only",
    "Searching...",
    "No service",
    "Enter PIN",
    "Phone locked",
    "Battery low",
    "Charging",
    "Memory full",
    "Write message",
    "Inbox",
    "Outbox",
    "Drafts",
    "Sent messages",
    "Missed calls",
    "Dialled calls",
    "Received calls",
    "Silent",
    "General",
    "Meeting",
    "Outdoor",
    "Date and time",
    "Language",
    "Restore factory settings",
    "Security",
    "Network",
    "Ringtone",
    "Wallpaper",
    "Power off?",
    "MAUI.11CW1418SP.W15.19",
};
constexpr int kTextCount = int(sizeof kTexts / sizeof kTexts[0]);

void putLe32(char *p, quint32 v)
{
    p[0] = char(v);
    p[1] = char(v >> 8);
    p[2] = char(v >> 16);
    p[3] = char(v >> 24);
}

// Thumb-2 and ARM encodings common in MAUI firmware: push/pop, mov, ldr,
// BL pairs, ARM data processing with condition AL. Random low bits keep it
// from repeating.
void fillCode(char *p, qint64 n, quint64 &rng)
{
    qint64 i = 0;
    for (; i + 4 <= n; i += 4) {
        const quint64 r = FlashImage::splitmix64(rng);
        const quint32 low = quint32(r >> 8);
        quint32 word = 0;
        switch (r & 7) {
        case 0: word = 0xB500u | (low & 0xFF) | ((0x4600u | ((low >> 8) & 0xFF)) << 16); break;
        case 1: word = (0xF000u | (low & 0x7FF)) | ((0xF800u | ((low >> 11) & 0x7FF)) << 16); break;
        case 2: word = 0xE59F0000u | (low & 0xF0FFF); break;
        case 3: word = 0xE1A00000u | (low & 0xF00F); break;
        case 4: word = 0xEB000000u | (low & 0xFFFFF); break;
        case 5: word = (0x6800u | (low & 0x7FF)) | ((0x2000u | ((low >> 11) & 0x7FF)) << 16); break;
        case 6: word = (0xBD00u | (low & 0xFF)) | ((0x4770u) << 16); break;
        default: word = low; break; // literal pool
        }
        putLe32(p + i, word);
    }
    for (; i < n; ++i)
        p[i] = char(FlashImage::splitmix64(rng));
}

void fillText(char *p, qint64 n, quint64 &rng)
{
    qint64 i = 0;
    while (i < n) {
        const char *t = kTexts[FlashImage::splitmix64(rng) % kTextCount];
        const qint64 len = qint64(std::strlen(t));
        const qint64 take = std::min(len, n - i);
        std::memcpy(p + i, t, size_t(take));
        i += take;
        if (i < n)
            p[i++] = '\0';
    }
}

// Small integers and pointers into the flash as the CPU sees it without the
// remap (0x10000000 up), like resource tables.
void fillTable(char *p, qint64 n, quint64 &rng)
{
    qint64 i = 0;
    for (; i + 4 <= n; i += 4) {
        const quint64 r = FlashImage::splitmix64(rng);
        const quint32 word = (r & 1) ? quint32((r >> 8) & 0x3FFFFC) | 0x10000000u : quint32((r >> 8) & 0x3FF);
        putLe32(p + i, word);
    }
    for (; i < n; ++i)
        p[i] = 0;
}

void fillData(char *p, qint64 n, quint64 &rng)
{
    for (qint64 i = 0; i < n; ++i)
        p[i] = char(FlashImage::splitmix64(rng) >> 24);
}

void fill(char *p, const FlashImage::Region &r, quint64 seed)
{
    using FlashImage::RegionType;
    // Its own stream per region: a region's bytes do not depend on how the
    // regions before it were filled.
    quint64 rng = seed ^ (quint64(r.offset) * 0x9E3779B97F4A7C15ull);
    switch (r.type) {
    case RegionType::Code: fillCode(p, r.length, rng); break;
    case RegionType::Text: fillText(p, r.length, rng); break;
    case RegionType::Table: fillTable(p, r.length, rng); break;
    case RegionType::Data: fillData(p, r.length, rng); break;
    case RegionType::Erased:
    case RegionType::BootHeader: std::memset(p, 0xFF, size_t(r.length)); break;
    case RegionType::FileInfo:
    case RegionType::RomInfo:
    case RegionType::FsBootSector:
    case RegionType::Zero: std::memset(p, 0, size_t(r.length)); break;
    }
}

// Writes record at offset, cut at the end of the image.
void put(QByteArray &image, qint64 offset, const QByteArray &record)
{
    const qint64 n = std::min<qint64>(record.size(), image.size() - offset);
    if (n > 0)
        std::memcpy(image.data() + offset, record.constData(), size_t(n));
}

} // namespace

namespace FlashImage {

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QByteArray generate(qint64 size, quint64 seed, const Options &options)
{
    return generate(describe(size, seed, options));
}

QByteArray generate(const Layout &layout)
{
    if (layout.size <= 0)
        return {};
    QByteArray image(layout.size, Qt::Uninitialized);
    for (const Region &r : layout.regions)
        fill(image.data() + r.offset, r, layout.seed);
    if (layout.options.blank)
        return image;
    put(image, 0, FirmwareRecords::bootHeader(layout));
    if (layout.options.repetitiveStart) {
        using FirmwareRecords::kRepeatedUnit;
        const QByteArray unit = image.left(kRepeatedUnit);
        for (qint64 at = kRepeatedUnit; at < std::min(layout.size, FirmwareRecords::kRepeatedLength);
             at += kRepeatedUnit)
            put(image, at, unit);
    }
    if (layout.bootLoader.present())
        put(image, layout.bootLoader.offset, FirmwareRecords::fileInfo(layout.bootLoader));
    if (layout.maui.present())
        put(image, layout.maui.offset, FirmwareRecords::fileInfo(layout.maui));
    if (layout.romInfo.present())
        put(image, layout.romInfo.offset, FirmwareRecords::romInfo(layout.romInfo));
    if (layout.fsBegin >= 0)
        put(image, layout.fsBegin, FirmwareRecords::fsSystemArea(layout.fsLength, layout.seed));
    return image;
}

} // namespace FlashImage
