// SPDX-License-Identifier: Unlicense
// Protocol vectors for BromClient: the exact bytes it sends, how it reads
// the answers, and the typed error for every way an answer can be wrong.
#include "BromClient.h"
#include "DumpError.h"
#include "support/ScriptedTransport.h"

#include <QtTest>

using Mt::ErrorCode;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Mt::ErrorCode)

class TstBromClient : public QObject
{
    Q_OBJECT

private slots:
    void handshake_data();
    void handshake();
    void handshakeGivesUp();
    void commands_data();
    void commands();
    void commandFaults_data();
    void commandFaults();
    void read32ByteOrder();
    void pipelinedRead32();
    void realignFinishesABrokenCommand();
    void realignOnAnIdlePhone();
    void read32Errors_data();
    void read32Errors();
    void resetToleratesVanishing_data();
    void resetToleratesVanishing();
    void timeoutScalesWithSize();
    void cancelStopsWaiting();
};

// Each row: the script, as "host>phone" pairs separated by '|'.
static void play(ScriptedTransport &t, const QString &script)
{
    for (const QString &pair : script.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const auto parts = pair.split(QLatin1Char('>'));
        t.then(parts.value(0).toLatin1().constData(), parts.value(1).toLatin1().constData());
    }
}

void TstBromClient::handshake_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("already");
    QTest::newRow("clean") << "a0>5f|0a>f5|50>af|05>fa" << false;
    QTest::newRow("junk before 5F") << "a0>0d0a4552524f520d0a5f|0a>f5|50>af|05>fa" << false;
    QTest::newRow("late 5F: two A0s, two answers") << "a0>|a0>5f5f|0a>f5|50>af|05>fa" << false;
    QTest::newRow("BROM already past the handshake") << "a0>a0" << true;
    QTest::newRow("mismatch, then start over") << "a0>5f|0a>00|a0>5f|0a>f5|50>af|05>fa" << false;
}

void TstBromClient::handshake()
{
    QFETCH(QString, script);
    QFETCH(bool, already);
    ScriptedTransport t;
    play(t, script);
    BromClient client(t);
    QCOMPARE(client.handshake(3s), already);
    QVERIFY2(t.allStepsPlayed(), t.unexpected().toHex().constData());
    QVERIFY(!t.mismatch());
}

void TstBromClient::handshakeGivesUp()
{
    ScriptedTransport t; // a port that never answers
    BromClient client(t);
    try {
        client.handshake(400ms);
        QFAIL("handshake succeeded with nobody there");
    } catch (const DumpException &e) {
        QCOMPARE(e.error().code, ErrorCode::HandshakeFailed);
        QCOMPARE(e.error().expected, QByteArray::fromHex("5ff5affa"));
    }
    // It kept knocking: several A0s, never anything else.
    QVERIFY(t.written().size() >= 2);
    QCOMPARE(t.written(), QByteArray(t.written().size(), char(0xa0)));
}

void TstBromClient::commands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("result");
    QTest::newRow("READ16 chip code") << "read16"
                                      << "a2>a2|80000008>80000008|00000001>000000016261"
                                      << "6261";
    QTest::newRow("READ32 remap register") << "read32"
                                           << "d1>d1|a0510000>a0510000|00000001>000000010000000000020000"
                                           << "00000002";
    QTest::newRow("WRITE16 watchdog off") << "write16"
                                          << "d2>d2|a0030000>a0030000|00000001>000000010001|2200>22000001"
                                          << "";
    QTest::newRow("WRITE32 remap") << "write32"
                                   << "d4>d4|a0510000>a0510000|00000001>000000010001|00000002>000000020001"
                                   << "";
    QTest::newRow("BROM version") << "ff"
                                  << "ff>05"
                                  << "05";
    QTest::newRow("ME ID") << "e1"
                           << "e1>e100000010f81da2153082cc5e21ac5236876844c20000"
                           << "f81da2153082cc5e21ac5236876844c2";
}

void TstBromClient::commands()
{
    QFETCH(QString, command);
    QFETCH(QString, script);
    QFETCH(QString, result);
    ScriptedTransport t;
    play(t, script);
    BromClient client(t);
    QByteArray got;
    try {
        if (command == QLatin1String("read16"))
            got = beU16(client.read16(0x80000008));
        else if (command == QLatin1String("read32"))
            got = beU32(client.read32(0xA0510000, 1).constFirst());
        else if (command == QLatin1String("write16"))
            client.write16(0xA0030000, 0x2200);
        else if (command == QLatin1String("write32"))
            client.write32(0xA0510000, 2);
        else if (command == QLatin1String("ff"))
            got = QByteArray(1, char(client.bromVersion()));
        else if (command == QLatin1String("e1"))
            got = client.meId();
    } catch (const DumpException &e) {
        QFAIL(qPrintable(e.error().technicalSummary()));
    }
    QCOMPARE(got.toHex(), result.toLatin1());
    QVERIFY2(t.allStepsPlayed(), t.unexpected().toHex().constData());
    QVERIFY(!t.mismatch());
}

void TstBromClient::commandFaults_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QByteArray>("received");
    QTest::newRow("wrong command echo") << "d2>d3" << ErrorCode::WrongEcho << QByteArray::fromHex("d3");
    QTest::newRow("wrong address echo") << "d2>d2|a0030000>a0030001" << ErrorCode::WrongEcho
                                        << QByteArray::fromHex("a0030001");
    QTest::newRow("error status") << "d2>d2|a0030000>a0030000|00000001>000000011d12" << ErrorCode::BadStatus
                                  << QByteArray::fromHex("1d12");
    QTest::newRow("read status where write status belongs")
        << "d2>d2|a0030000>a0030000|00000001>000000010000" << ErrorCode::BadStatus << QByteArray::fromHex("0000");
    QTest::newRow("no answer") << "d2>" << ErrorCode::Timeout << QByteArray();
    QTest::newRow("half an echo, then silence")
        << "d2>d2|a0030000>a003" << ErrorCode::ShortRead << QByteArray::fromHex("a003");
}

void TstBromClient::commandFaults()
{
    QFETCH(QString, script);
    QFETCH(ErrorCode, code);
    QFETCH(QByteArray, received);
    ScriptedTransport t;
    play(t, script);
    BromClient client(t);
    try {
        client.write16(0xA0030000, 0x2200);
        QFAIL("a broken answer was accepted");
    } catch (const DumpException &e) {
        QCOMPARE(e.error().code, code);
        QCOMPARE(e.error().received, received);
        QVERIFY(!e.error().technicalSummary().isEmpty());
    }
}

void TstBromClient::read32ByteOrder()
{
    // Flash bytes 53 46 5f 42 ("SF_B") are the little-endian word 0x425f4653,
    // which the phone sends most significant byte first.
    ScriptedTransport t;
    t.then("d1", "d1").then("00000000", "00000000").then("00000002", "00000002 0000 425f4653 00544f4f 0000");
    BromClient client(t);
    QByteArray out(8, 0);
    client.read32Careful(0, 2, out.data(), 0);
    QCOMPARE(out, QByteArray("SF_BOOT\0", 8));
}

void TstBromClient::pipelinedRead32()
{
    ScriptedTransport t;
    t.then("d1 00000000 00000001", "d1 00000000 00000001 0000 44332211 0000");
    t.then("d1 00000004 00000001", "d1 00000004 00000001 0000 88776655 0000");
    BromClient client(t);
    client.sendRead32(0, 1);
    client.sendRead32(4, 1); // queued before the first answer is read
    QByteArray out(8, 0);
    client.receiveRead32(0, 1, out.data(), 0);
    client.receiveRead32(4, 1, out.data() + 4, 4);
    QCOMPARE(out.toHex(), QByteArray("1122334455667788"));
}

void TstBromClient::realignFinishesABrokenCommand()
{
    // The phone kept the first byte of a READ32 count and lost the rest: the
    // first three FFs complete the count (0x00ffffff words, refused), and
    // only the fourth is answered alone, with the BROM version.
    ScriptedTransport t;
    t.then("ff", "05"); // the init asks it once
    t.then("ff", "").then("ff", "").then("ff", "00ffffff 1d0d");
    t.then("ff", "05");
    BromClient client(t);
    QCOMPARE(client.bromVersion(), quint8(0x05));
    QCOMPARE(client.realign(20ms), 4);
    QVERIFY(t.allStepsPlayed());
    QCOMPARE(t.written().toHex(), QByteArray("ffffffffff"));
}

void TstBromClient::realignOnAnIdlePhone()
{
    ScriptedTransport t;
    t.then("ff", "05");
    BromClient client(t);
    QCOMPARE(client.realign(20ms), 1);
    QCOMPARE(t.written().toHex(), QByteArray("ff"));
}

void TstBromClient::read32Errors_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("error status, no data") << "d1 00001000 00000001 1d12" << ErrorCode::BadStatus;
    QTest::newRow("wrong address echo") << "d1 00001004 00000001 0000 11223344 0000" << ErrorCode::WrongEcho;
    QTest::newRow("bad trailing status") << "d1 00001000 00000001 0000 11223344 1d12" << ErrorCode::BadStatus;
    QTest::newRow("data cut short") << "d1 00001000 00000001 0000 1122" << ErrorCode::ShortRead;
}

void TstBromClient::read32Errors()
{
    QFETCH(QString, reply);
    QFETCH(ErrorCode, code);
    ScriptedTransport t;
    t.then("d1 00001000 00000001", reply.toLatin1().constData());
    BromClient client(t);
    client.sendRead32(0x1000, 1);
    QByteArray out(4, 0);
    try {
        client.receiveRead32(0x1000, 1, out.data(), 0x1000);
        QFAIL("a broken READ32 answer was accepted");
    } catch (const DumpException &e) {
        QCOMPARE(e.error().code, code);
        QCOMPARE(e.error().offset, qint64(0x1000));
    }
}

void TstBromClient::resetToleratesVanishing_data()
{
    QTest::addColumn<QString>("valueReply");
    QTest::addColumn<bool>("vanish");
    QTest::newRow("echo, no final status") << "1209" << false;
    QTest::newRow("echo, then the port vanishes") << "1209" << true;
    QTest::newRow("nothing, the port vanishes") << "" << true;
    QTest::newRow("echo and status") << "12090001" << false;
}

void TstBromClient::resetToleratesVanishing()
{
    QFETCH(QString, valueReply);
    QFETCH(bool, vanish);
    ScriptedTransport t;
    t.then("d2", "d2").then("a003001c", "a003001c").then("00000001", "000000010001");
    t.then("1209", valueReply.toLatin1().constData(), vanish);
    BromClient client(t);
    QVERIFY_THROWS_NO_EXCEPTION(client.resetPhone());
    QVERIFY(t.allStepsPlayed());
    // docs/protocol.md §6: WRITE16 0xA003001C = 0x1209, nothing after it.
    QCOMPARE(t.written().toHex(), QByteArray("d2a003001c000000011209"));
}

void TstBromClient::timeoutScalesWithSize()
{
    QVERIFY(BromClient::timeoutFor(64 * 1024) > BromClient::timeoutFor(1024));
    // A 1 KiB block at the slowest plausible 10 KB/s still fits.
    QVERIFY(BromClient::timeoutFor(1024) >= 100ms);
}

void TstBromClient::cancelStopsWaiting()
{
    ScriptedTransport t;
    CancelFlag cancel{true};
    BromClient client(t, &cancel);
    try {
        client.handshake(10s);
        QFAIL("cancel was ignored");
    } catch (const DumpException &e) {
        QCOMPARE(e.error().code, ErrorCode::Cancelled);
    }
}

QTEST_GUILESS_MAIN(TstBromClient)
#include "tst_bromclient.moc"
