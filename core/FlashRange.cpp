// SPDX-License-Identifier: Unlicense
#include "FlashRange.h"

#include "Isolate.h"
#include "WireConstants.h"

#include <QRegularExpression>
#include <limits>

namespace {
// The BROM's address and count fields are 32 bits wide.
constexpr quint64 kAddressSpace = quint64(1) << 32;
} // namespace

namespace {
// "K", "KB", "KiB" and so on: how many bytes one unit is; 0 when not a unit.
quint64 unitBytes(const QString &unit)
{
    static const QRegularExpression re(QStringLiteral("^([kmg])(i?b)?$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(unit);
    if (!m.hasMatch())
        return 0;
    switch (m.captured(1).toLower().at(0).unicode()) {
    case 'k': return quint64(1) << 10;
    case 'm': return quint64(1) << 20;
    default: return quint64(1) << 30;
    }
}

bool allDigits(const QString &digits, bool hex)
{
    for (const QChar c : digits) {
        const QChar l = c.toLower();
        const bool ok = c.isDigit() || (hex && l >= QLatin1Char('a') && l <= QLatin1Char('f'));
        if (!ok || c.unicode() > 0x7f)
            return false;
    }
    return !digits.isEmpty();
}
} // namespace

std::optional<quint64> parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        const QString digits = t.mid(2);
        bool ok = false;
        const quint64 v = digits.toULongLong(&ok, 16);
        return allDigits(digits, true) && ok ? std::optional<quint64>(v) : std::nullopt;
    }
    // Decimal, then an optional unit, with or without a space before it.
    qsizetype end = 0;
    while (end < t.size() && t.at(end).isDigit() && t.at(end).unicode() <= 0x7f)
        ++end;
    const QString digits = t.left(end);
    const QString unit = t.mid(end).trimmed();
    bool ok = false;
    const quint64 v = digits.toULongLong(&ok, 10);
    if (!allDigits(digits, false) || !ok)
        return std::nullopt;
    if (unit.isEmpty())
        return v;
    const quint64 scale = unitBytes(unit);
    if (scale == 0 || v > std::numeric_limits<quint64>::max() / scale)
        return std::nullopt;
    return v * scale;
}

QString FlashRange::validationError(bool anyAddress) const
{
    if (length == 0)
        return tr("The length is zero: nothing to read.");
    if (start >= kAddressSpace)
        return tr("The start is past the 4 GiB address space of the phone.");
    if (length > kAddressSpace - start)
        return tr("The range runs past the 4 GiB address space of the phone.");
    if (!anyAddress && end() > kAboveFlash)
        return tr("The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone's RAM "
                  "and registers, not flash, and reading registers can upset the phone. Choose a range below "
                  "0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.");
    return {};
}

std::optional<FlashRange> parseRange(const QString &start, const QString &length, QString *error, bool anyAddress)
{
    const auto s = parseNumber(start);
    if (!s) {
        if (error)
            *error = FlashRange::tr("The start \"%1\" is not a number. Use decimal (4194304), hex (0x400000) or a "
                                    "size such as 4M or 4096K.")
                         .arg(Isolate::value(start));
        return std::nullopt;
    }
    const auto l = parseNumber(length);
    if (!l) {
        if (error)
            *error = FlashRange::tr("The length \"%1\" is not a number. Use decimal (4194304), hex (0x400000) or a "
                                    "size such as 4M or 4096K.")
                         .arg(Isolate::value(length));
        return std::nullopt;
    }
    FlashRange range{*s, *l};
    const QString why = range.validationError(anyAddress);
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
