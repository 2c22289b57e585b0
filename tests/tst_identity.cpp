// SPDX-License-Identifier: Unlicense
// What a dump is, from its bytes: the firmware records of docs/protocol.md §10
// in hand-made bytes fed in any chunks, the content figures, the flash ids,
// the identity of generated images and its cross-checks, safe file names and
// the report's JSON. Expected values are written out here.
#include "identity/ContentSurvey.h"
#include "identity/DumpIdentity.h"
#include "identity/DumpReport.h"
#include "identity/FirmwareRecords.h"
#include "identity/FlashChip.h"
#include "virtual/FlashImage.h"

#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using Block = ContentFigures::Block;

namespace {

void putLe16(QByteArray &b, qsizetype at, quint16 v)
{
    qToLittleEndian(v, b.data() + at);
}

void putLe32(QByteArray &b, qsizetype at, quint32 v)
{
    qToLittleEndian(v, b.data() + at);
}

// A 56-byte file-info header (docs/protocol.md §10.2): type, load address,
// file length; the other fields fixed.
QByteArray fileInfo(quint16 type, quint32 length = 0x1000, quint16 headerType = 0, quint16 headerSize = 0x38)
{
    QByteArray b(56, '\0');
    b.replace(0, 3, "MMM");
    b[3] = 1;
    putLe16(b, 4, headerSize);
    putLe16(b, 6, headerType);
    b.replace(8, 9, "FILE_INFO");
    putLe32(b, 20, 1);
    putLe16(b, 24, type);
    b[26] = 7;
    putLe32(b, 28, 0x10000000);
    putLe32(b, 32, length);
    return b;
}

// An MTK_ROMInfo block (docs/protocol.md §10.3), 332 bytes; text longer than
// its field is cut to the field, leaving no NUL.
struct RomInfoBytes
{
    QByteArray identifier = "MTK_ROMINFO_v09";
    QByteArray platform = "TEST_MT6261_S00.BIN";
    QByteArray project = "TEST.V2.5";
    quint16 nfb = 0xFFFF;
    quint16 deviceCount = 1;
    quint16 maker = 0xC8;
    quint16 device = 0x4016;
    quint32 fsBegin = 0x300000;
    quint32 fsLength = 0x100000;

    QByteArray bytes() const
    {
        QByteArray b(332, '\0');
        b.replace(0, std::min<qsizetype>(identifier.size(), 16), identifier.left(16));
        b.replace(16, std::min<qsizetype>(platform.size(), 128), platform.left(128));
        b.replace(144, std::min<qsizetype>(project.size(), 64), project.left(64));
        putLe16(b, 208, nfb);
        putLe16(b, 210, deviceCount);
        putLe16(b, 212, maker);
        putLe16(b, 214, device);
        putLe16(b, 216, 0x1111);
        putLe16(b, 218, 0x2222);
        putLe32(b, 220, fsBegin);
        putLe32(b, 224, fsLength);
        // The second device, so a count of 2 reads something of its own.
        putLe16(b, 228, 0xEF);
        putLe16(b, 230, 0x4017);
        putLe32(b, 320, 0x00123400); // customer parameters: address, length
        putLe32(b, 324, 0x800);
        return b;
    }
};

// bytes with insert placed at offset, the rest filled with fill.
QByteArray placed(qsizetype size, qsizetype offset, const QByteArray &insert, char fill = '\x5A')
{
    QByteArray b(size, fill);
    b.replace(offset, insert.size(), insert);
    return b;
}

// The records of data fed to a scanner in chunks of chunk bytes (0: at once).
FirmwareRecords scan(const QByteArray &data, quint64 start = 0, qsizetype chunk = 0)
{
    FirmwareScanner s(start);
    if (chunk <= 0) {
        s.feed(data);
    } else {
        for (qsizetype at = 0; at < data.size(); at += chunk)
            s.feed(data.mid(at, chunk));
    }
    return s.finish();
}

} // namespace

class TstIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sfBoot_data();
    void sfBoot();
    void fileInfoEveryField();
    void fileInfoWithoutMmm();
    void fileInfoWrongTypeOrSize();
    void fileInfoCap();
    void romInfoEveryField();
    void chunks_data();
    void chunks();
    void romInfoOnlyInTheFirstMiB();
    void secondRomInfo();
    void cutOffAtTheEnd();
    void romInfoText_data();
    void romInfoText();
    void tooManyDevices();
    void romInfoVersion_data();
    void romInfoVersion();
    void denseMarksScanInOnePass();
    void contentFigures();
    void crc32AndSha256_data();
    void crc32AndSha256();
    void blocks_data();
    void blocks();
    void letters();
    void flashChip_data();
    void flashChip();
};

void TstIdentity::initTestCase()
{
    // Sizes in the sentences compared below are written the C locale's way.
    QLocale::setDefault(QLocale::c());
}

void TstIdentity::sfBoot_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint64>("start");
    QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 unknown
    const QByteArray boot = placed(0x400, 0, "SF_BOOT");
    QTest::newRow("SF_BOOT at flash offset 0") << boot << quint64(0) << 1;
    QTest::newRow("other bytes at 0") << placed(0x400, 0, "SF_BOOX") << quint64(0) << 0;
    QTest::newRow("SF_BOOT a byte in") << placed(0x400, 1, "SF_BOOT") << quint64(0) << 0;
    QTest::newRow("the mark exactly") << QByteArray("SF_BOOT") << quint64(0) << 1;
    QTest::newRow("shorter than the mark") << QByteArray("SF_BO") << quint64(0) << 0;
    QTest::newRow("empty dump") << QByteArray() << quint64(0) << 0;
    QTest::newRow("dump starting at 0x1000") << boot << quint64(0x1000) << -1;
    QTest::newRow("dump starting at 1") << boot << quint64(1) << -1;
}

void TstIdentity::sfBoot()
{
    QFETCH(QByteArray, data);
    QFETCH(quint64, start);
    QFETCH(int, expected);
    for (qsizetype chunk : {0, 1, 3, 7}) {
        const FirmwareRecords r = scan(data, start, chunk);
        QCOMPARE(r.sfBoot.has_value(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(*r.sfBoot, expected == 1);
    }
}

void TstIdentity::fileInfoEveryField()
{
    // docs/protocol.md §10.2, field by field, every value a different one.
    const QByteArray header = QByteArray::fromHex("4d4d4d"                   // MMM
                                                  "02"                       // header version
                                                  "3800"                     // header size 56
                                                  "0000"                     // header type: file info
                                                  "46494c455f494e464f000000" // FILE_INFO
                                                  "04030201"                 // file version 0x01020304
                                                  "0001"                     // file type 0x0100
                                                  "07"                       // flash device
                                                  "01"                       // signature type
                                                  "00000210"                 // load address 0x10020000
                                                  "00802200"                 // file length 0x228000
                                                  "00002e00"                 // maximum size 0x2E0000
                                                  "00020000"                 // content offset 0x200
                                                  "20000000"                 // signature length 0x20
                                                  "34120000"                 // jump offset 0x1234
                                                  "0100a5a5");               // attributes 0xA5A50001
    QCOMPARE(header.size(), 56);
    const FirmwareRecords r = scan(placed(0x2000, 0x1234, header), 0x20000);
    QCOMPARE(r.files.size(), 1);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    const FileInfoHeader &h = r.files.constFirst();
    QCOMPARE(h.offset, quint64(0x21234));
    QCOMPARE(h.version, quint8(2));
    QCOMPARE(h.headerSize, quint16(56));
    QCOMPARE(h.fileVersion, 0x01020304u);
    QCOMPARE(h.fileType, quint16(0x0100));
    QCOMPARE(h.flashDevice, quint8(7));
    QCOMPARE(h.signatureType, quint8(1));
    QCOMPARE(h.loadAddress, 0x10020000u);
    QCOMPARE(h.fileLength, 0x228000u);
    QCOMPARE(h.maxSize, 0x2E0000u);
    QCOMPARE(h.contentOffset, 0x200u);
    QCOMPARE(h.signatureLength, 0x20u);
    QCOMPARE(h.jumpOffset, 0x1234u);
    QCOMPARE(h.attributes, 0xA5A50001u);
    QCOMPARE(h.typeName(), QStringLiteral("MAUI image"));
    QVERIFY(!r.romInfo);
}

void TstIdentity::fileInfoWithoutMmm()
{
    // "FILE_INFO" in a menu string, in data, and too near the dump's start
    // for a header to hold it: none is a header, none is a problem.
    QByteArray notAHeader = fileInfo(0x0100);
    notAHeader.replace(0, 3, "MMX");
    QByteArray data = placed(0x1000, 0x100, notAHeader);
    data.replace(0x400, 26, "Show FILE_INFO in details");
    data.replace(2, 9, "FILE_INFO");
    const FirmwareRecords r = scan(data, 0);
    QVERIFY(r.files.isEmpty());
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
}

void TstIdentity::fileInfoWrongTypeOrSize()
{
    QByteArray data = placed(0x1000, 0x100, fileInfo(0x0001, 0x1000, 0x0003));
    data.replace(0x800, 56, fileInfo(0x0001, 0x1000, 0, 0x20));
    const FirmwareRecords r = scan(data);
    QCOMPARE(r.files.size(), 2); // listed, with a problem each
    QCOMPARE(r.problems,
             QStringList({QStringLiteral("The file-info header at 0x100 has a wrong type or size (56 bytes)."),
                          QStringLiteral("The file-info header at 0x800 has a wrong type or size (32 bytes).")}));
}

void TstIdentity::fileInfoCap()
{
    QByteArray data;
    for (int i = 0; i < 40; ++i)
        data += fileInfo(quint16(i), 0x40) + QByteArray(8, '\xFF');
    const FirmwareRecords r = scan(data);
    QCOMPARE(r.files.size(), 32);
    QCOMPARE(r.files.constLast().fileType, quint16(31));
    QCOMPARE(r.files.constLast().offset, quint64(31 * 64));
    QCOMPARE(r.problems, QStringList{QStringLiteral("More than 32 file-info headers: only the first 32 are listed.")});
}

void TstIdentity::romInfoEveryField()
{
    RomInfoBytes bytes;
    bytes.deviceCount = 2;
    const FirmwareRecords r = scan(placed(0x30000, 0x20400, bytes.bytes()));
    QVERIFY(r.romInfo);
    const RomInfoBlock &i = *r.romInfo;
    QCOMPARE(i.offset, quint64(0x20400));
    QCOMPARE(i.identifier, QStringLiteral("MTK_ROMINFO_v09"));
    QCOMPARE(i.version, 9);
    QCOMPARE(i.platformId, QStringLiteral("TEST_MT6261_S00.BIN"));
    QCOMPARE(i.projectId, QStringLiteral("TEST.V2.5"));
    QCOMPARE(i.nfbId, quint16(0xFFFF));
    QCOMPARE(i.deviceCount, quint16(2));
    QCOMPARE(i.flashes.size(), 2);
    const RomInfoFlash &f = i.flashes.at(0);
    QCOMPARE(f.manufacturerId, quint16(0xC8));
    QCOMPARE(f.deviceId, quint16(0x4016));
    QCOMPARE(f.extId1, quint16(0x1111));
    QCOMPARE(f.extId2, quint16(0x2222));
    QCOMPARE(f.fsBegin, 0x300000u);
    QCOMPARE(f.fsLength, 0x100000u);
    QCOMPARE(i.flashes.at(1).manufacturerId, quint16(0xEF));
    QCOMPARE(i.flashes.at(1).deviceId, quint16(0x4017));
    QCOMPARE(i.customerParamAddress, 0x123400u);
    QCOMPARE(i.customerParamLength, 0x800u);
    QVERIFY2(i.problems.isEmpty(), qPrintable(i.problems.join(QLatin1Char('\n'))));
    QVERIFY(r.recognised());
}

void TstIdentity::chunks_data()
{
    QTest::addColumn<qsizetype>("chunk");
    for (qsizetype chunk : {1, 7, 13, 333, 4096})
        QTest::addRow("%d-byte chunks", int(chunk)) << chunk;
    QTest::newRow("at once") << qsizetype(0);
}

// Records across every chunk boundary read the same as at once.
void TstIdentity::chunks()
{
    QFETCH(qsizetype, chunk);
    // A header across 0x1000, the ROM info across 0x2000, a header right
    // after the ROM info and one whose "MMM" ends a 4 KiB chunk.
    QByteArray data = placed(0x4000, 0, "SF_BOOT");
    data.replace(0x0FF0, 56, fileInfo(0x0001, 0xB400));
    data.replace(0x1F00, 332, RomInfoBytes().bytes());
    data.replace(0x1F00 + 332, 56, fileInfo(0x0100, 0x8000));
    data.replace(0x2FFD, 56, fileInfo(0x0480, 0x1000));
    const FirmwareRecords r = scan(data, 0, chunk);
    QCOMPARE(r.sfBoot, std::optional<bool>(true));
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.files.size(), 3);
    QCOMPARE(r.files.at(0).offset, quint64(0x0FF0));
    QCOMPARE(r.files.at(0).fileType, quint16(0x0001));
    QCOMPARE(r.files.at(0).fileLength, 0xB400u);
    QCOMPARE(r.files.at(1).offset, quint64(0x204C));
    QCOMPARE(r.files.at(1).fileType, quint16(0x0100));
    QCOMPARE(r.files.at(2).offset, quint64(0x2FFD));
    QCOMPARE(r.files.at(2).typeName(), QStringLiteral("file system"));
    QVERIFY(r.romInfo);
    QCOMPARE(r.romInfo->offset, quint64(0x1F00));
    QCOMPARE(r.romInfo->projectId, QStringLiteral("TEST.V2.5"));
    QCOMPARE(r.romInfo->flashes.constFirst().fsBegin, 0x300000u);
}

void TstIdentity::romInfoOnlyInTheFirstMiB()
{
    const QByteArray rom = RomInfoBytes().bytes();
    // The last place it may start, and the first where it is not looked for.
    const FirmwareRecords last = scan(placed(0x2000, 0xEFF, rom), 0xFF100);
    QVERIFY(last.romInfo);
    QCOMPARE(last.romInfo->offset, quint64(0xFFFFF));
    const FirmwareRecords first = scan(placed(0x2000, 0xEFF, rom), 0xFF101);
    QVERIFY(!first.romInfo);
    QVERIFY(first.problems.isEmpty());
    const FirmwareRecords beyond = scan(placed(0x110000, 0x100000, rom), 0, 4096);
    QVERIFY(!beyond.romInfo);
    QVERIFY(beyond.problems.isEmpty());
}

void TstIdentity::secondRomInfo()
{
    RomInfoBytes first, second;
    second.project = "OTHER";
    QByteArray data = placed(0x8000, 0x1000, first.bytes());
    data.replace(0x3000, 332, second.bytes());
    data.replace(0x5000, 332, second.bytes());
    const FirmwareRecords r = scan(data, 0, 333);
    QCOMPARE(r.romInfo->offset, quint64(0x1000));
    QCOMPARE(r.romInfo->projectId, QStringLiteral("TEST.V2.5"));
    // Told once, at the first one more.
    QCOMPARE(r.problems, QStringList{QStringLiteral("A second ROM info block at 0x3000 was ignored.")});
}

void TstIdentity::cutOffAtTheEnd()
{
    const FirmwareRecords rom = scan(placed(0x1000, 0x1000 - 331, RomInfoBytes().bytes().left(331)), 0, 7);
    QVERIFY(!rom.romInfo);
    QCOMPARE(rom.problems,
             QStringList{QStringLiteral("The ROM info block at 0xeb5 is cut off by the end of the dump.")});
    const FirmwareRecords file = scan(placed(0x100, 0x100 - 55, fileInfo(0x0001).left(55)), 0x40000);
    QVERIFY(file.files.isEmpty());
    QCOMPARE(file.problems,
             QStringList{QStringLiteral("A file-info header at 0x400c9 is cut off by the end of the dump.")});
    // Exactly to the end is complete.
    QVERIFY(scan(placed(0x1000, 0x1000 - 332, RomInfoBytes().bytes()), 0, 7).recognised());
}

void TstIdentity::romInfoText_data()
{
    QTest::addColumn<QByteArray>("platform");
    QTest::addColumn<QByteArray>("project");
    QTest::addColumn<QString>("platformRead");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("platform id without an end mark")
        << QByteArray(128, 'P') << QByteArray("V1") << QString(128, QLatin1Char('P'))
        << QStringList{QStringLiteral("The platform id fills its whole field without an end mark; it may be cut off.")};
    QTest::newRow("project id without an end mark")
        << QByteArray("P") << QByteArray(64, 'V') << QStringLiteral("P")
        << QStringList{QStringLiteral("The project id fills its whole field without an end mark; it may be cut off.")};
    QTest::newRow("control and high bytes in the platform id")
        << QByteArray("MT\x01\x1b[2J\x7f\xe9") << QByteArray("V1") << QStringLiteral("MT??[2J??")
        << QStringList{QStringLiteral("The platform id holds bytes that are not text.")};
    QTest::newRow("both at once")
        << QByteArray(127, 'P') + '\t' << QByteArray("V1") << QString(127, QLatin1Char('P')) + QLatin1Char('?')
        << QStringList{QStringLiteral("The platform id fills its whole field without an end mark; it may be cut off."),
                       QStringLiteral("The platform id holds bytes that are not text.")};
}

void TstIdentity::romInfoText()
{
    QFETCH(QByteArray, platform);
    QFETCH(QByteArray, project);
    QFETCH(QString, platformRead);
    QFETCH(QStringList, problems);
    RomInfoBytes bytes;
    bytes.platform = platform;
    bytes.project = project;
    const FirmwareRecords r = scan(placed(0x1000, 0x100, bytes.bytes()));
    QVERIFY(r.romInfo);
    QCOMPARE(r.romInfo->platformId, platformRead);
    QCOMPARE(r.romInfo->problems, problems);
    QVERIFY(!r.recognised());
}

void TstIdentity::tooManyDevices()
{
    RomInfoBytes bytes;
    bytes.deviceCount = 9;
    const FirmwareRecords r = scan(placed(0x1000, 0x100, bytes.bytes()));
    QCOMPARE(r.romInfo->deviceCount, quint16(9));
    QCOMPARE(r.romInfo->flashes.size(), 6);
    QCOMPARE(r.romInfo->flashes.at(5).manufacturerId, quint16(0)); // the last of the six, 292 bytes in
    QCOMPARE(r.romInfo->problems, QStringList{QStringLiteral("The ROM info lists 9 flash devices; at most 6 fit.")});
    bytes.deviceCount = 0;
    const FirmwareRecords none = scan(placed(0x1000, 0x100, bytes.bytes()));
    QVERIFY(none.romInfo->flashes.isEmpty());
    QVERIFY(none.recognised());
}

void TstIdentity::romInfoVersion_data()
{
    QTest::addColumn<QByteArray>("identifier");
    QTest::addColumn<int>("version");
    QTest::addColumn<QStringList>("problems");
    const QStringList none;
    QTest::newRow("v04, the oldest known") << QByteArray("MTK_ROMINFO_v04") << 4 << none;
    QTest::newRow("v09, the newest known") << QByteArray("MTK_ROMINFO_v09") << 9 << none;
    QTest::newRow("v03") << QByteArray("MTK_ROMINFO_v03") << 3
                         << QStringList{QStringLiteral("ROM info version \"v03\" is not one MTreader knows (v04 to "
                                                       "v09): its fields may be misread.")};
    QTest::newRow("v12") << QByteArray("MTK_ROMINFO_v12") << 12
                         << QStringList{QStringLiteral("ROM info version \"v12\" is not one MTreader knows (v04 to "
                                                       "v09): its fields may be misread.")};
    QTest::newRow("not a number") << QByteArray("MTK_ROMINFO_vXY") << 0
                                  << QStringList{QStringLiteral("ROM info version \"vXY\" is not one MTreader knows "
                                                                "(v04 to v09): its fields may be misread.")};
}

void TstIdentity::romInfoVersion()
{
    QFETCH(QByteArray, identifier);
    QFETCH(int, version);
    QFETCH(QStringList, problems);
    RomInfoBytes bytes;
    bytes.identifier = identifier;
    const FirmwareRecords r = scan(placed(0x1000, 0x10, bytes.bytes()));
    QCOMPARE(r.romInfo->identifier, QString::fromLatin1(identifier));
    QCOMPARE(r.romInfo->version, version);
    QCOMPARE(r.romInfo->problems, problems);
    QCOMPARE(r.recognised(), problems.isEmpty());
}

// A hostile dump packed with one mark is still read in one pass. A search
// that went over the rest of the chunk for the other mark after each one
// found took 20 to 40 s a MiB here: this test then ran into ctest's timeout
// instead of taking a second.
void TstIdentity::denseMarksScanInOnePass()
{
    FirmwareScanner s(0x200000); // past the first MiB: every ROM info mark is ignored
    for (const char *mark : {"FILE_INFO", "MTK_ROMINFO_v"}) {
        QByteArray chunk;
        while (chunk.size() < 1024 * 1024)
            chunk += mark;
        for (int i = 0; i < 8; ++i)
            s.feed(chunk);
    }
    const FirmwareRecords r = s.finish();
    QVERIFY(r.files.isEmpty());
    QVERIFY(!r.romInfo);
    QVERIFY(r.problems.isEmpty());
}

void TstIdentity::contentFigures()
{
    // Three 4 KiB blocks and a short one: erased, zero, data, erased.
    QByteArray data = QByteArray(4096, '\xFF') + QByteArray(4096, '\0') + QByteArray(4096, 'A')
        + QByteArray(1024, '\xFF');
    data[8192] = '\xFF'; // one erased and one zero byte in the data block
    data[8193] = '\0';
    ContentSurvey survey;
    survey.feed(data);
    const ContentFigures f = survey.finish();
    QCOMPARE(f.bytes, quint64(13312));
    QCOMPARE(f.erasedBytes, quint64(4096 + 1 + 1024));
    QCOMPARE(f.zeroBytes, quint64(4096 + 1));
    QCOMPARE(f.erasedPercent(), 100.0 * 5121 / 13312);
    QCOMPARE(f.zeroPercent(), 100.0 * 4097 / 13312);
    QCOMPARE(f.blocks, (QVector<Block>{Block::Erased, Block::Zero, Block::Data, Block::Erased}));
    QCOMPARE(f.blockLetters(), QByteArray("EZDE"));
    const ContentFigures empty = ContentSurvey().finish();
    QCOMPARE(empty.bytes, quint64(0));
    QCOMPARE(empty.erasedPercent(), 0.0);
    QCOMPARE(empty.zeroPercent(), 0.0);
    QVERIFY(empty.blocks.isEmpty());
}

void TstIdentity::crc32AndSha256_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("crc32");
    QTest::addColumn<QByteArray>("sha256");
    // The check values of CRC-32 (zlib) and SHA-256 (FIPS 180-2).
    QTest::newRow("123456789") << QByteArray("123456789") << 0xCBF43926u
                               << QByteArray("15e2b0d3c33891ebb0f1ef609ec419420c20e320ce94c65fbc8c3312448eb225");
    QTest::newRow("abc") << QByteArray("abc") << 0x352441C2u
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("nothing") << QByteArray() << 0u
                             << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

void TstIdentity::crc32AndSha256()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, crc32);
    QFETCH(QByteArray, sha256);
    for (qsizetype chunk : {1, 2, 100}) {
        ContentSurvey survey;
        for (qsizetype at = 0; at < data.size(); at += chunk)
            survey.feed(data.mid(at, chunk));
        const ContentFigures f = survey.finish();
        QCOMPARE(f.crc32, crc32);
        QCOMPARE(f.sha256.toHex(), sha256);
    }
}

void TstIdentity::blocks_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("letters");
    QTest::newRow("exactly one block") << QByteArray(4096, '\xFF') << QByteArray("E");
    QTest::newRow("one byte more") << QByteArray(4097, '\0') << QByteArray("ZZ");
    QTest::newRow("one byte") << QByteArray(1, '\x12') << QByteArray("D");
    QTest::newRow("erased but its last byte") << QByteArray(4095, '\xFF') + '\0' << QByteArray("D");
    QTest::newRow("zero but its first byte") << '\xFF' + QByteArray(4095, '\0') << QByteArray("D");
    QTest::newRow("two blocks and a short erased one")
        << QByteArray(4096, '\0') + QByteArray(4096, 'x') + QByteArray(3, '\xFF') << QByteArray("ZDE");
}

void TstIdentity::blocks()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, letters);
    for (qsizetype chunk : {1, 1000, 4096, 5000, 1 << 20}) {
        ContentSurvey survey;
        for (qsizetype at = 0; at < data.size(); at += chunk)
            survey.feed(data.mid(at, chunk));
        QCOMPARE(survey.finish().blockLetters(), letters);
    }
}

void TstIdentity::letters()
{
    const QVector<Block> blocks{Block::Erased, Block::Zero, Block::Data, Block::Data, Block::Erased};
    QCOMPARE(ContentFigures::fromLetters("EZDDE"), blocks);
    ContentFigures f;
    f.blocks = blocks;
    QCOMPARE(f.blockLetters(), QByteArray("EZDDE"));
    // A letter of no class reads as data: the map never shows it as empty.
    QCOMPARE(ContentFigures::fromLetters("e?"), (QVector<Block>{Block::Data, Block::Data}));
    QVERIFY(ContentFigures::fromLetters({}).isEmpty());
}

void TstIdentity::flashChip_data()
{
    QTest::addColumn<quint16>("maker");
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<quint16>("device");
    QTest::addColumn<quint64>("size"); // 0: none implied
    QTest::newRow("GigaDevice 4 MiB") << quint16(0xC8) << QStringLiteral("GigaDevice") << quint16(0x4016)
                                      << quint64(4 * 1024 * 1024);
    QTest::newRow("Winbond 8 MiB") << quint16(0xEF) << QStringLiteral("Winbond") << quint16(0x4017)
                                   << quint64(8 * 1024 * 1024);
    QTest::newRow("Macronix 16 MiB") << quint16(0xC2) << QStringLiteral("Macronix") << quint16(0x2018)
                                     << quint64(16 * 1024 * 1024);
    QTest::newRow("EON") << quint16(0x1C) << QStringLiteral("EON") << quint16(0x3015) << quint64(2 * 1024 * 1024);
    QTest::newRow("XMC or Micron") << quint16(0x20) << QStringLiteral("XMC or Micron") << quint16(0x7014)
                                   << quint64(1024 * 1024);
    QTest::newRow("Puya") << quint16(0x85) << QStringLiteral("Puya") << quint16(0x6010) << quint64(64 * 1024);
    QTest::newRow("Boya") << quint16(0x68) << QStringLiteral("Boya") << quint16(0x4019) << quint64(32 * 1024 * 1024);
    QTest::newRow("XTX") << quint16(0x0B) << QStringLiteral("XTX") << quint16(0x400F) << quint64(0);
    QTest::newRow("Zbit") << quint16(0x5E) << QStringLiteral("Zbit") << quint16(0x401A) << quint64(0);
    QTest::newRow("unknown maker") << quint16(0x9D) << QString() << quint16(0x0000) << quint64(0);
    QTest::newRow("maker byte in the high half") << quint16(0xC800) << QString() << quint16(0xFFFF) << quint64(0);
    QTest::newRow("a maker byte under a high byte")
        << quint16(0x01C8) << QString() << quint16(0x0116) << quint64(4 * 1024 * 1024);
    QTest::newRow("erased ids") << quint16(0xFFFF) << QString() << quint16(0x16FF) << quint64(0);
}

void TstIdentity::flashChip()
{
    QFETCH(quint16, maker);
    QFETCH(QString, vendor);
    QFETCH(quint16, device);
    QFETCH(quint64, size);
    QCOMPARE(FlashChip::vendor(maker), vendor);
    const std::optional<quint64> implied = FlashChip::impliedSize(device);
    QCOMPARE(implied.has_value(), size > 0);
    if (implied)
        QCOMPARE(*implied, size);
}

QTEST_GUILESS_MAIN(TstIdentity)
#include "tst_identity.moc"
