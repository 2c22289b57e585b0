// SPDX-License-Identifier: Unlicense
// Start/length parsing and validation, and the aligned cover of a range.
#include "FlashRange.h"

#include <QtTest>

class TstFlashRange : public QObject
{
    Q_OBJECT

private slots:
    void parseNumber_data();
    void parseNumber();
    void parseRange_data();
    void parseRange();
    void alignment_data();
    void alignment();
    void blockSize_data();
    void blockSize();
};

void TstFlashRange::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("value");
    QTest::newRow("decimal") << "4194304" << true << quint64(4194304);
    QTest::newRow("hex") << "0x400000" << true << quint64(0x400000);
    QTest::newRow("HEX prefix") << "0X1f" << true << quint64(0x1f);
    QTest::newRow("mixed case digits") << "0xAbCd" << true << quint64(0xabcd);
    QTest::newRow("spaces around") << "  16 " << true << quint64(16);
    QTest::newRow("zero") << "0" << true << quint64(0);
    QTest::newRow("leading zero is decimal") << "010" << true << quint64(10);
    QTest::newRow("empty") << "" << false << quint64(0);
    QTest::newRow("just 0x") << "0x" << false << quint64(0);
    QTest::newRow("negative") << "-1" << false << quint64(0);
    QTest::newRow("plus sign") << "+5" << false << quint64(0);
    QTest::newRow("bad hex") << "0xZZ" << false << quint64(0);
    QTest::newRow("hex digits without prefix") << "ff" << false << quint64(0);
    // Sizes with a unit, powers of 1024.
    QTest::newRow("4M") << "4M" << true << quint64(4 * 1024 * 1024);
    QTest::newRow("4MiB") << "4MiB" << true << quint64(4 * 1024 * 1024);
    QTest::newRow("4 MiB") << "4 MiB" << true << quint64(4 * 1024 * 1024);
    QTest::newRow("4096K") << "4096K" << true << quint64(4 * 1024 * 1024);
    QTest::newRow("16m") << "16m" << true << quint64(16 * 1024 * 1024);
    QTest::newRow("8 mb") << "8 mb" << true << quint64(8 * 1024 * 1024);
    QTest::newRow("1KB") << "1KB" << true << quint64(1024);
    QTest::newRow("1G") << "1G" << true << quint64(1024 * 1024 * 1024);
    QTest::newRow("unknown unit") << "4X" << false << quint64(0);
    QTest::newRow("unit alone") << "M" << false << quint64(0);
    QTest::newRow("hex with a unit") << "0x4M" << false << quint64(0);
    QTest::newRow("fraction") << "1.5M" << false << quint64(0);
    QTest::newRow("unit overflows") << "99999999999999G" << false << quint64(0);
    QTest::newRow("inner space") << "1 000" << false << quint64(0);
    QTest::newRow("overflow") << "0x1ffffffffffffffff" << false << quint64(0);
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0661\u0662") << false << quint64(0);
}

void TstFlashRange::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(quint64, value);
    const auto got = ::parseNumber(text);
    QCOMPARE(got.has_value(), ok);
    if (ok)
        QCOMPARE(*got, value);
}

void TstFlashRange::parseRange_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("length");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorMentions");
    QTest::addColumn<bool>("anyAddress");
    QTest::newRow("whole 4 MiB") << "0"
                                 << "0x400000" << true << "" << false;
    QTest::newRow("16 MiB with a unit") << "0"
                                        << "16 MiB" << true << "" << false;
    QTest::newRow("up to the RAM") << "0xFFFFF00"
                                   << "0x100" << true << "" << false;
    QTest::newRow("into the RAM") << "0xFFFFF00"
                                  << "0x101" << false << "0x10000000" << false;
    QTest::newRow("registers") << "0xA0000000"
                               << "4" << false << "RAM and registers" << false;
    QTest::newRow("registers, asked for") << "0xA0000000"
                                          << "4" << true << "" << true;
    QTest::newRow("last byte of the address space") << "0xffffffff"
                                                    << "1" << true << "" << true;
    QTest::newRow("zero length") << "0"
                                 << "0" << false << "zero" << false;
    QTest::newRow("start not a number") << "abc"
                                        << "16" << false << "abc" << false;
    QTest::newRow("length not a number") << "0"
                                         << "-5" << false << "-5" << false;
    QTest::newRow("start past 4 GiB") << "0x100000000"
                                      << "4" << false << "4 GiB" << true;
    QTest::newRow("runs past 4 GiB") << "0xfffffff0"
                                     << "0x20" << false << "4 GiB" << true;
    QTest::newRow("start+length wraps 64 bits") << "0xffffffff"
                                                << "0xffffffffffffffff" << false << "4 GiB" << true;
}

void TstFlashRange::parseRange()
{
    QFETCH(QString, start);
    QFETCH(QString, length);
    QFETCH(bool, ok);
    QFETCH(QString, errorMentions);
    QFETCH(bool, anyAddress);
    QString error;
    const auto range = ::parseRange(start, length, &error, anyAddress);
    QCOMPARE(range.has_value(), ok);
    if (!ok)
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void TstFlashRange::alignment_data()
{
    QTest::addColumn<quint64>("start");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<quint64>("alignedStart");
    QTest::addColumn<quint64>("alignedLength");
    QTest::addColumn<quint64>("headTrim");
    QTest::newRow("aligned") << quint64(0) << quint64(1024) << quint64(0) << quint64(1024) << quint64(0);
    QTest::newRow("unaligned start") << quint64(3) << quint64(1001) << quint64(0) << quint64(1004) << quint64(3);
    QTest::newRow("one byte") << quint64(5) << quint64(1) << quint64(4) << quint64(4) << quint64(1);
    QTest::newRow("unaligned end") << quint64(8) << quint64(5) << quint64(8) << quint64(8) << quint64(0);
    QTest::newRow("to the top") << quint64(0xfffffffd) << quint64(3) << quint64(0xfffffffc) << quint64(4) << quint64(1);
}

void TstFlashRange::alignment()
{
    QFETCH(quint64, start);
    QFETCH(quint64, length);
    const FlashRange r{start, length};
    QTEST(r.alignedStart(), "alignedStart");
    QTEST(r.alignedLength(), "alignedLength");
    QTEST(r.headTrim(), "headTrim");
    QVERIFY(r.alignedStart() <= r.start && r.alignedEnd() >= r.end());
}

void TstFlashRange::blockSize_data()
{
    QTest::addColumn<quint64>("size");
    QTest::addColumn<bool>("ok");
    QTest::newRow("1 KiB") << quint64(1024) << true;
    QTest::newRow("4 KiB") << quint64(4096) << true;
    QTest::newRow("4 bytes") << quint64(4) << true;
    QTest::newRow("1 MiB") << quint64(1 << 20) << true;
    QTest::newRow("zero") << quint64(0) << false;
    QTest::newRow("not a multiple of 4") << quint64(1022) << false;
    QTest::newRow("too big") << quint64((1 << 20) + 4) << false;
}

void TstFlashRange::blockSize()
{
    QFETCH(quint64, size);
    QFETCH(bool, ok);
    QCOMPARE(blockSizeError(size).isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TstFlashRange)
#include "tst_flashrange.moc"
