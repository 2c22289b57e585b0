// SPDX-License-Identifier: Unlicense
// What a dump's own bytes say it is (docs/protocol.md §10): the serial-flash
// boot header, the file-info headers (GFH) of the firmware regions and the
// firmware's ROM info block. Every field is untrusted input: strings may be
// unterminated, counts out of range, regions outside the flash; what does
// not fit is reported as a problem, never guessed.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One file-info header: a firmware region as its build recorded it.
struct FileInfoHeader
{
    quint64 offset = 0; // flash offset of "MMM"
    quint8 version = 0;
    quint16 headerSize = 0;
    quint32 fileVersion = 0;
    quint16 fileType = 0;
    quint8 flashDevice = 0;
    quint8 signatureType = 0;
    quint32 loadAddress = 0;
    quint32 fileLength = 0;
    quint32 maxSize = 0;
    quint32 contentOffset = 0;
    quint32 signatureLength = 0;
    quint32 jumpOffset = 0;
    quint32 attributes = 0;

    // "boot loader", "MAUI image", ...; empty for a type we do not know.
    QString typeName() const;
};

// One flash device entry of the ROM info block.
struct RomInfoFlash
{
    quint16 manufacturerId = 0; // JEDEC
    quint16 deviceId = 0;       // low byte usually log2 of the size
    quint16 extId1 = 0;
    quint16 extId2 = 0;
    quint32 fsBegin = 0; // the file-system (user data) region
    quint32 fsLength = 0;
};

struct RomInfoBlock
{
    static constexpr int kSize = 332; // up to its last control word

    quint64 offset = 0; // flash offset of "MTK_ROMINFO_v"
    QString identifier; // "MTK_ROMINFO_v09"
    int version = 0;    // 9; 0 when the digits are not a number
    QString platformId; // the build name
    QString projectId;  // the version string
    quint16 nfbId = 0;
    quint16 deviceCount = 0;
    QList<RomInfoFlash> flashes; // at most 6, as many as deviceCount says and fit
    quint32 customerParamAddress = 0;
    quint32 customerParamLength = 0;
    QStringList problems; // fields that do not make sense, in words
};

struct FirmwareRecords
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareRecords)

public:
    // Whether the dump begins at flash offset 0 and reads "SF_BOOT" there.
    // Unknown (nullopt) when the dump starts elsewhere.
    std::optional<bool> sfBoot;
    QList<FileInfoHeader> files;
    std::optional<RomInfoBlock> romInfo;
    QStringList problems; // malformed records, in words

    // Something of MediaTek's firmware was found and it is sound.
    bool recognised() const { return romInfo.has_value() && romInfo->problems.isEmpty(); }
};

// Reads a dump in order, chunk by chunk (any chunk sizes), so a 64 MiB dump
// never has to be in memory at once.
class FirmwareScanner
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareScanner)

public:
    // flashOffset: where in the flash the first byte fed will be.
    explicit FirmwareScanner(quint64 flashOffset = 0);

    void feed(const char *data, qint64 size);
    void feed(const QByteArray &data) { feed(data.constData(), data.size()); }
    // Records cut off by the end of the dump are problems.
    FirmwareRecords finish();

    // The ROM info block lies in the first MiB of the image.
    static constexpr quint64 kRomInfoSearchEnd = 0x100000;
    static constexpr int kMaxFiles = 32;

private:
    void scan(bool atEnd);
    void takeFileInfo(qsizetype at, bool atEnd);
    void takeRomInfo(qsizetype at, bool atEnd);

    quint64 m_start;
    quint64 m_pendingAt;        // flash offset of m_pending's first byte
    QByteArray m_pending;       // bytes not yet searched to their end
    qsizetype m_searchedTo = 0; // in m_pending: matches before this were taken
    FirmwareRecords m_records;
    // Told once each: a dump full of headers or ROM info marks must not
    // make a problem of every one.
    bool m_tooManyFiles = false;
    bool m_secondRomInfo = false;
};
