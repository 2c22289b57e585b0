// SPDX-License-Identifier: Unlicense
#include "FlashRange.h"

#include "WireConstants.h"

namespace {
// The BROM's address and count fields are 32 bits wide.
constexpr quint64 kAddressSpace = quint64(1) << 32;
} // namespace

std::optional<quint64> parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const bool hex = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
    const QString digits = hex ? t.mid(2) : t;
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar c : digits) {
        const bool ok = hex ? (c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
                            : c.isDigit();
        if (!ok || c.unicode() > 0x7f)
            return std::nullopt;
    }
    bool ok = false;
    const quint64 v = digits.toULongLong(&ok, hex ? 16 : 10);
    if (!ok)
        return std::nullopt;
    return v;
}

QString FlashRange::validationError() const
{
    if (length == 0)
        return tr("The length is zero: nothing to read.");
    if (start >= kAddressSpace)
        return tr("The start is past the 4 GiB address space of the phone.");
    if (length > kAddressSpace - start)
        return tr("The range runs past the 4 GiB address space of the phone.");
    return {};
}

std::optional<FlashRange> parseRange(const QString &start, const QString &length, QString *error)
{
    const auto s = parseNumber(start);
    if (!s) {
        if (error)
            *error = FlashRange::tr("The start \"%1\" is not a number. Use decimal (4194304) or hex (0x400000).").arg(start);
        return std::nullopt;
    }
    const auto l = parseNumber(length);
    if (!l) {
        if (error)
            *error = FlashRange::tr("The length \"%1\" is not a number. Use decimal (4194304) or hex (0x400000).").arg(length);
        return std::nullopt;
    }
    FlashRange range{*s, *l};
    const QString why = range.validationError();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return range;
}

QString blockSizeError(quint64 blockSize)
{
    if (blockSize < 4 || blockSize % 4 != 0)
        return FlashRange::tr("The block size must be a multiple of 4 bytes.");
    if (blockSize > Wire::kMaxBlockSize)
        return FlashRange::tr("The block size can be at most 1 MiB.");
    return {};
}
