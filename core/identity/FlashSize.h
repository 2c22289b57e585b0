// SPDX-License-Identifier: Unlicense
// How big the flash is, and how that was found out: from the phone itself,
// by reading a few blocks again where the flash would repeat (docs/protocol.md
// §5.6), before a dump starts.
#pragma once

#include "DumpError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

struct FlashSize
{
    Q_DECLARE_TR_FUNCTIONS(FlashSize)

public:
    enum class Method {
        NotProbed,   // no one asked the phone
        WrapAround,  // the flash repeats after bytes: that is its size
        NoWrap,      // nothing repeated up to 16 MiB
        BlankStart,  // the start is erased or all alike: nothing to compare
        ProbeFailed, // the phone did not answer the probe reads
    };

    Method method = Method::NotProbed;
    quint64 bytes = 0;    // 0 while unknown
    int fingerprints = 0; // sample blocks compared
    QString detail;       // technical, for the log

    bool known() const { return method == Method::WrapAround && bytes > 0; }
    // "Found from the phone: the flash repeats after 4 MiB (3 sample blocks matched)."
    QString describe() const;
    static QString methodName(Method m); // "wrap-around", "no-wrap", ... for the report

    QJsonObject toJson() const;
    static FlashSize fromJson(const QJsonObject &o);
};

// Finds the size by wrap-around. Reading is the caller's: read(address, n)
// returns n flash bytes or throws DumpException.
class FlashSizeProbe
{
public:
    using Reader = std::function<QByteArray(quint32 address, quint32 size)>;

    explicit FlashSizeProbe(Reader read) : m_read(std::move(read)) {}
    FlashSize run();

    // 3-byte SPI addressing ends at 16 MiB (docs/protocol.md §5.6).
    static constexpr quint64 kLargest = 16 * 1024 * 1024;
    static constexpr quint64 kSmallest = 64 * 1024;
    static constexpr quint32 kSampleSize = 256;
    static constexpr int kWantedSamples = 3;

    // A block worth comparing: not all one byte value (erased, zero) and
    // not a short pattern repeated, which would match itself anywhere.
    static bool isDistinctive(const QByteArray &block);

private:
    struct Sample
    {
        quint32 offset;
        QByteArray bytes;
    };
    QList<Sample> chooseSamples();
    bool repeatsAt(const QList<Sample> &samples, quint64 size, int *compared);

    Reader m_read;
};
