// SPDX-License-Identifier: Unlicense
// A byte range of the flash as the user gives it, and the word-aligned range
// the phone is actually asked for (READ32 needs 4-aligned addresses).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

struct FlashRange
{
    Q_DECLARE_TR_FUNCTIONS(FlashRange)

public:
    quint64 start = 0;
    quint64 length = 0;

    quint64 end() const { return start + length; }
    quint64 alignedStart() const { return start & ~quint64(3); }
    quint64 alignedEnd() const { return (end() + 3) & ~quint64(3); }
    quint64 alignedLength() const { return alignedEnd() - alignedStart(); }
    // Bytes to drop from the front of the aligned data.
    quint64 headTrim() const { return start - alignedStart(); }

    // Empty when the range can be read; otherwise a sentence saying why not.
    // Without anyAddress, a range reaching the RAM and registers above the
    // mapped flash is refused.
    QString validationError(bool anyAddress = false) const;

    // Once the flash is mapped at 0, this and up is RAM, then registers
    // (docs/protocol.md §5.7): a flash dump never needs it.
    static constexpr quint64 kAboveFlash = 0x10000000;
};

// Parses "0x400000", "4194304" or "0X1f" (hex with 0x, decimal otherwise),
// and sizes with a unit: "4M", "4MiB", "4 MiB", "4096K", "16m" (K, M and G
// are powers of 1024). Signs, spaces inside a number, other suffixes,
// overflow and empty text are refused.
std::optional<quint64> parseNumber(const QString &text);

// Parses and validates a start/length pair; on failure error says why.
std::optional<FlashRange> parseRange(const QString &start, const QString &length, QString *error,
                                     bool anyAddress = false);

// Checks a block size: a multiple of 4 between 4 bytes and 1 MiB.
QString blockSizeError(quint64 blockSize);
