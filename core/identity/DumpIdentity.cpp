// SPDX-License-Identifier: Unlicense
#include "DumpIdentity.h"

#include "DumpTypes.h"
#include "FlashChip.h"
#include "Isolate.h"

#include <QDateTime>
#include <QFile>

namespace {
constexpr qint64 kChunk = 1024 * 1024;
constexpr int kMaxNamePart = 48;
} // namespace

QString DumpIdentity::firmwareVersion() const
{
    return firmware.romInfo ? firmware.romInfo->projectId : QString();
}

QString DumpIdentity::platformId() const
{
    return firmware.romInfo ? firmware.romInfo->platformId : QString();
}

std::optional<quint64> DumpIdentity::bestSize() const
{
    if (flashSize.known())
        return flashSize.bytes;
    return impliedSize;
}

std::optional<DumpIdentity> DumpIdentity::ofFile(const QString &path, quint64 start, const FlashSize &size,
                                                 QString *error, const QByteArray &sha256)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    ContentSurvey survey(sha256);
    FirmwareScanner scanner(start);
    QByteArray chunk;
    for (;;) {
        chunk = f.read(kChunk);
        if (chunk.isEmpty())
            break;
        survey.feed(chunk);
        scanner.feed(chunk);
    }
    if (f.error() != QFileDevice::NoError) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    DumpIdentity id;
    id.start = start;
    id.content = survey.finish();
    id.length = id.content.bytes;
    id.firmware = scanner.finish();
    id.flashSize = size;
    id.crossCheck();
    return id;
}

void DumpIdentity::crossCheck()
{
    warnings.clear();
    regions.clear();
    userData.reset();
    manufacturerId.reset();
    deviceId.reset();
    vendor.clear();
    impliedSize.reset();
    const std::optional<quint64> phoneSize = flashSize.known() ? std::optional<quint64>(flashSize.bytes) : std::nullopt;
    if (firmware.sfBoot == false)
        warnings << tr("The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, "
                       "or the firmware is not a MediaTek one.");
    if (!firmware.romInfo)
        warnings << tr("Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek's).");
    warnings << firmware.problems;
    if (firmware.romInfo) {
        warnings << firmware.romInfo->problems;
        regions << FlashRegion{FlashRegion::Kind::RomInfo, firmware.romInfo->offset, RomInfoBlock::kSize,
                               tr("ROM info")};
    }
    checkFlashRecord(phoneSize);
    placeFirmwareFiles();
}

void DumpIdentity::checkFlashRecord(std::optional<quint64> phoneSize)
{
    // The flash the phone would have: what the firmware says, checked against the phone.
    if (firmware.romInfo && !firmware.romInfo->flashes.isEmpty()) {
        const RomInfoFlash &f = firmware.romInfo->flashes.constFirst();
        manufacturerId = f.manufacturerId;
        deviceId = f.deviceId;
        vendor = FlashChip::vendor(f.manufacturerId);
        impliedSize = FlashChip::impliedSize(f.deviceId);
        if (phoneSize && impliedSize && *impliedSize != *phoneSize)
            warnings << tr("The firmware's record says the flash is %1, but the phone's flash repeats after %2.")
                            .arg(Isolate::value(humanSize(qint64(*impliedSize))),
                                 Isolate::value(humanSize(qint64(*phoneSize))));
        const quint64 fsEnd = quint64(f.fsBegin) + f.fsLength;
        const std::optional<quint64> flashEnd = phoneSize ? phoneSize : impliedSize;
        if (f.fsLength == 0) {
            // No user data region recorded.
        } else if (flashEnd && fsEnd > *flashEnd) {
            warnings << tr("The firmware puts the user data at %1 to %2, past the end of the flash (%3).")
                            .arg(Isolate::hex(f.fsBegin), Isolate::hex(fsEnd),
                                 Isolate::value(humanSize(qint64(*flashEnd))));
        } else {
            userData = FlashRegion{FlashRegion::Kind::UserData, f.fsBegin, f.fsLength, tr("user data")};
            regions << *userData;
            if (phoneSize && fsEnd != *phoneSize)
                warnings << tr("The user data region ends at %1, not at the end of the flash (%2).")
                                .arg(Isolate::hex(fsEnd), Isolate::hex(*phoneSize));
        }
    }
}

void DumpIdentity::placeFirmwareFiles()
{
    // Without a flash size the dump's own end is as far as a file can be
    // shown, but a file going on past it says nothing about the flash.
    const std::optional<quint64> flashEnd = bestSize();
    const quint64 end = flashEnd.value_or(start + length);
    for (const FileInfoHeader &h : std::as_const(firmware.files)) {
        const QString name = h.typeName().isEmpty() ? tr("file type %1").arg(Isolate::hex(h.fileType, 4))
                                                    : h.typeName();
        if (h.fileLength == 0xFFFFFFFFu || h.fileLength == 0) {
            regions << FlashRegion{FlashRegion::Kind::Firmware, h.offset, 0, name};
            continue;
        }
        const quint64 fileEnd = h.offset + h.fileLength;
        if (flashEnd && fileEnd > *flashEnd)
            warnings << tr("The %1 at %2 claims %3, past the end of the flash.")
                            .arg(name, Isolate::hex(h.offset), Isolate::value(humanSize(qint64(h.fileLength))));
        regions << FlashRegion{FlashRegion::Kind::Firmware, h.offset, std::min(fileEnd, end) - std::min(h.offset, end),
                               name};
    }
}

QString DumpNaming::safe(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        // Other_Control: C0, DEL and the C1 controls (U+0080 to U+009F).
        const bool bad = c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c)
            || c.isSpace();
        out += bad ? QLatin1Char('-') : c;
    }
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    // Not between the two halves of a character beyond U+FFFF.
    const qsizetype cut = out.size() > kMaxNamePart && out.at(kMaxNamePart - 1).isHighSurrogate() ? kMaxNamePart - 1
                                                                                                  : kMaxNamePart;
    return out.left(cut);
}

QString DumpNaming::suggested(const QString &chip, const QString &version, const QByteArray &meId,
                              const QDateTime &when)
{
    QStringList parts{safe(chip.isEmpty() ? QStringLiteral("MT6261") : chip)};
    if (const QString v = safe(version); !v.isEmpty())
        parts << v;
    if (!meId.isEmpty())
        parts << QString::fromLatin1(meId.toHex().left(8)).toUpper();
    parts << when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return parts.join(QLatin1Char('_')) + QStringLiteral(".bin");
}
