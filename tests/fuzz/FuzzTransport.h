// SPDX-License-Identifier: Unlicense
// A "phone" that answers whatever the fuzzer wrote: each read hands out the
// next slice of the input. When the input runs out the port vanishes, so no
// run ever waits on a clock.
#pragma once

#include "Transport.h"

#include <QByteArray>

class FuzzTransport : public Transport
{
public:
    FuzzTransport(const quint8 *data, size_t size) : m_data(reinterpret_cast<const char *>(data)), m_size(size) {}

    bool write(const QByteArray &bytes) override
    {
        m_written += bytes.size();
        return m_pos < m_size;
    }

    ReadStatus read(QByteArray &into, qint64 maxBytes, Clock::time_point) override
    {
        if (m_pos >= m_size)
            return ReadStatus::Disconnected;
        // The first byte of each slice says how long it is: answers arrive in
        // every split the input can express, including one byte at a time.
        const size_t want = size_t(quint8(m_data[m_pos++])) * 8 + 1;
        const size_t n = std::min({want, m_size - m_pos, size_t(maxBytes)});
        into.append(m_data + m_pos, qsizetype(n));
        m_pos += n;
        return n > 0 ? ReadStatus::Data : ReadStatus::Timeout;
    }

    void discardInput() override {}
    QString errorString() const override { return QStringLiteral("end of fuzz input"); }

private:
    const char *m_data;
    size_t m_size;
    size_t m_pos = 0;
    qint64 m_written = 0;
};
