// SPDX-License-Identifier: Unlicense
// What a dump is: the firmware records its bytes carry, the flash chip they
// name, where the phone keeps its user data, what the bytes look like, and
// how all that agrees with the size found from the phone. Made from a dump
// on disk (during a dump, or offline for any file).
#pragma once

#include "ContentSurvey.h"
#include "FirmwareRecords.h"
#include "FlashSize.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

// A span of the flash the map marks.
struct FlashRegion
{
    enum class Kind { Firmware, UserData, RomInfo };
    Kind kind = Kind::Firmware;
    quint64 offset = 0;
    quint64 length = 0;
    QString label; // "boot loader", "user data", ...
};

struct DumpIdentity
{
    Q_DECLARE_TR_FUNCTIONS(DumpIdentity)

public:
    quint64 start = 0; // flash offset of the file's first byte
    quint64 length = 0;
    ContentFigures content;
    FirmwareRecords firmware;
    FlashSize flashSize; // as found from the phone; NotProbed offline without a report

    // From the first flash entry of the ROM info, when there is one.
    std::optional<quint16> manufacturerId;
    std::optional<quint16> deviceId;
    QString vendor;                     // empty when unknown
    std::optional<quint64> impliedSize; // by the device id
    // The file-system region, when it lies inside the flash.
    std::optional<FlashRegion> userData;
    QList<FlashRegion> regions; // firmware files, user data, ROM info: for the map
    // Sentences a person should read: disagreements, missing marks.
    QStringList warnings;

    bool recognised() const { return firmware.recognised(); }
    QString firmwareVersion() const; // the project id; empty when unknown
    QString platformId() const;
    // The flash size to believe: the phone's when found, else the firmware's.
    std::optional<quint64> bestSize() const;

    // Reads path (whose first byte is flash offset start) in chunks;
    // sha256, when given, is its digest, already known.
    static std::optional<DumpIdentity> ofFile(const QString &path, quint64 start, const FlashSize &size, QString *error,
                                              const QByteArray &sha256 = {});
    // Every untrusted field checked: ranges, sizes, agreement.
    void crossCheck();

private:
    // The ROM info's flash against the phone's: ids, size, user data.
    void checkFlashRecord(std::optional<quint64> phoneSize);
    // The file-info headers as regions of the map, cut at the flash's end.
    void placeFirmwareFiles();
};

namespace DumpNaming {
// MT6261_<version>_<first 8 of the ME ID>_<yyyyMMdd-HHmmss>.bin, leaving
// out what is unknown, with characters unsafe in a file name replaced.
QString suggested(const QString &chip, const QString &version, const QByteArray &meId, const QDateTime &when);
// A file name that is safe everywhere: no path separators, no characters
// Windows refuses, no control characters, not hidden, not too long; empty
// when nothing of text is left (suggested() then leaves the part out).
QString safe(const QString &text);
} // namespace DumpNaming
