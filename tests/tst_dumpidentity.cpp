// SPDX-License-Identifier: Unlicense
// What a dump file is: the identity of generated images (against the layout
// the independent generator describes) and of images with conflicting or
// missing records, the cross-checks one by one, names made from it, and the
// report's JSON written and read back.
#include "DumpTypes.h"
#include "identity/DumpIdentity.h"
#include "identity/DumpReport.h"
#include "support/Crc32.h"
#include "virtual/FlashImage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr qint64 kMiB = 1024 * 1024;

FlashSize wrapsAt(quint64 bytes)
{
    FlashSize s;
    s.method = FlashSize::Method::WrapAround;
    s.bytes = bytes;
    s.fingerprints = 3;
    return s;
}

// An identity whose records are made by hand, cross-checked.
DumpIdentity handMade(const FlashSize &size, quint16 device, quint32 fsBegin, quint32 fsLength,
                      const QList<FileInfoHeader> &files = {})
{
    DumpIdentity id;
    id.length = 4 * kMiB;
    id.flashSize = size;
    id.firmware.sfBoot = true;
    RomInfoBlock rom;
    rom.offset = 0x20400;
    rom.version = 9;
    rom.deviceCount = 1;
    rom.flashes << RomInfoFlash{0xEF, device, 0, 0, fsBegin, fsLength};
    id.firmware.romInfo = rom;
    id.firmware.files = files;
    id.crossCheck();
    return id;
}

FileInfoHeader file(quint64 offset, quint16 type, quint32 length)
{
    FileInfoHeader h;
    h.offset = offset;
    h.fileType = type;
    h.fileLength = length;
    return h;
}
} // namespace

class TstDumpIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void generatedImages_data();
    void generatedImages();
    void noRomInfo();
    void recordedSizeDisagrees_data();
    void recordedSizeDisagrees();
    void blank();
    void dumpStartingElsewhere();
    void filesPastTheEnd();
    void filesPastTheDump();
    void userDataNotAtTheEnd();
    void crossCheckAgain();
    void unreadableFile();
    void suggestedName();
    void safeName_data();
    void safeName();
    void identityJson();
    void reportRoundTrip();
    void notAReport_data();
    void notAReport();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("dump.bin"));
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstDumpIdentity::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TstDumpIdentity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TstDumpIdentity::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TstDumpIdentity::generatedImages_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QString>("vendor");
    QTest::newRow("4 MiB") << 4 * kMiB << quint64(3) << QStringLiteral("GigaDevice");
    QTest::newRow("8 MiB") << 8 * kMiB << quint64(1) << QStringLiteral("Winbond");
    QTest::newRow("16 MiB") << 16 * kMiB << quint64(2) << QStringLiteral("Macronix");
}

void TstDumpIdentity::generatedImages()
{
    QFETCH(qint64, size);
    QFETCH(quint64, seed);
    QFETCH(QString, vendor);
    const QByteArray image = FlashImage::generate(size, seed);
    const FlashImage::Layout layout = FlashImage::describe(size, seed);
    QString why;
    const std::optional<DumpIdentity> id = DumpIdentity::ofFile(write(image), 0, wrapsAt(quint64(size)), &why);
    QVERIFY2(id, qPrintable(why));
    QCOMPARE(id->length, quint64(size));
    QVERIFY2(id->warnings.isEmpty(), qPrintable(id->warnings.join(QLatin1Char('\n'))));
    QVERIFY(id->recognised());
    QCOMPARE(id->firmware.sfBoot, std::optional<bool>(true));
    QCOMPARE(id->firmwareVersion(), QString::fromLatin1(layout.romInfo.projectId));
    QCOMPARE(id->platformId(), QStringLiteral("MTREADER_VIRTUAL_MT6261_S00.BIN"));
    QCOMPARE(id->firmware.romInfo->offset, quint64(layout.romInfo.offset));
    QCOMPARE(id->manufacturerId, std::optional<quint16>(layout.romInfo.manufacturerId));
    QCOMPARE(id->deviceId, std::optional<quint16>(layout.romInfo.deviceId));
    QCOMPARE(id->vendor, vendor);
    QCOMPARE(id->impliedSize, std::optional<quint64>(size));
    QCOMPARE(id->bestSize(), std::optional<quint64>(size));
    QVERIFY(id->userData);
    QCOMPARE(id->userData->offset, quint64(layout.fsBegin));
    QCOMPARE(id->userData->length, quint64(layout.fsLength));
    QCOMPARE(id->firmware.files.size(), 2);
    QCOMPARE(id->firmware.files.at(0).offset, quint64(layout.bootLoader.offset));
    QCOMPARE(id->firmware.files.at(0).typeName(), QStringLiteral("boot loader"));
    QCOMPARE(id->firmware.files.at(1).offset, quint64(layout.maui.offset));
    QCOMPARE(id->firmware.files.at(1).fileLength, layout.maui.fileLength);
    QCOMPARE(id->firmware.files.at(1).maxSize, layout.maui.maxSize);
    // For the map: the ROM info, the user data, then the files.
    QCOMPARE(id->regions.size(), 4);
    QCOMPARE(id->regions.at(0).kind, FlashRegion::Kind::RomInfo);
    QCOMPARE(id->regions.at(0).length, quint64(332));
    QCOMPARE(id->regions.at(1).kind, FlashRegion::Kind::UserData);
    QCOMPARE(id->regions.at(3).label, QStringLiteral("MAUI image"));
    QCOMPARE(id->regions.at(3).length, quint64(layout.maui.fileLength));
    QCOMPARE(id->content.bytes, quint64(size));
    QCOMPARE(id->content.blocks.size(), size / 4096);
    QCOMPARE(id->content.sha256, QCryptographicHash::hash(image, QCryptographicHash::Sha256));
    QCOMPARE(id->content.crc32, bitwiseCrc32(image));
    QCOMPARE(id->content.erasedBytes, quint64(image.count('\xFF')));

    // Offline, without the phone's size: the firmware's is believed.
    const std::optional<DumpIdentity> offline = DumpIdentity::ofFile(write(image), 0, FlashSize{}, nullptr);
    QVERIFY(offline->warnings.isEmpty());
    QCOMPARE(offline->bestSize(), std::optional<quint64>(size));
}

void TstDumpIdentity::noRomInfo()
{
    FlashImage::Options options;
    options.romInfo = false;
    const std::optional<DumpIdentity> id = DumpIdentity::ofFile(write(FlashImage::generate(4 * kMiB, 1, options)), 0,
                                                                wrapsAt(4 * kMiB), nullptr);
    QVERIFY(!id->recognised());
    QCOMPARE(id->warnings,
             QStringList{QStringLiteral("Firmware not recognised: the dump carries no ROM info block "
                                        "(encrypted or not MediaTek's).")});
    QCOMPARE(id->firmware.files.size(), 2); // the file-info headers are still there
    QVERIFY(!id->manufacturerId && !id->impliedSize && !id->userData);
    QCOMPARE(id->firmwareVersion(), QString());
    QCOMPARE(id->bestSize(), std::optional<quint64>(4 * kMiB));
}

void TstDumpIdentity::recordedSizeDisagrees_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("claimed");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<bool>("userData");
    QTest::newRow("a 4 MiB flash recorded as 16 MiB")
        << 4 * kMiB << 16 * kMiB
        << QStringList{QStringLiteral("The firmware's record says the flash is 16.00 MiB, but the phone's flash "
                                      "repeats after 4.00 MiB."),
                       QStringLiteral("The firmware puts the user data at 0xe00000 to 0x1000000, past the end of "
                                      "the flash (4.00 MiB).")}
        << false;
    QTest::newRow("a 16 MiB flash recorded as 4 MiB")
        << 16 * kMiB << 4 * kMiB
        << QStringList{QStringLiteral("The firmware's record says the flash is 4.00 MiB, but the phone's flash "
                                      "repeats after 16.00 MiB."),
                       QStringLiteral("The user data region ends at 0x400000, not at the end of the flash "
                                      "(0x1000000).")}
        << true;
}

void TstDumpIdentity::recordedSizeDisagrees()
{
    QFETCH(qint64, size);
    QFETCH(qint64, claimed);
    QFETCH(QStringList, warnings);
    QFETCH(bool, userData);
    FlashImage::Options options;
    options.romInfoClaimsSize = claimed;
    const std::optional<DumpIdentity> id = DumpIdentity::ofFile(write(FlashImage::generate(size, 3, options)), 0,
                                                                wrapsAt(quint64(size)), nullptr);
    QCOMPARE(id->warnings, warnings);
    QCOMPARE(id->impliedSize, std::optional<quint64>(claimed));
    QCOMPARE(id->bestSize(), std::optional<quint64>(size)); // the phone's, not the record's
    QCOMPARE(id->userData.has_value(), userData);
}

void TstDumpIdentity::blank()
{
    FlashImage::Options options;
    options.blank = true;
    const std::optional<DumpIdentity> id = DumpIdentity::ofFile(write(FlashImage::generate(4 * kMiB, 1, options)), 0,
                                                                FlashSize{}, nullptr);
    QCOMPARE(id->content.erasedPercent(), 100.0);
    QCOMPARE(id->content.zeroPercent(), 0.0);
    QCOMPARE(id->content.blockLetters(), QByteArray(1024, 'E'));
    QVERIFY(!id->firmware.romInfo);
    QVERIFY(id->firmware.files.isEmpty());
    QCOMPARE(id->warnings,
             QStringList({QStringLiteral("The dump does not begin with SF_BOOT: the byte order or the memory mapping "
                                         "may be wrong, or the firmware is not a MediaTek one."),
                          QStringLiteral("Firmware not recognised: the dump carries no ROM info block (encrypted or "
                                         "not MediaTek's).")}));
}

void TstDumpIdentity::dumpStartingElsewhere()
{
    // From 0x20000: the MAUI image and the ROM info, at their flash offsets.
    const QByteArray image = FlashImage::generate(4 * kMiB, 3);
    const std::optional<DumpIdentity> id = DumpIdentity::ofFile(write(image.mid(0x20000, 0x10000)), 0x20000,
                                                                FlashSize{}, nullptr);
    QCOMPARE(id->start, quint64(0x20000));
    QCOMPARE(id->length, quint64(0x10000));
    QVERIFY(!id->firmware.sfBoot); // not known: offset 0 is not in the dump
    QVERIFY(id->warnings.isEmpty());
    QCOMPARE(id->firmware.files.size(), 1);
    QCOMPARE(id->firmware.files.constFirst().offset, quint64(0x20000));
    QCOMPARE(id->firmware.romInfo->offset, quint64(0x20400));
    QVERIFY(id->recognised());
}

void TstDumpIdentity::filesPastTheEnd()
{
    const DumpIdentity id = handMade(wrapsAt(4 * kMiB), 0x4016, 0x300000, 0x100000,
                                     {file(0x3F0000, 0x0100, 0x20000), file(0x500000, 0x0abc, 0x100),
                                      file(0x1000, 0x0001, 0xFFFFFFFF), file(0x2000, 0x0001, 0)});
    QCOMPARE(id.warnings,
             QStringList({QStringLiteral("The MAUI image at 0x3f0000 claims 128.00 KiB, past the end of the flash."),
                          QStringLiteral("The file type 0x0abc at 0x500000 claims 256 bytes, past the end of the "
                                         "flash.")}));
    // The regions the map draws stop at the end of the flash.
    QCOMPARE(id.regions.size(), 6);
    QCOMPARE(id.regions.at(2).length, quint64(0x10000));
    QCOMPARE(id.regions.at(3).label, QStringLiteral("file type 0x0abc"));
    QCOMPARE(id.regions.at(3).length, quint64(0));
    QCOMPARE(id.regions.at(4).length, quint64(0)); // erased or no length: only where it starts
    QCOMPARE(id.regions.at(5).length, quint64(0));
}

// A dump of part of a flash of unknown size cuts files off at its end:
// that says nothing about the flash.
void TstDumpIdentity::filesPastTheDump()
{
    DumpIdentity id;
    id.start = 0x1000;
    id.length = 0x2000;
    id.firmware.files = {file(0x1000, 0x0001, 0xB400)};
    id.crossCheck();
    QCOMPARE(id.warnings,
             QStringList{QStringLiteral("Firmware not recognised: the dump carries no ROM info block "
                                        "(encrypted or not MediaTek's).")});
    QCOMPARE(id.regions.size(), 1);
    QCOMPARE(id.regions.constFirst().length, quint64(0x2000)); // as far as the dump shows it
}

void TstDumpIdentity::userDataNotAtTheEnd()
{
    const DumpIdentity inside = handMade(wrapsAt(4 * kMiB), 0x4016, 0x200000, 0x100000);
    QCOMPARE(inside.warnings,
             QStringList{QStringLiteral("The user data region ends at 0x300000, not at the end of the "
                                        "flash (0x400000).")});
    QCOMPARE(inside.userData->offset, quint64(0x200000));
    // Without the phone's size nothing says where the end is but the record.
    QVERIFY(handMade(FlashSize{}, 0x4016, 0x200000, 0x100000).warnings.isEmpty());
    // A region whose end does not fit 32 bits, and no region at all.
    const DumpIdentity wrapping = handMade(FlashSize{}, 0x4016, 0xFFFFFF00, 0x200);
    QCOMPARE(wrapping.warnings,
             QStringList{QStringLiteral("The firmware puts the user data at 0xffffff00 to "
                                        "0x100000100, past the end of the flash (4.00 MiB).")});
    QVERIFY(!wrapping.userData);
    const DumpIdentity none = handMade(wrapsAt(4 * kMiB), 0x4016, 0x300000, 0);
    QVERIFY(none.warnings.isEmpty());
    QVERIFY(!none.userData);
}

// A second cross-check after the records changed leaves nothing of the first.
void TstDumpIdentity::crossCheckAgain()
{
    DumpIdentity id = handMade(FlashSize{}, 0x4018, 0xE00000, 0x200000, {file(0x1000, 0x0001, 0xB400)});
    QCOMPARE(id.impliedSize, std::optional<quint64>(16 * kMiB));
    id.firmware.romInfo.reset();
    id.crossCheck();
    QVERIFY(!id.manufacturerId);
    QVERIFY(!id.deviceId);
    QCOMPARE(id.vendor, QString());
    QVERIFY(!id.impliedSize);
    QVERIFY(!id.userData);
    QCOMPARE(id.bestSize(), std::optional<quint64>());
    QCOMPARE(id.regions.size(), 1); // the file alone
}

void TstDumpIdentity::unreadableFile()
{
    QString why;
    QVERIFY(!DumpIdentity::ofFile(m_dir->filePath(QStringLiteral("missing.bin")), 0, FlashSize{}, &why));
    QVERIFY(!why.isEmpty());
    const std::optional<DumpIdentity> empty = DumpIdentity::ofFile(write({}), 0, FlashSize{}, nullptr);
    QCOMPARE(empty->length, quint64(0));
    QCOMPARE(empty->firmware.sfBoot, std::optional<bool>(false));
}

void TstDumpIdentity::suggestedName()
{
    const QByteArray meId = QByteArray::fromHex("f81da2153082cc5e21ac5236876844c2");
    const QDateTime when(QDate(2026, 12, 1), QTime(10, 15, 0));
    QCOMPARE(DumpNaming::suggested(QStringLiteral("MT6261"), QStringLiteral("MTREADER.VIRTUAL.V1.0.3"), meId, when),
             QStringLiteral("MT6261_MTREADER.VIRTUAL.V1.0.3_F81DA215_20261201-101500.bin"));
    QCOMPARE(DumpNaming::suggested(QStringLiteral("MT6260"), QString(), meId, when),
             QStringLiteral("MT6260_F81DA215_20261201-101500.bin"));
    QCOMPARE(DumpNaming::suggested(QString(), QStringLiteral("V1"), {}, when),
             QStringLiteral("MT6261_V1_20261201-101500.bin"));
    QCOMPARE(DumpNaming::suggested(QStringLiteral("MT6261"), QStringLiteral("../../V1 beta"), meId, when),
             QStringLiteral("MT6261_V1-beta_F81DA215_20261201-101500.bin"));
    QCOMPARE(DumpNaming::suggested(QStringLiteral("MT6261"), QStringLiteral("/.."), meId, when),
             QStringLiteral("MT6261_F81DA215_20261201-101500.bin"));
}

void TstDumpIdentity::safeName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::newRow("a version") << QStringLiteral("MTREADER.V1.0_b") << QStringLiteral("MTREADER.V1.0_b");
    QTest::newRow("separators and what Windows refuses")
        << QStringLiteral("a/b\\c:d*e?f\"g<h>i|j") << QStringLiteral("a-b-c-d-e-f-g-h-i-j");
    QTest::newRow("up and out") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
    QTest::newRow("dots only") << QStringLiteral("..") << QString();
    QTest::newRow("a hidden file") << QStringLiteral(".profile") << QStringLiteral("profile");
    QTest::newRow("an option") << QStringLiteral("-rf") << QStringLiteral("rf");
    QTest::newRow("C0 controls and DEL") << QStringLiteral("a\x01"
                                                           "b\x1b"
                                                           "c\x7f"
                                                           "d")
                                         << QStringLiteral("a-b-c-d");
    QTest::newRow("white space") << QStringLiteral("a\tb\nc d\u00A0e") << QStringLiteral("a-b-c-d-e");
    QTest::newRow("C1 controls") << QStringLiteral("V1\u009B"
                                                   "2J\u0085x")
                                 << QStringLiteral("V1-2J-x");
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("a-b");
    QTest::newRow("very long") << QString(300, QLatin1Char('A')) << QString(48, QLatin1Char('A'));
    // Cut at 48 UTF-16 units, a character outside the BMP would be split.
    QTest::newRow("long, an emoji at the cut")
        << QString(47, QLatin1Char('A')) + QStringLiteral("\U0001F600B") << QString(47, QLatin1Char('A'));
    QTest::newRow("long, an emoji just inside") << QString(46, QLatin1Char('A')) + QStringLiteral("\U0001F600B")
                                                << QString(46, QLatin1Char('A')) + QStringLiteral("\U0001F600");
    QTest::newRow("nothing") << QString() << QString();
}

void TstDumpIdentity::safeName()
{
    QFETCH(QString, text);
    QFETCH(QString, safe);
    const QString made = DumpNaming::safe(text);
    QCOMPARE(made, safe);
    QVERIFY(made.size() <= 48);
    QVERIFY(!made.startsWith(QLatin1Char('.')) && !made.startsWith(QLatin1Char('-')));
    for (const QChar c : made)
        QVERIFY(c.category() != QChar::Other_Control && !QStringLiteral("/\\:*?\"<>|").contains(c));
    QVERIFY(made.isEmpty() || !made.back().isHighSurrogate());
}

void TstDumpIdentity::identityJson()
{
    const QByteArray image = FlashImage::generate(4 * kMiB, 3);
    const std::optional<DumpIdentity> id = DumpIdentity::ofFile(write(image), 0, wrapsAt(4 * kMiB), nullptr);
    const QJsonObject o = DumpReport::identityJson(*id);
    QCOMPARE(o.value(QStringLiteral("start")).toDouble(), 0.0);
    QCOMPARE(o.value(QStringLiteral("length")).toDouble(), 4194304.0);
    QCOMPARE(o.value(QStringLiteral("sha256")).toString().toLatin1(),
             QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex());
    QCOMPARE(o.value(QStringLiteral("crc32")).toString(),
             QStringLiteral("%1").arg(bitwiseCrc32(image), 8, 16, QLatin1Char('0')));
    const QJsonObject content = o.value(QStringLiteral("content")).toObject();
    QCOMPARE(content.value(QStringLiteral("blockSize")).toDouble(), 4096.0);
    QCOMPARE(content.value(QStringLiteral("blocks")).toString().size(), 1024);
    // The boot header, the erased space from 0xD000 before the MAUI image at 0x20000.
    const QString blocks = content.value(QStringLiteral("blocks")).toString();
    QCOMPARE(blocks.at(0), QLatin1Char('D'));
    QCOMPARE(blocks.mid(0xD, 19), QString(19, QLatin1Char('E')));
    QCOMPARE(blocks.at(0x20), QLatin1Char('D'));
    const QJsonObject firmware = o.value(QStringLiteral("firmware")).toObject();
    QCOMPARE(firmware.value(QStringLiteral("recognised")).toBool(), true);
    QCOMPARE(firmware.value(QStringLiteral("sfBoot")).toBool(), true);
    QCOMPARE(firmware.value(QStringLiteral("version")).toString(), QStringLiteral("MTREADER.VIRTUAL.V1.0.3"));
    QCOMPARE(firmware.value(QStringLiteral("platformId")).toString(),
             QStringLiteral("MTREADER_VIRTUAL_MT6261_S00.BIN"));
    const QJsonObject boot = firmware.value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(boot.value(QStringLiteral("offset")).toDouble(), 4096.0);
    QCOMPARE(boot.value(QStringLiteral("type")).toString(), QStringLiteral("0x0001"));
    QCOMPARE(boot.value(QStringLiteral("typeName")).toString(), QStringLiteral("boot loader"));
    QCOMPARE(boot.value(QStringLiteral("loadAddress")).toString(), QStringLiteral("0x10001000"));
    QCOMPARE(boot.value(QStringLiteral("length")).toDouble(), double(0xB400));
    QCOMPARE(boot.value(QStringLiteral("maxSize")).toDouble(), double(0x1F000));
    QCOMPARE(boot.value(QStringLiteral("flashDevice")).toInt(), 7);
    QCOMPARE(boot.value(QStringLiteral("signatureType")).toInt(), 1);
    const QJsonObject rom = firmware.value(QStringLiteral("romInfo")).toObject();
    QCOMPARE(rom.value(QStringLiteral("offset")).toDouble(), double(0x20400));
    QCOMPARE(rom.value(QStringLiteral("identifier")).toString(), QStringLiteral("MTK_ROMINFO_v09"));
    QCOMPARE(rom.value(QStringLiteral("nfbId")).toString(), QStringLiteral("0xffff"));
    QCOMPARE(rom.value(QStringLiteral("deviceCount")).toInt(), 1);
    const QJsonObject flash = rom.value(QStringLiteral("flashes")).toArray().at(0).toObject();
    QCOMPARE(flash.value(QStringLiteral("fsBegin")).toDouble(), double(0x300000));
    QCOMPARE(flash.value(QStringLiteral("fsLength")).toDouble(), double(0x100000));
    const QJsonObject chip = o.value(QStringLiteral("flashChip")).toObject();
    QCOMPARE(chip.value(QStringLiteral("manufacturerId")).toString(), QStringLiteral("0x00c8"));
    QCOMPARE(chip.value(QStringLiteral("deviceId")).toString(), QStringLiteral("0x4016"));
    QCOMPARE(chip.value(QStringLiteral("vendor")).toString(), QStringLiteral("GigaDevice"));
    QCOMPARE(chip.value(QStringLiteral("impliedSize")).toDouble(), 4194304.0);
    const QJsonObject user = o.value(QStringLiteral("userData")).toObject();
    QCOMPARE(user.value(QStringLiteral("offset")).toDouble(), double(0x300000));
    QCOMPARE(user.value(QStringLiteral("length")).toDouble(), double(0x100000));
    QCOMPARE(user.value(QStringLiteral("label")).toString(), QStringLiteral("user data"));
    QCOMPARE(o.value(QStringLiteral("regions")).toArray().size(), 4);
    QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 0);

    // What is not known is left out, not written as zero.
    FlashImage::Options blank;
    blank.blank = true;
    const QJsonObject nothing = DumpReport::identityJson(
        *DumpIdentity::ofFile(write(FlashImage::generate(0x10000, 1, blank).mid(4)), 4, FlashSize{}, nullptr));
    QVERIFY(!nothing.value(QStringLiteral("firmware")).toObject().contains(QStringLiteral("sfBoot")));
    QVERIFY(!nothing.value(QStringLiteral("firmware")).toObject().contains(QStringLiteral("romInfo")));
    QVERIFY(nothing.value(QStringLiteral("flashChip")).toObject().isEmpty());
    QVERIFY(!nothing.contains(QStringLiteral("userData")));
}

void TstDumpIdentity::reportRoundTrip()
{
    DumpRequest request;
    request.wholeFlash = true;
    request.blockSize = 4096;
    DumpResult result;
    result.path = m_dir->filePath(QStringLiteral("dump.bin"));
    result.port = QStringLiteral("/dev/ttyACM0");
    result.phone.chipCode = 0x6261;
    result.phone.hwVersion = 0xCB01;
    result.phone.swVersion = 0x0001;
    result.phone.subCode = 0x8000;
    result.phone.bromVersion = 0x05;
    result.phone.meId = QByteArray::fromHex("f81da2153082cc5e21ac5236876844c2");
    result.length = 4 * kMiB;
    result.flashSize = wrapsAt(4 * kMiB);
    result.identity = handMade(result.flashSize, 0x4016, 0x300000, 0x100000);
    const QString path = DumpReport::pathFor(result.path);
    QCOMPARE(path, m_dir->filePath(QStringLiteral("dump.bin.report.json")));
    QString why;
    QVERIFY2(DumpReport::write(path, DumpReport::build(request, result), &why), qPrintable(why));
    const std::optional<QJsonObject> o = DumpReport::read(path, &why);
    QVERIFY2(o, qPrintable(why));
    QCOMPARE(o->value(QStringLiteral("format")).toString(), QStringLiteral("mtreader-dump-report"));
    QCOMPARE(o->value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(o->value(QStringLiteral("file")).toString(), QStringLiteral("dump.bin"));
    QCOMPARE(o->value(QStringLiteral("chip")).toString(), QStringLiteral("MT6261"));
    QCOMPARE(o->value(QStringLiteral("range")).toObject().value(QStringLiteral("wholeFlash")).toBool(), true);
    QCOMPARE(o->value(QStringLiteral("flashSize")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Found from the phone: the flash repeats after 4.00 MiB (3 sample blocks matched)."));
    QCOMPARE(DumpReport::portOf(*o), QStringLiteral("/dev/ttyACM0"));
    const std::optional<PhoneInfo> phone = DumpReport::phoneOf(*o);
    QVERIFY(phone);
    QCOMPARE(phone->chipCode, quint16(0x6261));
    QCOMPARE(phone->hwVersion, quint16(0xCB01));
    QCOMPARE(phone->bromVersion, quint8(0x05));
    QCOMPARE(phone->meIdHex(), QStringLiteral("F81DA2153082CC5E21AC5236876844C2"));
    const FlashSize size = DumpReport::flashSizeOf(*o);
    QCOMPARE(size.method, FlashSize::Method::WrapAround);
    QCOMPARE(size.bytes, quint64(4 * kMiB));
    QCOMPARE(o->value(QStringLiteral("identity"))
                 .toObject()
                 .value(QStringLiteral("userData"))
                 .toObject()
                 .value(QStringLiteral("offset"))
                 .toDouble(),
             double(0x300000));
}

void TstDumpIdentity::notAReport_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("another program's JSON") << QByteArray("{\"format\":\"something-else\"}");
    QTest::newRow("broken JSON") << QByteArray("{\"format\":\"mtreader-dump-report\",");
    QTest::newRow("an array") << QByteArray("[\"mtreader-dump-report\"]");
    QTest::newRow("a dump") << FlashImage::generate(0x1000, 1);
    QTest::newRow("empty") << QByteArray();
}

void TstDumpIdentity::notAReport()
{
    QFETCH(QByteArray, bytes);
    QString why;
    const QString path = write(bytes, QStringLiteral("x.report.json"));
    QVERIFY(!DumpReport::read(path, &why));
    QCOMPARE(why, QStringLiteral("%1 is not an MTreader report.").arg(path));
    why.clear();
    QVERIFY(!DumpReport::read(m_dir->filePath(QStringLiteral("none.report.json")), &why));
    QVERIFY(!why.isEmpty());
}

QTEST_GUILESS_MAIN(TstDumpIdentity)
#include "tst_dumpidentity.moc"
