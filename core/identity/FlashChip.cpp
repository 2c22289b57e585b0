// SPDX-License-Identifier: Unlicense
#include "FlashChip.h"

namespace {
struct Maker
{
    quint8 id;
    const char *name;
};
// The makers of the serial NOR parts found in MT626x phones (docs/protocol.md §10.4).
constexpr Maker kMakers[] = {
    {0xC8, "GigaDevice"}, {0xEF, "Winbond"}, {0xC2, "Macronix"}, {0x1C, "EON"},  {0x20, "XMC or Micron"},
    {0x85, "Puya"},       {0x68, "Boya"},    {0x0B, "XTX"},      {0x5E, "Zbit"},
};
constexpr int kSmallestLog2 = 16; // 64 KiB
constexpr int kLargestLog2 = 25;  // 32 MiB
} // namespace

QString FlashChip::vendor(quint16 manufacturerId)
{
    // The ROM info keeps the JEDEC byte in a 16-bit field.
    if (manufacturerId > 0xFF)
        return {};
    for (const Maker &m : kMakers) {
        if (m.id == manufacturerId)
            return QLatin1String(m.name);
    }
    return {};
}

std::optional<quint64> FlashChip::impliedSize(quint16 deviceId)
{
    const int log2 = deviceId & 0xFF;
    if (log2 < kSmallestLog2 || log2 > kLargestLog2)
        return std::nullopt;
    return quint64(1) << log2;
}
