// SPDX-License-Identifier: Unlicense
// The BootROM command set as plain blocking calls. Every answer is checked:
// echoes byte for byte, status words exactly. Failures throw DumpException.
#pragma once

#include "CancelFlag.h"
#include "LinkEstimate.h"
#include "Transport.h"
#include "WireConstants.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>
#include <chrono>
#include <optional>

class BromClient
{
    Q_DECLARE_TR_FUNCTIONS(BromClient)

public:
    explicit BromClient(Transport &transport, const CancelFlag *cancel = nullptr);

    // docs/protocol.md §2.2: discard stale input, A0 with short waits until
    // the deadline, skip stray 5Fs, restart on a mismatch. Returns true when
    // the BROM was already past the handshake (it echoed A0 unchanged).
    bool handshake(std::chrono::milliseconds deadline = Wire::kHandshakeDeadline);

    QVector<quint16> read16(quint32 address, quint32 count); // A2, no status
    quint16 read16(quint32 address);
    QVector<quint32> read32(quint32 address, quint32 count); // D1
    void write16(quint32 address, quint16 value);            // D2
    void write32(quint32 address, quint32 value);            // D4
    quint8 bromVersion();                                    // FF
    QByteArray meId();                                       // E1, 16 bytes

    // Watchdog software reset. The phone may vanish before it answers, so a
    // missing echo or status, or a vanished port, after the value is sent is
    // success; a refusal before it (a wrong echo, an error status) throws.
    void resetPhone();

    // Streaming READ32 for the flash reader. sendRead32() queues a command
    // without waiting (pipelining); receiveRead32() takes that command's whole
    // answer and stores the data words in flash byte order at out
    // (words * 4 bytes). flashOffset is only for error reports.
    void sendRead32(quint32 address, quint32 words);
    void receiveRead32(quint32 address, quint32 words, char *out, qint64 flashOffset);
    // Careful mode: each field is sent alone and its echo awaited, as the
    // original tool and FlashTool do.
    void read32Careful(quint32 address, quint32 words, char *out, qint64 flashOffset);

    // Reads and drops input until the line has been quiet for quietFor:
    // used before a retry so stale answers are not taken for new ones.
    void drain(std::chrono::milliseconds quietFor = Wire::kHandshakeRetryDrain);
    // After a pipelining fault on a drained line: a phone that lost part of
    // a command still waits for its rest, and would take the next command's
    // bytes for it. Sends the one-byte FF until the BROM answers it with
    // its version, draining whatever else comes back. Returns the bytes
    // sent, 0 if the phone never answered so. protocol.md §5.3.
    int realign(std::chrono::milliseconds quietFor);

    // How long to wait for an answer of this many bytes.
    static std::chrono::milliseconds timeoutFor(qint64 bytes);

    Transport &transport() { return m_transport; }
    // What the session has measured of the link. Every handshake byte after
    // the first and every field sent alone with its echo awaited is a round
    // trip sample; the flash reader adds the rate.
    LinkEstimate &link() { return m_link; }
    const LinkEstimate &link() const { return m_link; }

private:
    // What an echo or a status word answers: a part of a command, named by
    // the command's wire name (READ32, WRITE16, ME ID), for the error.
    enum class Part { Command, Address, Count, Value, Data };
    struct Field
    {
        const char *command;
        Part part;
    };
    static QString wrongEcho(Field field);
    static QString badStatus(Field field, quint16 status);

    void checkCancel() const;
    void send(const QByteArray &bytes);
    // Reads exactly n bytes or throws Timeout/ShortRead/Disconnected.
    QByteArray readExactly(qint64 n, std::chrono::milliseconds timeout, qint64 flashOffset = -1);
    void readExactlyInto(char *out, qint64 n, std::chrono::milliseconds timeout, qint64 flashOffset);
    void expectBytes(const QByteArray &expected, Field what, qint64 flashOffset = -1);
    void expectStatus(quint16 okStatus, Field after, qint64 flashOffset = -1);
    void sendFieldExpectEcho(const QByteArray &field, Field what, qint64 flashOffset = -1);
    void writeRegister(quint8 cmd, quint32 address, const QByteArray &value);
    bool tryHandshakeOnce(Transport::Clock::time_point overall, bool &alreadyConnected);
    // The next byte of an answer of unknown length (a handshake byte, a
    // realign probe), or nothing once until has passed.
    std::optional<quint8> nextByte(Transport::Clock::time_point until);

    Transport &m_transport;
    const CancelFlag *m_cancel = nullptr;
    QByteArray m_buffer;  // bytes read past what the last call needed
    QByteArray m_scratch; // reused block buffer, so a dump allocates once
    LinkEstimate m_link;
    std::optional<quint8> m_bromVersion; // its answer to FF, once asked
};
