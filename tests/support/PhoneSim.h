// SPDX-License-Identifier: Unlicense
// A virtual phone driven by hand in injected time, for the tests that send it
// raw protocol bytes: the clock, the command bytes, the init of docs/protocol.md
// §4 and READ32 with its byte order undone.
#pragma once

#include "WireConstants.h"
#include "virtual/VirtualPhone.h"

#include <QByteArray>
#include <QList>
#include <QtTest>
#include <algorithm>
#include <chrono>

inline const VirtualPhone::Clock::time_point T0 = VirtualPhone::Clock::time_point(std::chrono::hours(1));
constexpr qint64 kFlashSize = 256 * 1024;

inline QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

inline VirtualPhoneConfig smallPhone(QList<Fault> faults = {})
{
    VirtualPhoneConfig c = VirtualPhoneConfig::mt6261(kFlashSize, 7);
    c.faults = std::move(faults);
    return c;
}

// A phone and its clock: send() writes at now, then lets time run.
struct Sim
{
    VirtualPhone phone;
    VirtualPhone::Clock::time_point now = T0;
    explicit Sim(VirtualPhoneConfig c) : phone(std::move(c), T0) {}
    QList<QByteArray> run(VirtualPhone::Clock::duration d = {})
    {
        now += d;
        QList<QByteArray> out;
        QByteArray t;
        while (phone.takeTransfer(now, t))
            out.append(t);
        return out;
    }
    QByteArray send(const QByteArray &bytes, VirtualPhone::Clock::duration after = {})
    {
        phone.hostWrite(bytes, now);
        return run(after).join();
    }
};

inline QByteArray cmd(quint8 c, quint32 address, quint32 count)
{
    return QByteArray(1, char(c)) + beU32(address) + beU32(count);
}

// settle: how long the answer may take (a link with latency needs it).
inline void write16(Sim &s, quint32 address, quint16 value, VirtualPhone::Clock::duration settle = {})
{
    const QByteArray c = cmd(0xD2, address, 1);
    QCOMPARE(s.send(c + beU16(value), settle), c + hex("0001") + beU16(value) + hex("0001"));
}

inline void initPhone(Sim &s, VirtualPhone::Clock::duration settle = {})
{
    QCOMPARE(s.send(hex("a00a5005"), settle), hex("5ff5affa"));
    write16(s, 0xA0030000, 0x2200, settle);
    write16(s, 0xA0700A28, 0x8000, settle);
    write16(s, 0xA0700A24, 0x0002, settle);
    const QByteArray c = cmd(0xD4, 0xA0510000, 1);
    QCOMPARE(s.send(c + beU32(2), settle), c + hex("0001") + beU32(2) + hex("0001"));
}

// READ32 data of n words at address, as flash bytes (groups reversed back).
inline QByteArray read32Flash(Sim &s, quint32 address, quint32 words)
{
    const QByteArray c = cmd(0xD1, address, words);
    const QByteArray got = s.send(c);
    if (got.size() != 9 + 2 + qsizetype(words) * 4 + 2 || !got.startsWith(c + hex("0000")))
        return {};
    QByteArray data = got.mid(11, qsizetype(words) * 4);
    for (qsizetype i = 0; i < data.size(); i += 4)
        std::reverse(data.begin() + i, data.begin() + i + 4);
    return data;
}
