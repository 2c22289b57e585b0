// SPDX-License-Identifier: Unlicense
// The virtual phone against docs/protocol.md: handshake, timers, memory map, byte
// order, reset, every fault and the link timing, mostly in injected time so
// seconds of phone life take microseconds; then the in-process transport and
// rack with the real BromClient.
#include "BromClient.h"
#include "DumpError.h"
#include "support/PhoneSim.h"
#include "virtual/VirtualPhone.h"
#include "virtual/VirtualPhoneRack.h"
#include "virtual/VirtualTransport.h"

#include <QtTest>

using namespace std::chrono;
using Clock = VirtualPhone::Clock;
using Gone = VirtualPhone::GoneReason;

namespace {

// Every transfer that reaches the host until until: when (microseconds after
// from) and how many bytes.
QList<QPair<qint64, qsizetype>> timedTransfers(VirtualPhone &phone, Clock::time_point from, Clock::time_point until,
                                               QByteArray *bytes = nullptr)
{
    QList<QPair<qint64, qsizetype>> out;
    QByteArray t;
    for (auto next = phone.nextEventTime(); next && *next <= until; next = phone.nextEventTime()) {
        while (phone.takeTransfer(*next, t)) {
            out.append({duration_cast<microseconds>(*next - from).count(), t.size()});
            if (bytes)
                *bytes += t;
        }
    }
    return out;
}

// The phone's answer to READ32 at address of words words, as sent.
QByteArray read32Answer(const QByteArray &flash, quint32 address, quint32 words)
{
    QByteArray wire = flash.mid(address, qsizetype(words) * 4);
    for (qsizetype i = 0; i < wire.size(); i += 4)
        std::reverse(wire.begin() + i, wire.begin() + i + 4);
    return cmd(0xD1, address, words) + hex("0000") + wire + hex("0000");
}

} // namespace

class TstVirtualPhone : public QObject
{
    Q_OBJECT

private slots:
    void handshake_data();
    void handshake();
    void junkBeforeHandshake();
    void echoedA0();
    void lateHandshakeReply();
    void windowExpiry_data();
    void windowExpiry();
    void watchdog();
    void power_data();
    void power();
    void remapAndWrap();
    void read32ByteOrder();
    void registers();
    void reset_data();
    void reset();
    void dataFaults_data();
    void dataFaults();
    void wrongEchoFieldByField();
    void faultTimes();
    void linkTiming();
    void maxTransfer_data();
    void maxTransfer();
    void singleThreadedBrom();
    void rxLimitFits();
    void rxLimitTooDeep();
    void rxLimitWrongAnswer();
    void transportRoundTrip();
    void transportSplitsAndDiscards();
    void transportRetriesPastFaults();
    void longPipelinedRead();
    void rack();
    void rackReEnumeration();
};

void TstVirtualPhone::handshake_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("done");
    QTest::newRow("clean") << hex("a00a5005") << hex("5ff5affa") << true;
    QTest::newRow("stray A0 restarts") << hex("a0a00a5005") << hex("5f5ff5affa") << true;
    QTest::newRow("A0 mid-way restarts") << hex("a00aa00a5005") << hex("5ff55ff5affa") << true;
    QTest::newRow("wrong byte resets silently") << hex("a00a51a00a5005") << hex("5ff55ff5affa") << true;
    QTest::newRow("junk first") << hex("41540d0a00a00a5005") << hex("5ff5affa") << true;
    QTest::newRow("incomplete") << hex("a00a50") << hex("5ff5af") << false;
}

void TstVirtualPhone::handshake()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, answer);
    QFETCH(bool, done);
    Sim s(smallPhone());
    QByteArray got;
    for (char b : input)
        got += s.send(QByteArray(1, b), microseconds(100));
    QCOMPARE(got.toHex(), answer.toHex());
    QCOMPARE(s.phone.handshakeDone(), done);
}

void TstVirtualPhone::junkBeforeHandshake()
{
    Sim s(smallPhone({{FaultKind::JunkBeforeHandshake, 0, 1}}));
    const QByteArray atPlugIn = s.run().join();
    QVERIFY(atPlugIn.startsWith("\r\nERROR\r\n"));
    QVERIFY(!atPlugIn.contains(char(0x5F)) && !atPlugIn.contains(char(0xA0)));
    QCOMPARE(s.send("AT\r"), QByteArray("\r\nERROR\r\n"));
    QCOMPARE(s.send("ATZ\r\n"), QByteArray("\r\nERROR\r\n"));
    QCOMPARE(s.send(hex("a00a5005")).toHex(), QByteArray("5ff5affa"));
}

void TstVirtualPhone::echoedA0()
{
    Sim s(smallPhone({{FaultKind::HandshakeEchoedUnchanged, 0, 1}}));
    QVERIFY(s.phone.handshakeDone());
    QCOMPARE(s.send(hex("a0")).toHex(), QByteArray("a0"));
    QCOMPARE(s.send(hex("0a5005")).toHex(), QByteArray("0a5005"));
    QCOMPARE(s.send(cmd(0xA2, 0x80000008, 1)), cmd(0xA2, 0x80000008, 1) + hex("6261"));
}

void TstVirtualPhone::lateHandshakeReply()
{
    Sim s(smallPhone({{FaultKind::LateHandshakeReply, 0, 1}}));
    QCOMPARE(s.send(hex("a0"), milliseconds(100)), QByteArray());
    QCOMPARE(s.send(hex("a0"), milliseconds(49)), QByteArray());
    // Both 5Fs at once: the second queued behind the late first.
    QCOMPARE(s.run(milliseconds(1)), QList<QByteArray>({hex("5f"), hex("5f")}));
    QCOMPARE(s.send(hex("0a5005")).toHex(), QByteArray("f5affa"));
}

void TstVirtualPhone::windowExpiry_data()
{
    QTest::addColumn<bool>("shortWindow");
    QTest::addColumn<int>("windowMs");
    QTest::newRow("default 3 s") << false << 3000;
    QTest::newRow("short window") << true << 300;
}

void TstVirtualPhone::windowExpiry()
{
    QFETCH(bool, shortWindow);
    QFETCH(int, windowMs);
    Sim s(smallPhone(shortWindow ? QList<Fault>{{FaultKind::ShortPortWindow, 0, 1}} : QList<Fault>{}));
    s.phone.advance(T0 + milliseconds(windowMs) - microseconds(1));
    QVERIFY(!s.phone.isGone());
    QCOMPARE(*s.phone.nextEventTime(), T0 + milliseconds(windowMs));
    s.phone.advance(T0 + milliseconds(windowMs));
    QCOMPARE(s.phone.goneReason(), Gone::BootedNormally);
    // A handshake byte arriving after the window is not answered.
    QCOMPARE(s.send(hex("a0"), milliseconds(windowMs + 10)), QByteArray());
}

void TstVirtualPhone::watchdog()
{
    VirtualPhoneConfig c = smallPhone();
    c.hasBattery = true;
    Sim skipped(c);
    skipped.send(hex("a00a5005")); // handshake done at T0
    skipped.phone.advance(T0 + c.watchdogTimeout - microseconds(1));
    QVERIFY(!skipped.phone.isGone());
    skipped.phone.advance(T0 + c.watchdogTimeout);
    QCOMPARE(skipped.phone.goneReason(), Gone::WatchdogReset);

    Sim done(c);
    done.send(hex("a00a5005"));
    write16(done, 0xA0030000, 0x2200);
    QVERIFY(done.phone.watchdogDisabled());
    done.phone.advance(T0 + seconds(60));
    QVERIFY(!done.phone.isGone());
}

void TstVirtualPhone::power_data()
{
    QTest::addColumn<bool>("battery");
    QTest::addColumn<bool>("usbPower");
    QTest::addColumn<bool>("chargerWdtOff");
    QTest::addColumn<bool>("survives");
    QTest::newRow("no battery, no writes") << false << false << false << false;
    QTest::newRow("no battery, only A28") << false << true << false << false;
    QTest::newRow("no battery, only A24") << false << false << true << false;
    QTest::newRow("no battery, both") << false << true << true << true;
    QTest::newRow("battery, no writes") << true << false << false << true;
}

void TstVirtualPhone::power()
{
    QFETCH(bool, battery);
    QFETCH(bool, usbPower);
    QFETCH(bool, chargerWdtOff);
    QFETCH(bool, survives);
    VirtualPhoneConfig c = smallPhone();
    c.hasBattery = battery;
    Sim s(c);
    s.send(hex("a00a5005"));
    write16(s, 0xA0030000, 0x2200);
    if (usbPower)
        write16(s, 0xA0700A28, 0x8000);
    if (chargerWdtOff)
        write16(s, 0xA0700A24, 0x0002);
    s.phone.advance(T0 + c.chargerWatchdogTimeout - microseconds(1));
    QVERIFY(!s.phone.isGone());
    s.phone.advance(T0 + seconds(30));
    QCOMPARE(s.phone.goneReason(), survives ? Gone::None : Gone::PowerLost);
}

void TstVirtualPhone::remapAndWrap()
{
    Sim s(smallPhone());
    QCOMPARE(s.send(hex("a00a5005")).size(), 4);
    const QByteArray flash = s.phone.config().flash;
    const QByteArray before = read32Flash(s, 0, 64);
    QCOMPARE(before.size(), 256);
    QVERIFY(before != flash.left(256));
    QCOMPARE(s.phone.remapMode(), 0u);
    const QByteArray c = cmd(0xD4, 0xA0510000, 1);
    QCOMPARE(s.send(c + beU32(2)), c + hex("0001") + beU32(2) + hex("0001"));
    QCOMPARE(s.phone.remapMode(), 2u);
    QCOMPARE(s.send(cmd(0xD1, 0xA0510000, 1)), cmd(0xD1, 0xA0510000, 1) + hex("0000 00000002 0000"));
    QCOMPARE(read32Flash(s, 0, 64), flash.left(256));
    QCOMPARE(read32Flash(s, kFlashSize, 64), flash.left(256));
    QCOMPARE(read32Flash(s, 3 * kFlashSize + 0x100, 64), flash.mid(0x100, 256));
    // A block straddling the end wraps in the middle.
    QCOMPARE(read32Flash(s, kFlashSize - 8, 4), flash.right(8) + flash.left(8));
}

void TstVirtualPhone::read32ByteOrder()
{
    Sim s(smallPhone());
    initPhone(s);
    const QByteArray raw = s.send(cmd(0xD1, 0, 4)).mid(11, 16);
    const QByteArray flash = s.phone.config().flash.left(16);
    for (int i = 0; i < 16; ++i)
        QCOMPARE(raw.at(i), flash.at((i & ~3) + 3 - (i & 3)));
    QVERIFY(read32Flash(s, 0, 2).startsWith("SF_BOOT"));
    // Unaligned: error status, no data.
    QCOMPARE(s.send(cmd(0xD1, 2, 1)), cmd(0xD1, 2, 1) + hex("1d0c"));
    QCOMPARE(read32Flash(s, 0, 1), QByteArray("SF_B"));
}

void TstVirtualPhone::registers()
{
    Sim s(smallPhone());
    initPhone(s);
    auto read16 = [&s](quint32 a) { return qFromBigEndian<quint16>(s.send(cmd(0xA2, a, 1)).mid(9).constData()); };
    QCOMPARE(s.send(cmd(0xA2, 0xA01C0108, 2)).mid(9).toHex(), QByteArray("000035c0"));
    QCOMPARE(s.send(cmd(0xD1, 0xA01C0108, 1)).mid(11, 4).toHex(), QByteArray("35c00000"));
    QCOMPARE(read16(0x80000000), quint16(0xCB01));
    write16(s, 0xA0700A14, 0x6001);
    QCOMPARE(read16(0xA0700A14), quint16(0x6009));
    write16(s, 0xA0710000, 0x430E);
    QCOMPARE(read16(0xA0710000), quint16(0x000E));
    write16(s, 0xA0710000, 0x1201); // no key: ignored
    QCOMPARE(read16(0xA0710000), quint16(0x000E));
    write16(s, 0xA0001234, 0xBEEF);
    QCOMPARE(read16(0xA0001234), quint16(0xBEEF));
    QCOMPARE(read16(0xA0005678), quint16(0));
    QCOMPARE(s.send(hex("ff")).toHex(), QByteArray("05"));
    QCOMPARE(s.send(hex("fe")).toHex(), QByteArray("fe"));
    QCOMPARE(s.send(hex("e1")), hex("e1 00000010 f81da2153082cc5e21ac5236876844c2 0000"));
    QCOMPARE(s.send(hex("d8")), hex("d8 00000000 0000"));
    QCOMPARE(s.send(hex("a0")), hex("a0"));
}

void TstVirtualPhone::reset_data()
{
    QTest::addColumn<bool>("beforeEcho");
    QTest::newRow("echo, no status") << false;
    QTest::newRow("reset-before-echo") << true;
}

void TstVirtualPhone::reset()
{
    QFETCH(bool, beforeEcho);
    Sim s(smallPhone(beforeEcho ? QList<Fault>{{FaultKind::ResetBeforeEcho, 0, 1}} : QList<Fault>{}));
    initPhone(s);
    const QByteArray c = cmd(0xD2, 0xA003001C, 1);
    QCOMPARE(s.send(c), c + hex("0001"));
    QCOMPARE(s.send(hex("1209")), beforeEcho ? QByteArray() : hex("1209"));
    QCOMPARE(s.phone.goneReason(), Gone::SoftwareReset);
    QVERIFY(!s.phone.nextEventTime());
    QCOMPARE(s.send(hex("ff"), seconds(1)), QByteArray());
}

void TstVirtualPhone::dataFaults_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("wrong-echo") << int(FaultKind::WrongEcho);
    QTest::newRow("error-status") << int(FaultKind::ErrorStatus);
    QTest::newRow("short-read") << int(FaultKind::ShortReadThenSilence);
    QTest::newRow("stall") << int(FaultKind::Stall);
    QTest::newRow("cable-pulled") << int(FaultKind::CablePulled);
    QTest::newRow("flipped-bit") << int(FaultKind::FlippedBit);
}

void TstVirtualPhone::dataFaults()
{
    QFETCH(int, kind);
    const auto k = FaultKind(kind);
    Sim s(smallPhone({{k, 0x1010, 1}}));
    initPhone(s);
    const QByteArray flash = s.phone.config().flash;
    // Not covering the offset: untouched.
    QCOMPARE(read32Flash(s, 0x1100, 16), flash.mid(0x1100, 64));
    QCOMPARE(read32Flash(s, 0x1000, 4), flash.mid(0x1000, 16));

    const QByteArray c = cmd(0xD1, 0x1000, 16);
    QByteArray wire = flash.mid(0x1000, 64);
    for (qsizetype i = 0; i < wire.size(); i += 4)
        std::reverse(wire.begin() + i, wire.begin() + i + 4);
    const QByteArray good = c + hex("0000") + wire + hex("0000");
    QByteArray expected;
    switch (k) {
    case FaultKind::WrongEcho:
        expected = good;
        expected[4] = char(expected.at(4) ^ 0x40);
        break;
    case FaultKind::ErrorStatus: expected = c + hex("1d12"); break;
    case FaultKind::ShortReadThenSilence:
    case FaultKind::CablePulled: expected = c + hex("0000") + wire.left(32); break;
    case FaultKind::Stall: break;
    case FaultKind::FlippedBit:
        expected = good;
        expected[11 + 0x10 + 3] = char(expected.at(11 + 0x10 + 3) ^ 0x01);
        break;
    default: QFAIL("unexpected kind");
    }
    QCOMPARE(s.send(c, seconds(1)).toHex(), expected.toHex());
    if (k == FaultKind::CablePulled) {
        QCOMPARE(s.phone.goneReason(), Gone::CablePulled);
        return;
    }
    QVERIFY(!s.phone.isGone());
    // Fired once: the retry gets the real data.
    QCOMPARE(s.send(c).toHex(), good.toHex());
}

void TstVirtualPhone::wrongEchoFieldByField()
{
    // A host waiting for each echo: the fault is known only at the count,
    // so the count echo is the one corrupted.
    Sim s(smallPhone({{FaultKind::WrongEcho, 0x40, 1}}));
    initPhone(s);
    QCOMPARE(s.send(hex("d1")), hex("d1"));
    QCOMPARE(s.send(beU32(0)), beU32(0));
    QCOMPARE(s.send(beU32(256)).left(4), hex("00000140"));
}

void TstVirtualPhone::faultTimes()
{
    Sim always(smallPhone({{FaultKind::ErrorStatus, 0, 0}}));
    initPhone(always);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(always.send(cmd(0xD1, 0, 4)), cmd(0xD1, 0, 4) + hex("1d12"));
    Sim twice(smallPhone({{FaultKind::ErrorStatus, 0, 2}}));
    initPhone(twice);
    QCOMPARE(twice.send(cmd(0xD1, 0, 4)).size(), 11);
    QCOMPARE(twice.send(cmd(0xD1, 0, 4)).size(), 11);
    QCOMPARE(twice.send(cmd(0xD1, 0, 4)).size(), 11 + 16 + 2);
    // Before the remap address 0 is not flash: data faults do not match.
    Sim early(smallPhone({{FaultKind::ErrorStatus, 0, 1}}));
    early.send(hex("a00a5005"));
    QCOMPARE(early.send(cmd(0xD1, 0, 4)).size(), 11 + 16 + 2);
}

void TstVirtualPhone::linkTiming()
{
    VirtualPhoneConfig c = smallPhone();
    c.link = LinkModel::realistic(); // 1 ms each way, 1 MB/s
    VirtualPhone phone(c, T0);
    auto answerTimes = [&phone](Clock::time_point from, QByteArray &got) {
        std::vector<Clock::time_point> times;
        QByteArray t;
        for (auto next = phone.nextEventTime(); next && *next < from + seconds(1); next = phone.nextEventTime()) {
            while (phone.takeTransfer(*next, t)) {
                got += t;
                times.push_back(*next);
            }
        }
        return times;
    };
    phone.hostWrite(hex("a0"), T0);
    QByteArray got;
    auto times = answerTimes(T0, got);
    QCOMPARE(got.toHex(), QByteArray("5f"));
    QCOMPARE(times.size(), size_t(1));
    QCOMPARE(times[0], T0 + milliseconds(2) + microseconds(1)); // 1 byte at 1 MB/s

    phone.hostWrite(hex("0a5005"), T0 + milliseconds(10));
    phone.hostWrite(cmd(0xD2, 0xA0030000, 1) + beU16(0x2200), T0 + milliseconds(10));
    got.clear();
    answerTimes(T0 + milliseconds(10), got);
    QCOMPARE(got.size(), 3 + 9 + 6);
    phone.hostWrite(cmd(0xD4, 0xA0510000, 1) + beU32(2), T0 + milliseconds(20));
    got.clear();
    answerTimes(T0 + milliseconds(20), got);

    const auto start = T0 + milliseconds(30);
    phone.hostWrite(cmd(0xD1, 0, 16384), start); // 64 KiB
    got.clear();
    times = answerTimes(start, got);
    QCOMPARE(got.size(), 9 + 2 + 65536 + 2);
    QCOMPARE(times.front(), start + milliseconds(2) + microseconds(1));
    // 65 550 bytes at 1 MB/s plus 1 ms each way: about 67.5 ms.
    const auto took = duration_cast<microseconds>(times.back() - start).count();
    QVERIFY2(took > 67000 && took < 68000, qPrintable(QString::number(took)));
    QVERIFY(times.size() >= 16 + 5); // in transfers of at most 4 KiB
}

void TstVirtualPhone::maxTransfer_data()
{
    QTest::addColumn<int>("maxTransfer");
    QTest::addColumn<quint32>("words");
    QTest::addColumn<QList<int>>("sizes"); // echo (command, address, count), status, data..., status
    QTest::newRow("64, 1 KiB") << 64 << 256u << QList<int>{1,  4,  4,  2,  64, 64, 64, 64, 64, 64, 64,
                                                           64, 64, 64, 64, 64, 64, 64, 64, 64, 2};
    QTest::newRow("64, 400 bytes") << 64 << 100u << QList<int>{1, 4, 4, 2, 64, 64, 64, 64, 64, 64, 16, 2};
    QTest::newRow("512, 1 KiB") << 512 << 256u << QList<int>{1, 4, 4, 2, 512, 512, 2};
    QTest::newRow("512, 1000 bytes") << 512 << 250u << QList<int>{1, 4, 4, 2, 512, 488, 2};
    QTest::newRow("default, 8 KiB") << 4096 << 2048u << QList<int>{1, 4, 4, 2, 4096, 4096, 2};
    QTest::newRow("no limit, 8 KiB") << 0 << 2048u << QList<int>{1, 4, 4, 2, 8192, 2};
}

void TstVirtualPhone::maxTransfer()
{
    QFETCH(int, maxTransfer);
    QFETCH(quint32, words);
    QFETCH(QList<int>, sizes);
    VirtualPhoneConfig c = smallPhone();
    c.link.maxTransfer = maxTransfer;
    Sim s(c);
    initPhone(s);
    s.phone.hostWrite(cmd(0xD1, 0x1000, words), s.now);
    const QList<QByteArray> transfers = s.run(milliseconds(1));
    QList<int> got;
    for (const QByteArray &t : transfers)
        got.append(int(t.size()));
    QCOMPARE(got, sizes);
    QCOMPARE(transfers.join(), read32Answer(c.flash, 0x1000, words));
}

void TstVirtualPhone::singleThreadedBrom()
{
    VirtualPhoneConfig c = smallPhone();
    c.link = LinkModel::realistic(); // 1 ms each way, 1 MB/s: 1 us a byte
    Sim s(c);
    initPhone(s, milliseconds(20));
    const Clock::time_point t = s.now;
    // A pipelining host: the second READ32 leaves 0.1 ms after the first and
    // reaches the phone at 1.1 ms, while the first answer (1037 bytes,
    // leaving from 1 ms to 2.037 ms) is still being sent.
    s.phone.hostWrite(cmd(0xD1, 0, 256), t);
    s.phone.hostWrite(cmd(0xD1, 0x400, 256), t + microseconds(100));
    s.phone.advance(t + microseconds(2036));
    QCOMPARE(s.phone.unreadInput(), qsizetype(9)); // waiting, unread
    s.phone.advance(t + microseconds(2037));
    QCOMPARE(s.phone.unreadInput(), qsizetype(8)); // the command byte is read
    s.phone.advance(t + microseconds(2042));
    QCOMPARE(s.phone.unreadInput(), qsizetype(0));
    QByteArray got;
    const auto times = timedTransfers(s.phone, t, t + seconds(1), &got);
    // The second answer starts the moment the first has left: the link
    // stays busy back to back, 1 ms later at the host.
    const QList<QPair<qint64, qsizetype>> expected{
        {2001, 1}, {2005, 4}, {2009, 4}, {2011, 2}, {3035, 1024}, {3037, 2},
        {3038, 1}, {3042, 4}, {3046, 4}, {3048, 2}, {4072, 1024}, {4074, 2},
    };
    QCOMPARE(times, expected);
    QCOMPARE(got, read32Answer(c.flash, 0, 256) + read32Answer(c.flash, 0x400, 256));
}

void TstVirtualPhone::rxLimitFits()
{
    // Two commands in flight fit an 18-byte receive buffer: every block
    // comes back exact.
    VirtualPhoneConfig c = smallPhone();
    c.link = LinkModel::realistic();
    c.link.rxLimit = 18;
    Sim s(c);
    initPhone(s, milliseconds(20));
    constexpr quint32 kBlock = 1024;
    constexpr int kBlocks = 64;
    const qsizetype answer = 9 + 2 + kBlock + 2;
    QByteArray got;
    int sent = 0;
    for (; sent < 2; ++sent)
        s.phone.hostWrite(cmd(0xD1, quint32(sent) * kBlock, kBlock / 4), s.now);
    QByteArray t;
    while (got.size() < kBlocks * answer) {
        const auto next = s.phone.nextEventTime();
        QVERIFY2(next && *next < s.now + milliseconds(100), "the phone fell silent");
        s.now = *next;
        while (s.phone.takeTransfer(s.now, t)) {
            const qsizetype before = got.size() / answer;
            got += t;
            // A whole answer has arrived: the next command goes out.
            if (got.size() / answer > before && sent < kBlocks) {
                s.phone.hostWrite(cmd(0xD1, quint32(sent) * kBlock, kBlock / 4), s.now);
                ++sent;
            }
        }
        QVERIFY(s.phone.unreadInput() <= 18);
    }
    QByteArray expected;
    for (int i = 0; i < kBlocks; ++i)
        expected += read32Answer(c.flash, quint32(i) * kBlock, kBlock / 4);
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
}

void TstVirtualPhone::rxLimitTooDeep()
{
    // Four commands sent at once into an 18-byte buffer: the last two are
    // lost on arrival, so their answers never come.
    VirtualPhoneConfig c = smallPhone();
    c.link = LinkModel::realistic();
    c.link.rxLimit = 18;
    Sim s(c);
    initPhone(s, milliseconds(20));
    const Clock::time_point t = s.now;
    for (quint32 i = 0; i < 4; ++i)
        s.phone.hostWrite(cmd(0xD1, i * 1024, 256), t);
    s.phone.advance(t + milliseconds(1) - nanoseconds(1));
    QCOMPARE(s.phone.unreadInput(), qsizetype(0)); // still on the way
    s.phone.advance(t + milliseconds(1));
    QCOMPARE(s.phone.unreadInput(), qsizetype(17)); // 18 kept, the first byte read
    QByteArray got;
    timedTransfers(s.phone, t, t + seconds(1), &got);
    QCOMPARE(got.toHex(), (read32Answer(c.flash, 0, 256) + read32Answer(c.flash, 1024, 256)).toHex());
    QVERIFY(!s.phone.isGone());
    QVERIFY(!s.phone.nextEventTime() || *s.phone.nextEventTime() > t + seconds(1));
}

void TstVirtualPhone::rxLimitWrongAnswer()
{
    // Three commands in one write into a 13-byte buffer: the first, and 4
    // bytes of the second (D1 and three address bytes), are kept.
    VirtualPhoneConfig c = smallPhone();
    c.link.rxLimit = 13;
    Sim s(c);
    initPhone(s);
    const QByteArray three = cmd(0xD1, 0, 256) + cmd(0xD1, 0x400, 256) + cmd(0xD1, 0x800, 256);
    QCOMPARE(s.send(three, milliseconds(100)).toHex(), (read32Answer(c.flash, 0, 256) + hex("d1")).toHex());
    // The host gave up waiting and sends a new command: its first byte ends
    // the stale address, so the echoes are not those of its command, and
    // the odd address is refused; the rest is taken for commands of its own.
    QCOMPARE(s.send(cmd(0xD1, 0x1000, 16), milliseconds(100)).toHex(),
             hex("000004d1 00001000 1d0c 00 00 00 10").toHex());
    // Recovered: the phone is idle again and answers a fresh command exactly.
    QCOMPARE(s.send(cmd(0xD1, 0x1000, 16)).toHex(), read32Answer(c.flash, 0x1000, 16).toHex());
}

void TstVirtualPhone::transportRoundTrip()
{
    auto phone = std::make_shared<VirtualPhone>(smallPhone(), Clock::now());
    VirtualTransport transport(phone);
    BromClient client(transport);
    QCOMPARE(client.handshake(), false);
    QCOMPARE(client.read16(0x80000008), quint16(0x6261));
    client.write16(0xA0030000, 0x2200);
    client.write16(0xA0700A28, 0x8000);
    client.write16(0xA0700A24, 0x0002);
    client.write32(0xA0510000, 2);
    QCOMPARE(client.read32(0xA0510000, 1).constFirst(), 2u);
    QCOMPARE(client.bromVersion(), quint8(5));
    QCOMPARE(client.meId(), hex("f81da2153082cc5e21ac5236876844c2"));
    QByteArray out(kFlashSize, Qt::Uninitialized);
    for (qint64 at = 0; at < kFlashSize; at += 4096)
        client.sendRead32(quint32(at), 1024);
    for (qint64 at = 0; at < kFlashSize; at += 4096)
        client.receiveRead32(quint32(at), 1024, out.data() + at, at);
    QCOMPARE(out, phone->config().flash);
    QVERIFY_THROWS_NO_EXCEPTION(client.resetPhone());
    QByteArray rest;
    QCOMPARE(transport.read(rest, 16, Clock::now() + milliseconds(100)), Transport::ReadStatus::Disconnected);
    QVERIFY(!transport.write(hex("a0")));
    QVERIFY(transport.errorString().contains(QLatin1String("software reset")));
}

void TstVirtualPhone::transportSplitsAndDiscards()
{
    auto phone = std::make_shared<VirtualPhone>(smallPhone(), Clock::now());
    VirtualTransport transport(phone);
    QVERIFY(transport.write(hex("a00a5005")));
    QVERIFY(transport.write(cmd(0xA2, 0x80000000, 4)));
    QByteArray got;
    while (got.size() < 4 + 9 + 8) {
        QCOMPARE(transport.read(got, 3, Clock::now() + milliseconds(100)), Transport::ReadStatus::Data);
        QVERIFY(got.size() % 3 == 0 || got.size() == 21);
    }
    QCOMPARE(got, hex("5ff5affa") + cmd(0xA2, 0x80000000, 4) + hex("cb01 0000 0001 0000"));
    QVERIFY(transport.write(hex("ff")));
    QVERIFY(transport.write(hex("e1")));
    got.clear();
    QCOMPARE(transport.read(got, 2, Clock::now() + milliseconds(100)), Transport::ReadStatus::Data);
    transport.discardInput();
    QCOMPARE(transport.read(got, 64, Clock::now() + milliseconds(20)), Transport::ReadStatus::Timeout);
    QCOMPARE(got, hex("05e1"));
}

void TstVirtualPhone::transportRetriesPastFaults()
{
    auto phone = std::make_shared<VirtualPhone>(
        smallPhone({{FaultKind::FlippedBit, 0x2345, 1}, {FaultKind::ErrorStatus, 0x8000, 1}}), Clock::now());
    VirtualTransport transport(phone);
    BromClient client(transport);
    client.handshake();
    client.write16(0xA0030000, 0x2200);
    client.write32(0xA0510000, 2);
    QByteArray first(4096, Qt::Uninitialized), second(4096, Qt::Uninitialized);
    client.sendRead32(0x2000, 1024);
    client.receiveRead32(0x2000, 1024, first.data(), 0x2000);
    client.sendRead32(0x2000, 1024);
    client.receiveRead32(0x2000, 1024, second.data(), 0x2000);
    const QByteArray flash = phone->config().flash.mid(0x2000, 4096);
    QCOMPARE(second, flash);
    QCOMPARE(quint8(first.at(0x345) ^ flash.at(0x345)), quint8(0x01));
    first[0x345] = flash.at(0x345);
    QCOMPARE(first, flash);
    try {
        client.read32Careful(0x8000, 16, first.data(), 0x8000);
        QFAIL("no error status");
    } catch (const DumpException &e) {
        QCOMPARE(e.error().code, Mt::ErrorCode::BadStatus);
    }
    client.read32Careful(0x8000, 16, first.data(), 0x8000);
    QCOMPARE(first.left(64), phone->config().flash.mid(0x8000, 64));
}

// Speed is measured by bench/ (mtreader-bench-core), never asserted here.
void TstVirtualPhone::longPipelinedRead()
{
    auto phone = std::make_shared<VirtualPhone>(smallPhone(), Clock::now());
    VirtualTransport transport(phone);
    BromClient client(transport);
    client.handshake();
    client.write16(0xA0030000, 0x2200);
    client.write32(0xA0510000, 2);
    constexpr qint64 kTotal = 8 * 1024 * 1024;
    constexpr quint32 kWords = 256; // 1 KiB blocks, the reference's size
    constexpr int kDepth = 4;
    QByteArray out(kTotal, Qt::Uninitialized);
    qint64 sent = 0;
    for (; sent < kDepth * 1024; sent += 1024)
        client.sendRead32(quint32(sent % kFlashSize), kWords);
    for (qint64 at = 0; at < kTotal; at += 1024) {
        client.receiveRead32(quint32(at % kFlashSize), kWords, out.data() + at, at);
        if (sent < kTotal) {
            client.sendRead32(quint32(sent % kFlashSize), kWords);
            sent += 1024;
        }
    }
    // Past the flash end the reads wrap: every copy equals the flash.
    for (qint64 at = 0; at < kTotal; at += kFlashSize)
        QVERIFY(out.mid(at, kFlashSize) == phone->config().flash);
}

void TstVirtualPhone::rack()
{
    VirtualPhoneRack rack;
    QVERIFY(rack.ports().isEmpty());
    const QString first = rack.plugIn(smallPhone(), milliseconds(200));
    QCOMPARE(first, QStringLiteral("virtual:1"));
    QVERIFY(rack.ports().isEmpty());
    DumpError error;
    QVERIFY(!rack.open(first, error));
    QCOMPARE(error.code, Mt::ErrorCode::PortNotFound);
    QTRY_COMPARE_WITH_TIMEOUT(rack.ports().size(), 1, 2000);
    const PortInfo p = rack.ports().constFirst();
    QCOMPARE(p.systemLocation, first);
    QCOMPARE(p.portName, QStringLiteral("virtual-1"));
    QCOMPARE(p.description, QStringLiteral("MTreader virtual phone"));
    QVERIFY(p.isMediatekBrom());
    QCOMPARE(rack.plugIn(smallPhone()), QStringLiteral("virtual:2"));
    QCOMPARE(rack.ports().size(), 2);

    QVERIFY(!rack.open(QStringLiteral("virtual:9"), error));
    QCOMPARE(error.code, Mt::ErrorCode::PortNotFound);
    auto transport = rack.open(first, error);
    QVERIFY(transport);
    QVERIFY(!rack.open(first, error));
    QCOMPARE(error.code, Mt::ErrorCode::PortBusy);
    {
        BromClient client(*transport);
        client.handshake();
        QCOMPARE(client.read16(0x80000008), quint16(0x6261));
    }
    QVERIFY(rack.phone(first)->handshakeDone());
    transport.reset();
    transport = rack.open(first, error);
    QVERIFY(transport);
    rack.unplugAll();
    QVERIFY(rack.ports().isEmpty());
    QByteArray got;
    QCOMPARE(transport->read(got, 1, Clock::now() + milliseconds(50)), Transport::ReadStatus::Disconnected);
    QCOMPARE(rack.phone(first)->goneReason(), Gone::Unplugged);
    QVERIFY(!rack.phone(QStringLiteral("virtual:7")));
}

void TstVirtualPhone::rackReEnumeration()
{
    VirtualPhoneRack rack;
    const QString at = rack.plugIn(
        smallPhone({{FaultKind::ShortPortWindow, 0, 1}, {FaultKind::ReEnumerationLoop, 0, 0}}));
    const auto firstPhone = rack.phone(at);
    QCOMPARE(rack.ports().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(rack.ports().isEmpty(), 2000);  // window over
    QTRY_COMPARE_WITH_TIMEOUT(rack.ports().size(), 1, 2000); // back, a new device
    QVERIFY(rack.phone(at) != firstPhone);
    QCOMPARE(firstPhone->goneReason(), Gone::BootedNormally);
    DumpError error;
    auto transport = rack.open(at, error);
    QVERIFY(transport);
    BromClient client(*transport);
    client.handshake();
    client.write16(0xA0030000, 0x2200);
    // A handshake ends the loop: in the phone's own time, well past the end
    // of its 300 ms window and the 200 ms gap after it (and before the 4 s
    // charger watchdog), a phone still looping would be gone and replaced.
    const auto phone = rack.phone(at);
    phone->advance(phone->pluggedInTime() + seconds(1));
    QCOMPARE(phone->goneReason(), Gone::None);
    QCOMPARE(rack.phone(at), phone);
    QCOMPARE(rack.ports().size(), 1);
}

QTEST_GUILESS_MAIN(TstVirtualPhone)
#include "tst_virtualphone.moc"
