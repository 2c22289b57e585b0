// SPDX-License-Identifier: Unlicense
#include "FlashSize.h"

#include "DumpTypes.h"
#include "Isolate.h"

#include <QLocale>
#include <algorithm>

namespace {
// Where sample blocks are taken from: spread over the first MiB, so a start
// that is erased or repetitive in one place still leaves others.
constexpr quint32 kSampleOffsets[] = {0x000000, 0x000800, 0x003000, 0x00C000, 0x030000, 0x070000, 0x0B0000, 0x0F0000};
constexpr quint64 kMiB = 1024 * 1024;
// docs/protocol.md §5.6: the sizes a wrap is looked for at.
constexpr quint64 kFirstCandidate = kMiB;
// A short pattern repeated (a fill, a table of one value) matches itself
// wherever it recurs: it tells nothing.
constexpr int kLongestDullPeriod = 16;

struct MethodName
{
    FlashSize::Method method;
    const char *name;
};
constexpr MethodName kMethodNames[] = {
    {FlashSize::Method::NotProbed, "not-probed"},     {FlashSize::Method::WrapAround, "wrap-around"},
    {FlashSize::Method::NoWrap, "no-wrap"},           {FlashSize::Method::BlankStart, "blank-start"},
    {FlashSize::Method::ProbeFailed, "probe-failed"},
};
} // namespace

QString FlashSize::methodName(Method m)
{
    for (const MethodName &n : kMethodNames) {
        if (n.method == m)
            return QLatin1String(n.name);
    }
    return {};
}

QString FlashSize::describe() const
{
    switch (method) {
    case Method::NotProbed: return tr("The flash size was not asked of the phone.");
    case Method::WrapAround:
        return tr("Found from the phone: the flash repeats after %1 (%n sample block(s) matched).", nullptr,
                  fingerprints)
            .arg(Isolate::value(humanSize(qint64(bytes))));
    case Method::NoWrap: return tr("The phone's flash did not repeat anywhere up to 16 MiB, so its size is not known.");
    case Method::BlankStart:
        return tr("The start of the flash is erased (or all alike), so its size could not be found.");
    case Method::ProbeFailed: return tr("The phone did not answer the reads that find the flash size.");
    }
    return {};
}

QJsonObject FlashSize::toJson() const
{
    QJsonObject o{{QStringLiteral("method"), methodName(method)}, {QStringLiteral("samples"), fingerprints}};
    if (bytes > 0)
        o.insert(QStringLiteral("bytes"), double(bytes));
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

FlashSize FlashSize::fromJson(const QJsonObject &o)
{
    FlashSize s;
    const QString name = o.value(QStringLiteral("method")).toString();
    for (const MethodName &n : kMethodNames) {
        if (name == QLatin1String(n.name))
            s.method = n.method;
    }
    // A report is a file anyone can edit. A double converts to an integer
    // only inside its range (outside it the conversion is undefined), and a
    // byte count is exact only below 2^53: anything else is no size.
    constexpr double kExact = 9007199254740992.0; // 2^53
    const double bytes = o.value(QStringLiteral("bytes")).toDouble();
    s.bytes = bytes >= 0 && bytes < kExact ? quint64(bytes) : 0;
    s.fingerprints = o.value(QStringLiteral("samples")).toInt();
    s.detail = o.value(QStringLiteral("detail")).toString();
    return s;
}

bool FlashSizeProbe::isDistinctive(const QByteArray &block)
{
    if (block.isEmpty())
        return false;
    for (int period = 1; period <= kLongestDullPeriod && period < block.size(); ++period) {
        if (block.mid(period) == block.left(block.size() - period))
            return false;
    }
    return true;
}

QList<FlashSizeProbe::Sample> FlashSizeProbe::chooseSamples()
{
    QList<Sample> read;
    for (quint32 offset : kSampleOffsets)
        read << Sample{offset, m_read(offset, kSampleSize)};
    // A block that appears at two sample places belongs to a repetitive
    // region: none of its copies can tell a wrap from a repeat.
    QList<Sample> chosen;
    for (const Sample &s : std::as_const(read)) {
        const auto copies = std::count_if(read.cbegin(), read.cend(),
                                          [&s](const Sample &o) { return o.bytes == s.bytes; });
        if (copies == 1 && isDistinctive(s.bytes))
            chosen << s;
    }
    return chosen;
}

bool FlashSizeProbe::repeatsAt(const QList<Sample> &samples, quint64 size, int *compared)
{
    // Up to kWantedSamples that lie below size, from both ends of the range.
    QList<Sample> usable;
    for (const Sample &s : samples) {
        if (s.offset + kSampleSize <= size)
            usable << s;
    }
    while (usable.size() > kWantedSamples)
        usable.removeAt(usable.size() / 2);
    *compared = int(usable.size());
    if (usable.size() < std::min<qsizetype>(2, samples.size()) || usable.isEmpty())
        return false;
    for (const Sample &s : std::as_const(usable)) {
        if (m_read(quint32(size + s.offset), kSampleSize) != s.bytes)
            return false;
    }
    return true;
}

FlashSize FlashSizeProbe::run()
{
    FlashSize result;
    try {
        const QList<Sample> samples = chooseSamples();
        if (samples.isEmpty()) {
            result.method = FlashSize::Method::BlankStart;
            result.detail = FlashSize::tr("None of the %n sample block(s) of %1 in the first MiB is distinctive.",
                                          nullptr, int(std::size(kSampleOffsets)))
                                .arg(Isolate::value(humanSize(kSampleSize)));
            return result;
        }
        int compared = 0;
        for (quint64 size = kFirstCandidate; size <= kLargest; size *= 2) {
            if (!repeatsAt(samples, size, &compared))
                continue;
            // A flash of 1 MiB or less repeats at 1 MiB too: look lower.
            quint64 found = size;
            int foundCompared = compared;
            for (quint64 smaller = size / 2; size == kFirstCandidate && smaller >= kSmallest; smaller /= 2) {
                if (!repeatsAt(samples, smaller, &compared))
                    break;
                found = smaller;
                foundCompared = compared;
            }
            // Still repeating at the smallest size: a flash would not repeat
            // again below it, but a pattern of a few KiB over the whole first
            // MiB matches at every size and tells nothing.
            if (found == kSmallest && repeatsAt(samples, kSmallest / 2, &compared)) {
                result.method = FlashSize::Method::BlankStart;
                result.detail = FlashSize::tr("The sample blocks repeat every %1 or less: a pattern, not a wrap.")
                                    .arg(Isolate::value(humanSize(qint64(kSmallest / 2))));
                return result;
            }
            result.method = FlashSize::Method::WrapAround;
            result.bytes = found;
            result.fingerprints = foundCompared;
            result.detail = FlashSize::tr("%n sample block(s) read again at %1 matched.", nullptr, foundCompared)
                                .arg(Isolate::hex(found));
            return result;
        }
        result.method = FlashSize::Method::NoWrap;
        result.fingerprints = int(samples.size());
        result.detail = FlashSize::tr("%n sample block(s) matched nowhere up to 16 MiB.", nullptr, int(samples.size()));
    } catch (const DumpException &e) {
        if (e.error().code == Mt::ErrorCode::Cancelled || e.error().code == Mt::ErrorCode::Disconnected)
            throw;
        result = FlashSize{};
        result.method = FlashSize::Method::ProbeFailed;
        result.detail = e.error().technicalSummary();
    }
    return result;
}
