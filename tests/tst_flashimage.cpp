// SPDX-License-Identifier: Unlicense
// The virtual phone's flash images against docs/protocol.md §10: every record
// of a generated image at the offsets the document gives, the small sizes, the
// image options, the ready-made phones, reads past the flash end, and the ROM
// info as a host reads it through the phone.
#include "support/PhoneSim.h"
#include "virtual/FlashImage.h"
#include "virtual/VirtualPhone.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <QtTest>

namespace {

quint16 le16(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 le32(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

// A file-info header (GFH) at at, field by field (docs/protocol.md §10).
void checkFileInfo(const QByteArray &img, qint64 at, quint16 type, quint32 load, quint32 length, quint32 maxSize,
                   quint32 content, quint32 signature)
{
    QCOMPARE(img.mid(at, 3), QByteArray("MMM"));
    QCOMPARE(quint8(img.at(at + 3)), quint8(1)); // version
    QCOMPARE(le16(img, at + 4), quint16(0x38));  // header size
    QCOMPARE(le16(img, at + 6), quint16(0));     // header type
    QCOMPARE(img.mid(at + 8, 12), QByteArray("FILE_INFO\0\0\0", 12));
    QCOMPARE(le32(img, at + 20), 1u); // file version
    QCOMPARE(le16(img, at + 24), type);
    QCOMPARE(quint8(img.at(at + 26)), quint8(0x07));                    // flash device: serial flash
    QCOMPARE(quint8(img.at(at + 27)), quint8(signature ? 0x01 : 0x00)); // signature type
    QCOMPARE(le32(img, at + 28), load);
    QCOMPARE(le32(img, at + 32), length);
    QCOMPARE(le32(img, at + 36), maxSize);
    QCOMPARE(le32(img, at + 40), content);
    QCOMPARE(le32(img, at + 44), signature);
    QCOMPARE(le32(img, at + 48), content); // jump offset
    QCOMPARE(le32(img, at + 52), 0u);      // attributes
}

// MTK_ROMInfo v09 at at with one flash device.
void checkRomInfo(const QByteArray &img, qint64 at, const QByteArray &version, quint16 manufacturer, quint16 device,
                  quint32 fsBegin, quint32 fsLength)
{
    QCOMPARE(img.mid(at, 16), QByteArray("MTK_ROMINFO_v09\0", 16));
    const QByteArray platform("MTREADER_VIRTUAL_MT6261_S00.BIN");
    QCOMPARE(img.mid(at + 16, 128), platform + QByteArray(128 - platform.size(), '\0'));
    QCOMPARE(img.mid(at + 144, 64), version + QByteArray(64 - version.size(), '\0'));
    QCOMPARE(le16(img, at + 208), quint16(0xFFFF)); // NOR flash build
    QCOMPARE(le16(img, at + 210), quint16(1));      // flash devices
    QCOMPARE(le16(img, at + 212), manufacturer);
    QCOMPARE(le16(img, at + 214), device);
    QCOMPARE(le32(img, at + 216), 0u); // extended ids
    QCOMPARE(le32(img, at + 220), fsBegin);
    QCOMPARE(le32(img, at + 224), fsLength);
    QCOMPARE(img.mid(at + 228, 80), QByteArray(80, '\0')); // devices 2-6
    QCOMPARE(img.mid(at + 308, 24), QByteArray(24, '\0')); // no secure boot, no customer area
}

// The boot sector-like start of the file-system region.
void checkFsStart(const QByteArray &img, qint64 at)
{
    QCOMPARE(img.mid(at, 3), hex("eb3c90"));
    QCOMPARE(le16(img, at + 11), quint16(512)); // bytes per sector
    QCOMPARE(img.mid(at + 54, 8), QByteArray("FAT12   "));
    QCOMPARE(img.mid(at + 510, 2), hex("55aa"));
    QCOMPARE(img.mid(at + 512, 3), hex("f8ffff")); // the first FAT
}

// Regions in order from 0 to the end, no gaps, no overlaps.
void checkCovers(const FlashImage::Layout &l)
{
    qint64 at = 0;
    for (const FlashImage::Region &r : l.regions) {
        QCOMPARE(r.offset, at);
        QVERIFY(r.length > 0);
        at = r.end();
    }
    QCOMPARE(at, l.size);
}

} // namespace

class TstFlashImage : public QObject
{
    Q_OBJECT

private slots:
    void flashImage();
    void firmwareRecords_data();
    void firmwareRecords();
    void smallImages();
    void imageOptions();
    void repetitiveStart();
    void readyMadePhones();
    void noWrap_data();
    void noWrap();
    void romInfoThroughThePhone();
};

void TstFlashImage::flashImage()
{
    const QByteArray a = FlashImage::generate(1024 * 1024, 5);
    QCOMPARE(a.size(), 1024 * 1024);
    QCOMPARE(FlashImage::generate(1024 * 1024, 5), a);
    QVERIFY(FlashImage::generate(1024 * 1024, 6) != a);
    QVERIFY(a.startsWith("SF_BOOT"));
    QVERIFY(a.contains(QByteArray(4096, char(0xFF))));
    QVERIFY(a.contains("Phonebook") || a.contains("Settings"));
    qsizetype printableRun = 0, longest = 0;
    for (char ch : a) {
        printableRun = (ch >= 0x20 && ch < 0x7F) || ch == 0 ? printableRun + 1 : 0;
        longest = std::max(longest, printableRun);
    }
    QVERIFY(longest >= 1024);
    // Pinned: the same bytes on every platform, now and later.
    QCOMPARE(QCryptographicHash::hash(FlashImage::generate(65536, 1), QCryptographicHash::Sha256).toHex(),
             QByteArray("242952b0a4cca0b48f8f90ca562fb0d7d24d058958da13f33b171570f808505b"));
    QCOMPARE(FlashImage::generate(5, 1), QByteArray("SF_BO"));
}

void TstFlashImage::firmwareRecords_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<quint32>("mauiLength");
    QTest::addColumn<quint32>("mauiSlot");
    QTest::addColumn<quint32>("fsBegin");
    QTest::addColumn<quint32>("fsLength");
    QTest::addColumn<quint16>("manufacturer");
    QTest::addColumn<quint16>("device");
    QTest::addColumn<QByteArray>("version");
    QTest::newRow("4 MiB GigaDevice") << qint64(0x400000) << quint64(3) << 0x228000u << 0x2E0000u << 0x300000u
                                      << 0x100000u << quint16(0xC8) << quint16(0x4016)
                                      << QByteArray("MTREADER.VIRTUAL.V1.0.3");
    QTest::newRow("8 MiB Winbond") << qint64(0x800000) << quint64(1) << 0x468000u << 0x5E0000u << 0x600000u << 0x200000u
                                   << quint16(0xEF) << quint16(0x4017) << QByteArray("MTREADER.VIRTUAL.V1.0.1");
    QTest::newRow("16 MiB Macronix") << qint64(0x1000000) << quint64(2) << 0xA68000u << 0xDE0000u << 0xE00000u
                                     << 0x200000u << quint16(0xC2) << quint16(0x2018)
                                     << QByteArray("MTREADER.VIRTUAL.V1.0.2");
}

// Every record where docs/protocol.md §10 and the layout say, read from the
// bytes with the offsets written out here.
void TstFlashImage::firmwareRecords()
{
    QFETCH(qint64, size);
    QFETCH(quint64, seed);
    QFETCH(quint32, mauiLength);
    QFETCH(quint32, mauiSlot);
    QFETCH(quint32, fsBegin);
    QFETCH(quint32, fsLength);
    QFETCH(quint16, manufacturer);
    QFETCH(quint16, device);
    QFETCH(QByteArray, version);
    const QByteArray img = FlashImage::generate(size, seed);
    QCOMPARE(img.size(), size);
    QCOMPARE(img.left(8), QByteArray("SF_BOOT\0", 8));
    QCOMPARE(le32(img, 0x0C), quint32(size));
    QCOMPARE(le32(img, 0x10), 0x1000u); // the boot loader

    checkFileInfo(img, 0x1000, 0x0001, 0x10001000, 0xB400, 0x1F000, 0x100, 0x20);
    checkFileInfo(img, 0x20000, 0x0100, 0x10020000, mauiLength, mauiSlot, 0x200, 0);
    QCOMPARE(img.indexOf("MTK_ROMINFO_v"), qsizetype(0x20400));
    QCOMPARE(img.indexOf("MTK_ROMINFO_v", 0x20401), qsizetype(-1));
    checkRomInfo(img, 0x20400, version, manufacturer, device, fsBegin, fsLength);
    QCOMPARE(qint64(fsBegin) + fsLength, size); // the file system ends the flash
    QVERIFY(fsBegin >= 0x20000 + mauiSlot);
    checkFsStart(img, fsBegin);

    // Erased, zero and data blocks, as a content map would show them.
    int erased = 0, zero = 0, data = 0;
    for (qint64 at = 0; at < size; at += 4096) {
        const QByteArray block = img.mid(at, 4096);
        erased += block == QByteArray(4096, char(0xFF));
        zero += block == QByteArray(4096, '\0');
        data += block.count(char(0xFF)) + block.count('\0') < 2048;
    }
    QVERIFY2(erased > 16 && zero > 4 && data > 64,
             qPrintable(QStringLiteral("%1 %2 %3").arg(erased).arg(zero).arg(data)));

    const FlashImage::Layout l = FlashImage::describe(size, seed);
    QCOMPARE(l.bootLoader.offset, qint64(0x1000));
    QCOMPARE(l.maui.offset, qint64(0x20000));
    QCOMPARE(l.maui.fileLength, mauiLength);
    QCOMPARE(l.romInfo.offset, qint64(0x20400));
    QCOMPARE(l.romInfo.projectId, version);
    QCOMPARE(l.romInfo.platformId, QByteArray("MTREADER_VIRTUAL_MT6261_S00.BIN"));
    QCOMPARE(l.romInfo.manufacturerId, manufacturer);
    QCOMPARE(l.romInfo.deviceId, device);
    QCOMPARE(l.romInfo.fsBegin, fsBegin);
    QCOMPARE(l.fsBegin, qint64(fsBegin));
    QCOMPARE(l.fsLength, qint64(fsLength));
    checkCovers(l);
    QCOMPARE(l.typeAt(0), FlashImage::RegionType::BootHeader);
    QCOMPARE(l.typeAt(0x1000), FlashImage::RegionType::FileInfo);
    QCOMPARE(l.typeAt(0x20400), FlashImage::RegionType::RomInfo);
    QCOMPARE(l.typeAt(fsBegin), FlashImage::RegionType::FsBootSector);
    QCOMPARE(l.typeAt(0x20000 + mauiLength), FlashImage::RegionType::Erased);
}

void TstFlashImage::smallImages()
{
    // 64 KiB: room for the boot loader, not for a MAUI image.
    const QByteArray tiny = FlashImage::generate(0x10000, 1);
    QCOMPARE(tiny.size(), 0x10000);
    QVERIFY(tiny.startsWith("SF_BOOT"));
    checkFileInfo(tiny, 0x1000, 0x0001, 0x10001000, 0xB400, 0x1F000, 0x100, 0x20);
    QVERIFY(!tiny.contains("MTK_ROMINFO_v"));
    const FlashImage::Layout tinyLayout = FlashImage::describe(0x10000, 1);
    QVERIFY(!tinyLayout.maui.present() && !tinyLayout.romInfo.present());
    QCOMPARE(tinyLayout.fsBegin, qint64(-1));
    checkCovers(tinyLayout);
    // 32 KiB: not even the boot loader.
    QVERIFY(!FlashImage::generate(0x8000, 1).contains("MMM"));
    checkCovers(FlashImage::describe(0x8000, 1));

    // 256 KiB, the tests' phone: a small MAUI image, its file system the last 64 KiB.
    const QByteArray small = FlashImage::generate(kFlashSize, 7);
    checkFileInfo(small, 0x20000, 0x0100, 0x10020000, 0xC000, 0x10000, 0x200, 0);
    checkRomInfo(small, 0x20400, "MTREADER.VIRTUAL.V1.0.7", 0xEF, 0x4012, 0x30000, 0x10000);
    checkFsStart(small, 0x30000);
}

void TstFlashImage::imageOptions()
{
    FlashImage::Options blank;
    blank.blank = true;
    QCOMPARE(FlashImage::generate(0x400000, 1, blank), QByteArray(0x400000, char(0xFF)));
    const FlashImage::Layout blankLayout = FlashImage::describe(0x400000, 1, blank);
    QCOMPARE(blankLayout.regions.size(), 1);
    QVERIFY(!blankLayout.romInfo.present() && !blankLayout.bootLoader.present());

    FlashImage::Options unrecognised;
    unrecognised.romInfo = false;
    const QByteArray bare = FlashImage::generate(0x400000, 1, unrecognised);
    QVERIFY(bare.startsWith("SF_BOOT"));
    QCOMPARE(bare.mid(0x20008, 9), QByteArray("FILE_INFO"));
    QVERIFY(!bare.contains("MTK_ROMINFO_v"));
    QCOMPARE(bare.mid(0x20400, 0x200), QByteArray(0x200, '\0'));
    QVERIFY(!FlashImage::describe(0x400000, 1, unrecognised).romInfo.present());

    // Conflicting records: a 4 MiB flash whose ROM info claims 16 MiB, with
    // a file system beyond the flash; and the other way round.
    FlashImage::Options claims16;
    claims16.romInfoClaimsSize = 0x1000000;
    const QByteArray big = FlashImage::generate(0x400000, 1, claims16);
    checkRomInfo(big, 0x20400, "MTREADER.VIRTUAL.V1.0.1", 0xEF, 0x4018, 0xE00000, 0x200000);
    checkFsStart(big, 0x300000);
    FlashImage::Options claims4;
    claims4.romInfoClaimsSize = 0x400000;
    const QByteArray real16 = FlashImage::generate(0x1000000, 3, claims4);
    checkRomInfo(real16, 0x20400, "MTREADER.VIRTUAL.V1.0.3", 0xC8, 0x4016, 0x300000, 0x100000);
    checkFsStart(real16, 0xE00000);
    QVERIFY(real16.mid(0x300000, 0x200) != real16.mid(0xE00000, 0x200));
}

void TstFlashImage::repetitiveStart()
{
    FlashImage::Options o;
    o.repetitiveStart = true;
    const QByteArray img = FlashImage::generate(0x400000, 1, o);
    const QByteArray unit = img.left(0x1000);
    QVERIFY(unit.startsWith("SF_BOOT"));
    QCOMPARE(unit.mid(0x800), QByteArray(0x800, char(0xFF))); // partly erased
    QVERIFY(unit.mid(0x200, 0x600).count(char(0xFF)) < 0x100);
    for (qint64 at = 0x1000; at < 0x40000; at += 0x1000)
        QVERIFY2(img.mid(at, 0x1000) == unit, qPrintable(QString::number(at, 16)));
    QCOMPARE(img.mid(0x40000, 0x1000), QByteArray(0x1000, char(0xFF)));
    // The firmware follows the repeated start.
    checkFileInfo(img, 0x41000, 0x0001, 0x10041000, 0xB400, 0x1F000, 0x100, 0x20);
    checkFileInfo(img, 0x60000, 0x0100, 0x10060000, 0x1F8000, 0x2A0000, 0x200, 0);
    QCOMPARE(img.indexOf("MTK_ROMINFO_v"), qsizetype(0x60400));
    checkRomInfo(img, 0x60400, "MTREADER.VIRTUAL.V1.0.1", 0xEF, 0x4016, 0x300000, 0x100000);
    checkFsStart(img, 0x300000);
    checkCovers(FlashImage::describe(0x400000, 1, o));
}

void TstFlashImage::readyMadePhones()
{
    const VirtualPhoneConfig standard = VirtualPhoneConfig::mt6261();
    QCOMPARE(standard.flash.size(), 0x400000);
    QCOMPARE(standard.flash, FlashImage::generate(0x400000, 1));
    QVERIFY(standard.wrapsAround);
    for (qint64 size : FlashImage::kCommonSizes) {
        const VirtualPhoneConfig c = VirtualPhoneConfig::mt6261(size, 4);
        QCOMPARE(c.flash.size(), size);
        QCOMPARE(c.chipCode, quint16(0x6261));
        QCOMPARE(c.registers16.value(0xA0700A28), quint16(0x0010));
    }
    FlashImage::Options blank;
    blank.blank = true;
    const VirtualPhoneConfig mt6260 = VirtualPhoneConfig::mt6260(0x800000, 2, blank);
    QCOMPARE(mt6260.chipCode, quint16(0x6260));
    QCOMPARE(mt6260.flash, QByteArray(0x800000, char(0xFF)));
}

void TstFlashImage::noWrap_data()
{
    QTest::addColumn<bool>("wraps");
    QTest::newRow("wraps around") << true;
    QTest::newRow("reads erased past the end") << false;
}

void TstFlashImage::noWrap()
{
    QFETCH(bool, wraps);
    VirtualPhoneConfig c = smallPhone();
    c.wrapsAround = wraps;
    Sim s(c);
    initPhone(s);
    const QByteArray flash = s.phone.config().flash;
    const QByteArray erased(256, char(0xFF));
    QCOMPARE(read32Flash(s, 0, 64), flash.left(256));
    QCOMPARE(read32Flash(s, kFlashSize - 256, 64), flash.right(256));
    QCOMPARE(read32Flash(s, kFlashSize, 64), wraps ? flash.left(256) : erased);
    QCOMPARE(read32Flash(s, 0x1000000 + 0x100, 64), wraps ? flash.mid(0x100, 256) : erased);
    QCOMPARE(read32Flash(s, kFlashSize - 8, 4), flash.right(8) + (wraps ? flash.left(8) : erased.left(8)));
    // READ16 goes through the same window.
    QCOMPARE(s.send(cmd(0xA2, kFlashSize, 1)).mid(9).toHex(),
             wraps ? QByteArray(flash.mid(1, 1) + flash.left(1)).toHex() : QByteArray("ffff"));
}

void TstFlashImage::romInfoThroughThePhone()
{
    // The byte order a host undoes: READ32 words come most significant byte first.
    Sim s(VirtualPhoneConfig::mt6261(0x400000, 3));
    initPhone(s);
    const QByteArray block = read32Flash(s, 0x20400, 83);
    QCOMPARE(block.left(16), QByteArray("MTK_ROMINFO_v09\0", 16));
    QCOMPARE(block.mid(212, 4), hex("c8001640"));
    QCOMPARE(block.mid(220, 8), hex("00003000 00001000"));
    QCOMPARE(read32Flash(s, 0, 2), QByteArray("SF_BOOT\0", 8));
}

QTEST_GUILESS_MAIN(TstFlashImage)
#include "tst_flashimage.moc"
