// SPDX-License-Identifier: Unlicense
// Region layout of the generated image. Every multi-byte value is stored byte
// by byte (little-endian, as the ARM core reads it), never through a host int.
#include "FlashImage.h"

#include <algorithm>
#include <cstring>

namespace {

constexpr qint64 kHeaderSize = 0x200;
constexpr qint64 kMinRegion = 0x1000;
constexpr qint64 kMaxRegion = 0x10000;

enum class Region { Code, Blank, Text, Table };

// Texts a feature phone's menus really show; they make the dump look like a
// firmware in a hex viewer and give "strings" something to find.
const char *const kTexts[] = {
    "Phonebook", "Messages", "Call history", "Settings", "Multimedia", "Organizer",
    "Profiles", "Alarm", "Calculator", "Bluetooth", "Camera", "Audio player",
    "FM radio", "Insert SIM", "Emergency calls only", "Searching...", "No service",
    "Enter PIN", "Phone locked", "Battery low", "Charging", "Memory full",
    "Write message", "Inbox", "Outbox", "Drafts", "Sent messages", "Missed calls",
    "Dialled calls", "Received calls", "Silent", "General", "Meeting", "Outdoor",
    "Date and time", "Language", "Restore factory settings", "Security", "Network",
    "Ringtone", "Wallpaper", "Power off?", "MAUI.11CW1418SP.W15.19",
};
constexpr int kTextCount = int(sizeof kTexts / sizeof kTexts[0]);

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

// Small integers and pointers into the flash, like resource tables.
void fillTable(char *p, qint64 n, quint64 &rng)
{
    qint64 i = 0;
    for (; i + 4 <= n; i += 4) {
        const quint64 r = FlashImage::splitmix64(rng);
        const quint32 word = (r & 1) ? quint32((r >> 8) & 0x3FFFFC) | 0x10000000u
                                     : quint32((r >> 8) & 0x3FF);
        putLe32(p + i, word);
    }
    for (; i < n; ++i)
        p[i] = 0;
}

void writeHeader(char *p, qint64 size, quint64 seed)
{
    std::memset(p, 0xFF, size_t(kHeaderSize));
    std::memcpy(p, "SF_BOOT\0", 8);
    putLe32(p + 0x08, 0x00000001);            // header version
    putLe32(p + 0x0C, quint32(size));         // image length
    putLe32(p + 0x10, quint32(kHeaderSize));  // first region
    putLe32(p + 0x14, quint32(seed));
    putLe32(p + 0x18, quint32(seed >> 32));
    std::memcpy(p + 0x20, "MTreader virtual MT6261\0", 24);
    putLe16(p + 0x40, 0x6261);
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

QByteArray generate(qint64 size, quint64 seed)
{
    if (size <= 0)
        return {};
    QByteArray image(size, Qt::Uninitialized);
    char *p = image.data();
    if (size < kHeaderSize) {
        QByteArray header(kHeaderSize, Qt::Uninitialized);
        writeHeader(header.data(), size, seed);
        std::memcpy(p, header.constData(), size_t(size));
        return image;
    }
    writeHeader(p, size, seed);

    quint64 rng = seed;
    // The first regions are fixed so even a small image has every kind.
    const Region opening[] = {Region::Code, Region::Text, Region::Blank, Region::Table};
    int regionIndex = 0;
    qint64 at = kHeaderSize;
    while (at < size) {
        Region kind;
        if (regionIndex < 4) {
            kind = opening[regionIndex];
        } else {
            const quint64 pick = splitmix64(rng) % 20;
            kind = pick < 8 ? Region::Code : pick < 13 ? Region::Blank : pick < 17 ? Region::Text : Region::Table;
        }
        ++regionIndex;
        // Region sizes are multiples of 256 bytes, as linker sections often are.
        qint64 len = kMinRegion + qint64(splitmix64(rng) % quint64(kMaxRegion - kMinRegion));
        len &= ~qint64(0xFF);
        len = std::min(len, size - at);
        char *r = p + at;
        switch (kind) {
        case Region::Code: fillCode(r, len, rng); break;
        case Region::Blank: std::memset(r, 0xFF, size_t(len)); break;
        case Region::Text: fillText(r, len, rng); break;
        case Region::Table: fillTable(r, len, rng); break;
        }
        at += len;
    }
    return image;
}

} // namespace FlashImage
