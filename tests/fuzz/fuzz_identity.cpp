// SPDX-License-Identifier: Unlicense
// libFuzzer target: arbitrary bytes as a dump, read for what it is (docs/protocol.md
// §10) in chunks the input chooses, and as a report beside it. Reading must
// never crash, must give the same records whatever the chunks, and must keep
// its lists bounded however many marks the bytes hold.
#include "identity/ContentSurvey.h"
#include "identity/DumpIdentity.h"
#include "identity/DumpReport.h"
#include "identity/FirmwareRecords.h"

#include <QJsonDocument>
#include <QSet>
#include <cstdlib>

namespace {
// Where the dump starts in the flash: at 0 (SF_BOOT), just past it, where the
// MAUI image usually is, and around the end of the first MiB, the last place
// a ROM info is looked for.
constexpr quint64 kStarts[] = {0, 1, 8, 0x20000, 0xFFE00, 0xFFF00, 0x100000 - 13, 0x100000};

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// The marks a record starts with, so the fuzzer need not find them itself.
QByteArray withMarks(quint8 shape, const QByteArray &body)
{
    const QByteArray gfh = QByteArrayLiteral("MMM") + body.left(5).leftJustified(5, '\0') + "FILE_INFO";
    QByteArray dump;
    switch (shape & 3) {
    case 0: dump = body; break;
    case 1: dump = QByteArrayLiteral("MTK_ROMINFO_v") + body; break;
    case 2: dump = gfh + body; break;
    case 3: dump = QByteArrayLiteral("SF_BOOT") + body; break;
    }
    // More marks in the middle: two records close together, or one inside another.
    if (shape & 4)
        dump.insert(dump.size() / 2, "MTK_ROMINFO_v09");
    if (shape & 8)
        dump.insert(dump.size() / 3, gfh);
    // Many of them: more headers than are listed, ROM info after ROM info.
    if (shape & 0x80)
        dump = dump.repeated(40);
    return dump;
}

FirmwareRecords scan(const QByteArray &dump, quint64 start, const QByteArray &lengths, int scale)
{
    FirmwareScanner scanner(start);
    qsizetype k = 0;
    for (qsizetype at = 0; at < dump.size();) {
        // Chunk lengths from the input itself, cycling: 1 byte to 2 KiB.
        const qsizetype n = lengths.isEmpty() ? dump.size()
                                              : 1 + qsizetype(quint8(lengths.at(k++ % lengths.size()))) * scale;
        scanner.feed(dump.constData() + at, std::min(n, dump.size() - at));
        at += n;
    }
    return scanner.finish();
}

DumpIdentity identityOf(const QByteArray &dump, quint64 start, const FirmwareRecords &records, const FlashSize &size)
{
    ContentSurvey survey;
    survey.feed(dump);
    DumpIdentity id;
    id.start = start;
    id.content = survey.finish();
    id.length = id.content.bytes;
    id.firmware = records;
    id.flashSize = size;
    id.crossCheck();
    return id;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const quint8 *data, size_t size)
{
    if (size < 2)
        return 0;
    // Byte 0: marks and start; byte 1: chunk scale and the flash size; the
    // rest is the dump (and, read as JSON, a report).
    const quint8 shape = data[0];
    const quint8 sizing = data[1];
    const QByteArray body(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const QByteArray dump = withMarks(shape, body);
    const quint64 start = kStarts[shape >> 4 & 7];

    const FirmwareRecords atOnce = scan(dump, start, {}, 1);
    const FirmwareRecords chunked = scan(dump, start, body, 1 + (sizing & 7));
    // Bounded: 32 headers with a problem each, one "more than 32", one
    // second ROM info, and the records cut off by the end (a mark cannot
    // overlap itself: at most 5 headers and 26 ROM info marks fit there).
    check(atOnce.files.size() <= FirmwareScanner::kMaxFiles);
    check(atOnce.problems.size() <= 2 * FirmwareScanner::kMaxFiles + 4);
    check(!atOnce.romInfo || atOnce.romInfo->flashes.size() <= 6);
    check(atOnce.sfBoot.has_value() == (start == 0));
    // Each problem is told once: every sentence names its own offset or is
    // one of a kind.
    check(QSet<QString>(atOnce.problems.cbegin(), atOnce.problems.cend()).size() == atOnce.problems.size());

    FlashSize flashSize;
    switch (sizing >> 3 & 3) {
    case 0: break; // offline: not asked
    case 1:
        flashSize.method = FlashSize::Method::WrapAround;
        flashSize.bytes = quint64(1) << (sizing >> 5 & 7) << 16; // 64 KiB to 8 MiB
        break;
    case 2:
        flashSize.method = FlashSize::Method::WrapAround;
        flashSize.bytes = quint64(body.size()); // any size at all, even 0
        break;
    case 3: {
        // A report anyone could have edited.
        const QJsonObject report = QJsonDocument::fromJson(body).object();
        flashSize = DumpReport::flashSizeOf(report);
        DumpReport::phoneOf(report);
        break;
    }
    }
    const DumpIdentity one = identityOf(dump, start, atOnce, flashSize);
    const DumpIdentity other = identityOf(dump, start, chunked, flashSize);
    // The same records whatever the chunks: the report says it all.
    check(DumpReport::identityJson(one) == DumpReport::identityJson(other));

    const ContentFigures &c = one.content;
    check(c.bytes == quint64(dump.size()));
    check(c.erasedBytes + c.zeroBytes <= c.bytes);
    check(quint64(c.blocks.size()) == (c.bytes + ContentFigures::kBlockSize - 1) / ContentFigures::kBlockSize);
    check(ContentFigures::fromLetters(c.blockLetters()) == c.blocks);
    check(one.regions.size() <= FirmwareScanner::kMaxFiles + 2);
    for (const FlashRegion &r : one.regions)
        check(r.offset + r.length >= r.offset); // no region wraps around
    // A second look finds the same.
    DumpIdentity again = one;
    again.crossCheck();
    check(again.warnings == one.warnings && again.regions.size() == one.regions.size());
    check(DumpNaming::safe(one.firmwareVersion()).size() <= 48);
    return 0;
}
