// SPDX-License-Identifier: Unlicense
// The byte pipe the BROM protocol runs over: a QSerialPort in production, the
// virtual phone in-process, a pty in tests. Blocking calls with deadlines, so
// the protocol code reads top to bottom with no event-loop tricks.
#pragma once

#include <QByteArray>
#include <QString>
#include <chrono>

class Transport
{
public:
    using Clock = std::chrono::steady_clock;

    enum class ReadStatus {
        Data,         // at least one byte was appended
        Timeout,      // nothing arrived before the deadline
        Disconnected, // the device is gone (cable pulled, reset, port closed)
        Error,        // any other I/O error; see errorString()
    };

    virtual ~Transport() = default;

    // Queues all of data for sending. False when the device is gone or the
    // write fails; errorString() says why.
    virtual bool write(const QByteArray &data) = 0;

    // Waits until data is available or the deadline passes, then appends
    // whatever has arrived, at most maxBytes, to into.
    virtual ReadStatus read(QByteArray &into, qint64 maxBytes, Clock::time_point deadline) = 0;

    // Drops everything received so far (stale answers, junk before a handshake).
    virtual void discardInput() = 0;

    virtual QString errorString() const = 0;
};
