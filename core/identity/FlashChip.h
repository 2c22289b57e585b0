// SPDX-License-Identifier: Unlicense
// What a JEDEC flash id says: the maker, and the size the device id implies
// (its low byte is usually log2 of the size, docs/protocol.md §10.4).
#pragma once

#include <QString>
#include <optional>

namespace FlashChip {

// "GigaDevice", "Winbond", ...; empty for a maker we do not know.
QString vendor(quint16 manufacturerId);
// 4 MiB for a device id ending in 0x16; nothing when the low byte is no
// plausible size (64 KiB to 32 MiB).
std::optional<quint64> impliedSize(quint16 deviceId);

} // namespace FlashChip
