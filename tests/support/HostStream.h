// SPDX-License-Identifier: Unlicense
// What a host sent to a phone, taken apart by the command table of docs/protocol.md §3.2:
// a transport that records every byte written, and a parser that walks the
// recording command by command, so a test can see the READ32 count fields
// and that nothing outside the table was ever sent.
#pragma once

#include "Transport.h"
#include "WireConstants.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QtEndian>
#include <memory>

// Passes everything through to inner, keeping a copy of what was written.
class RecordingTransport : public Transport
{
public:
    RecordingTransport(std::unique_ptr<Transport> inner, std::shared_ptr<QByteArray> sink, std::shared_ptr<QMutex> lock)
        : m_inner(std::move(inner)), m_sink(std::move(sink)), m_lock(std::move(lock))
    {}
    bool write(const QByteArray &data) override
    {
        {
            QMutexLocker locker(m_lock.get());
            m_sink->append(data);
        }
        return m_inner->write(data);
    }
    ReadStatus read(QByteArray &into, qint64 maxBytes, Clock::time_point deadline) override
    {
        return m_inner->read(into, maxBytes, deadline);
    }
    void discardInput() override { m_inner->discardInput(); }
    QString errorString() const override { return m_inner->errorString(); }

private:
    std::unique_ptr<Transport> m_inner;
    std::shared_ptr<QByteArray> m_sink;
    std::shared_ptr<QMutex> m_lock;
};

struct HostCommand
{
    quint8 code = 0;
    quint32 address = 0;
    quint32 count = 0;
};

// The commands in a recording that starts with the handshake; ok is false
// when a byte does not fit that table.
inline QList<HostCommand> parseHostStream(const QByteArray &bytes, bool *ok)
{
    QList<HostCommand> out;
    *ok = false;
    qsizetype at = 0;
    // Any number of A0 tries, then 0A 50 05.
    while (at < bytes.size() && quint8(bytes.at(at)) == Wire::kHandshake[0])
        ++at;
    if (bytes.mid(at, 3) != QByteArray::fromRawData(reinterpret_cast<const char *>(Wire::kHandshake + 1), 3))
        return out;
    at += 3;
    auto u32 = [&bytes](qsizetype i) { return qFromBigEndian<quint32>(bytes.constData() + i); };
    while (at < bytes.size()) {
        HostCommand c;
        c.code = quint8(bytes.at(at));
        qsizetype size = 1;
        switch (c.code) {
        case Wire::kCmdRead16:
        case Wire::kCmdRead32: size = 9; break;
        case Wire::kCmdWrite16: size = 11; break;
        case Wire::kCmdWrite32: size = 13; break;
        case Wire::kCmdBromVersion:
        case Wire::kCmdMeId: break;
        default: return out; // not a command MTreader may send
        }
        if (at + size > bytes.size())
            return out;
        if (size > 1) {
            c.address = u32(at + 1);
            c.count = u32(at + 5);
        }
        out << c;
        at += size;
    }
    *ok = true;
    return out;
}
