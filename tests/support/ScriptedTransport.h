// SPDX-License-Identifier: Unlicense
// A transport that plays a script: for each exchange, the exact bytes the
// host must send and the bytes the "phone" answers. Records every write, so
// tests can check the host sent precisely what docs/protocol.md says.
#pragma once

#include "Transport.h"

#include <QByteArray>
#include <QList>
#include <thread>

class ScriptedTransport : public Transport
{
public:
    struct Step
    {
        QByteArray expect;        // host bytes that trigger the reply
        QByteArray reply;         // what the phone sends back
        bool vanishAfter = false; // the port disappears after replying
    };

    // Convenience: "a0" -> "5f" with hex strings (spaces allowed).
    ScriptedTransport &then(const char *expectHex, const char *replyHex, bool vanish = false)
    {
        m_steps.append({QByteArray::fromHex(expectHex), QByteArray::fromHex(replyHex), vanish});
        return *this;
    }
    // Bytes waiting before the host sends anything (junk, stale answers).
    void preload(const QByteArray &bytes) { m_rx += bytes; }

    bool write(const QByteArray &data) override
    {
        if (m_gone)
            return false;
        m_written += data;
        m_pending += data;
        while (m_next < m_steps.size() && m_pending.size() >= m_steps[m_next].expect.size()) {
            const Step &s = m_steps[m_next];
            if (!m_pending.startsWith(s.expect)) {
                m_mismatch = true;
                return true; // the phone just doesn't answer nonsense
            }
            m_pending.remove(0, s.expect.size());
            m_rx += s.reply;
            ++m_next;
            if (s.vanishAfter)
                m_vanishWhenDrained = true;
        }
        return true;
    }

    ReadStatus read(QByteArray &into, qint64 maxBytes, Clock::time_point deadline) override
    {
        if (m_rx.isEmpty()) {
            if (m_vanishWhenDrained || m_gone) {
                m_gone = true;
                return ReadStatus::Disconnected;
            }
            std::this_thread::sleep_until(deadline);
            return ReadStatus::Timeout;
        }
        const qint64 n = std::min<qint64>(maxBytes, m_rx.size());
        into += m_rx.left(n);
        m_rx.remove(0, n);
        return ReadStatus::Data;
    }

    void discardInput() override { m_rx.clear(); }
    QString errorString() const override { return m_gone ? QStringLiteral("gone") : QString(); }

    QByteArray written() const { return m_written; }
    bool allStepsPlayed() const { return m_next == m_steps.size(); }
    bool mismatch() const { return m_mismatch; }
    QByteArray unexpected() const { return m_pending; }

private:
    QList<Step> m_steps;
    int m_next = 0;
    QByteArray m_pending;
    QByteArray m_rx;
    QByteArray m_written;
    bool m_mismatch = false;
    bool m_vanishWhenDrained = false;
    bool m_gone = false;
};
