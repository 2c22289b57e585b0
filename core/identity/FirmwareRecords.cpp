// SPDX-License-Identifier: Unlicense
// Layouts from docs/protocol.md §10, all little-endian.
#include "FirmwareRecords.h"

#include "Isolate.h"

#include <QByteArrayView>
#include <QtEndian>
#include <algorithm>

namespace {
const QByteArray kSfBoot = QByteArrayLiteral("SF_BOOT");
const QByteArray kFileInfoId = QByteArrayLiteral("FILE_INFO");
const QByteArray kRomInfoId = QByteArrayLiteral("MTK_ROMINFO_v");
constexpr qsizetype kFileInfoIdAt = 8;  // "FILE_INFO" follows "MMM", version, size and type
constexpr qsizetype kFileInfoSize = 56; // the v1 header: up to the attributes word
constexpr qsizetype kRomInfoSize = RomInfoBlock::kSize;
constexpr int kMaxFlashes = 6;
// The ROM info layouts this one describes; other versions are read the same
// way, with a warning.
constexpr int kOldestRomInfo = 4;
constexpr int kNewestRomInfo = 9;

quint16 le16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 le32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

// A fixed-size text field, up to its NUL. Unterminated or unprintable text
// is a problem; unprintable bytes are shown as '?' rather than trusted.
QString fixedText(const char *p, qsizetype field, const QString &name, QStringList &problems)
{
    const qsizetype length = std::find(p, p + field, '\0') - p;
    if (length == field)
        problems
            << FirmwareRecords::tr("The %1 fills its whole field without an end mark; it may be cut off.").arg(name);
    QString text;
    bool odd = false;
    for (qsizetype i = 0; i < length; ++i) {
        const auto c = quint8(p[i]);
        odd = odd || c < 0x20 || c > 0x7E;
        text += (c < 0x20 || c > 0x7E) ? QLatin1Char('?') : QLatin1Char(char(c));
    }
    if (odd)
        problems << FirmwareRecords::tr("The %1 holds bytes that are not text.").arg(name);
    return text;
}
} // namespace

QString FileInfoHeader::typeName() const
{
    // The file types of MediaTek's build scripts (docs/protocol.md §10.2).
    switch (fileType) {
    case 0x0001: return FirmwareRecords::tr("boot loader");
    case 0x0002: return FirmwareRecords::tr("extended boot loader");
    case 0x0100: return FirmwareRecords::tr("MAUI image");
    case 0x0101: return FirmwareRecords::tr("second MAUI image");
    case 0x0102: return FirmwareRecords::tr("demand-paged code");
    case 0x0103: return FirmwareRecords::tr("third ROM");
    case 0x0104: return FirmwareRecords::tr("DSP ROM");
    case 0x0180: return FirmwareRecords::tr("custom resources");
    case 0x0181: return FirmwareRecords::tr("language pack");
    case 0x0480: return FirmwareRecords::tr("file system");
    default: return {};
    }
}

FirmwareScanner::FirmwareScanner(quint64 flashOffset) : m_start(flashOffset), m_pendingAt(flashOffset) {}

void FirmwareScanner::feed(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    m_pending.append(data, qsizetype(size));
    scan(false);
}

FirmwareRecords FirmwareScanner::finish()
{
    scan(true);
    if (m_start == 0 && !m_records.sfBoot)
        m_records.sfBoot = false; // shorter than the mark itself
    m_pending.clear();
    return m_records;
}

void FirmwareScanner::scan(bool atEnd)
{
    if (m_start == 0 && !m_records.sfBoot && m_pendingAt == 0 && m_pending.size() >= kSfBoot.size())
        m_records.sfBoot = m_pending.startsWith(kSfBoot);

    // A file-info header is found by its "FILE_INFO", 8 bytes in.
    qsizetype at = m_searchedTo;
    qsizetype incomplete = -1;
    // Each mark is searched for again only once the one found was taken: the
    // other one found still lies ahead, and searching for it afresh after
    // every record would go over the chunk once per mark in it.
    qsizetype fileAt = m_pending.indexOf(kFileInfoId, at);
    qsizetype romAt = m_pending.indexOf(kRomInfoId, at);
    for (;;) {
        if (fileAt < 0 && romAt < 0)
            break;
        const bool isFile = romAt < 0 || (fileAt >= 0 && fileAt < romAt);
        const qsizetype found = isFile ? fileAt : romAt;
        const qsizetype recordStart = isFile ? found - kFileInfoIdAt : found;
        const qsizetype recordEnd = recordStart + (isFile ? kFileInfoSize : kRomInfoSize);
        if (recordEnd > m_pending.size() && !atEnd) {
            incomplete = found; // taken once more bytes have come
            break;
        }
        at = found + 1;
        if (isFile) {
            takeFileInfo(recordStart, atEnd);
            fileAt = m_pending.indexOf(kFileInfoId, at);
        } else {
            takeRomInfo(recordStart, atEnd);
            romAt = m_pending.indexOf(kRomInfoId, at);
        }
    }
    if (atEnd)
        return;
    // Search again from where a mark could still begin; keep the few bytes
    // before it that a file-info header starts with.
    const qsizetype longestId = std::max(kFileInfoId.size(), kRomInfoId.size());
    const qsizetype resumeAt = incomplete >= 0 ? incomplete : std::max<qsizetype>(at, m_pending.size() - longestId + 1);
    const qsizetype drop = std::max<qsizetype>(0, resumeAt - kFileInfoIdAt);
    m_pending.remove(0, drop);
    m_pendingAt += quint64(drop);
    m_searchedTo = resumeAt - drop;
}

void FirmwareScanner::takeFileInfo(qsizetype at, bool atEnd)
{
    if (at < 0 || QByteArrayView(m_pending.constData() + at, 3) != QByteArrayView("MMM"))
        return; // "FILE_INFO" in text or data, not a header
    const quint64 offset = m_pendingAt + quint64(at);
    if (at + kFileInfoSize > m_pending.size()) {
        Q_ASSERT(atEnd);
        m_records.problems
            << tr("A file-info header at %1 is cut off by the end of the dump.").arg(Isolate::hex(offset));
        return;
    }
    if (m_records.files.size() >= kMaxFiles) {
        if (!m_tooManyFiles)
            m_records.problems << tr("More than %1 file-info headers: only the first %1 are listed.").arg(kMaxFiles);
        m_tooManyFiles = true;
        return;
    }
    const char *p = m_pending.constData() + at;
    FileInfoHeader h;
    h.offset = offset;
    h.version = quint8(p[3]);
    h.headerSize = le16(p + 4);
    h.fileVersion = le32(p + 20);
    h.fileType = le16(p + 24);
    h.flashDevice = quint8(p[26]);
    h.signatureType = quint8(p[27]);
    h.loadAddress = le32(p + 28);
    h.fileLength = le32(p + 32);
    h.maxSize = le32(p + 36);
    h.contentOffset = le32(p + 40);
    h.signatureLength = le32(p + 44);
    h.jumpOffset = le32(p + 48);
    h.attributes = le32(p + 52);
    if (le16(p + 6) != 0 || h.headerSize < kFileInfoSize)
        m_records.problems << tr("The file-info header at %1 has a wrong type or size (%2 bytes).")
                                  .arg(Isolate::hex(offset))
                                  .arg(h.headerSize);
    m_records.files << h;
}

void FirmwareScanner::takeRomInfo(qsizetype at, bool atEnd)
{
    const quint64 offset = m_pendingAt + quint64(at);
    if (offset >= kRomInfoSearchEnd)
        return; // docs/protocol.md §10.3: it lies in the first MiB
    if (m_records.romInfo) {
        if (!m_secondRomInfo)
            m_records.problems << tr("A second ROM info block at %1 was ignored.").arg(Isolate::hex(offset));
        m_secondRomInfo = true;
        return;
    }
    if (at + kRomInfoSize > m_pending.size()) {
        Q_ASSERT(atEnd);
        m_records.problems
            << tr("The ROM info block at %1 is cut off by the end of the dump.").arg(Isolate::hex(offset));
        return;
    }
    const char *p = m_pending.constData() + at;
    RomInfoBlock r;
    r.offset = offset;
    r.identifier = fixedText(p, 16, tr("ROM info identifier"), r.problems);
    bool isNumber = false;
    r.version = r.identifier.mid(kRomInfoId.size()).toInt(&isNumber);
    if (!isNumber || r.version < kOldestRomInfo || r.version > kNewestRomInfo)
        r.problems << tr("ROM info version \"%1\" is not one MTreader knows (v04 to v09): its fields may be misread.")
                          .arg(Isolate::value(r.identifier.mid(kRomInfoId.size() - 1)));
    r.platformId = fixedText(p + 16, 128, tr("platform id"), r.problems);
    r.projectId = fixedText(p + 144, 64, tr("project id"), r.problems);
    r.nfbId = le16(p + 208);
    r.deviceCount = le16(p + 210);
    if (r.deviceCount > kMaxFlashes)
        r.problems << tr("The ROM info lists %1 flash devices; at most %2 fit.").arg(r.deviceCount).arg(kMaxFlashes);
    for (int i = 0; i < std::min<int>(r.deviceCount, kMaxFlashes); ++i) {
        const char *d = p + 212 + 16 * i;
        r.flashes << RomInfoFlash{le16(d), le16(d + 2), le16(d + 4), le16(d + 6), le32(d + 8), le32(d + 12)};
    }
    r.customerParamAddress = le32(p + 320);
    r.customerParamLength = le32(p + 324);
    m_records.romInfo = r;
}
