// SPDX-License-Identifier: Unlicense
// The CRC-32 of zlib, PNG and Ethernet computed bit by bit from its
// polynomial, so the value a dump reports is checked against code that is
// not the code that made it.
#pragma once

#include <QByteArray>

inline quint32 bitwiseCrc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1; // the reflected polynomial 0x04C11DB7
    }
    return ~crc;
}
