// SPDX-License-Identifier: Unlicense
#include "FlashReader.h"

#include "BromClient.h"
#include "DumpError.h"
#include "Log.h"

#include <QByteArray>
#include <algorithm>

using Mt::ErrorCode;

namespace {
// A phone that failed once mid-pipeline still has answers to the commands
// queued behind the failure in flight: wait for the line to go quiet.
constexpr auto kDrainAfterFault = std::chrono::milliseconds(100);

bool isRetryable(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Timeout:
    case ErrorCode::ShortRead:
    case ErrorCode::WrongEcho:
    case ErrorCode::BadStatus:
        return true;
    default:
        return false; // cancelled, disconnected: nothing to retry on this link
    }
}
} // namespace

FlashReader::FlashReader(BromClient &client, Options options, const CancelFlag *cancel)
    : m_client(client), m_options(options), m_cancel(cancel)
{
    m_careful = m_options.pipelineDepth <= 1;
}

void FlashReader::read(quint64 address, quint64 length, const Sink &sink)
{
    Q_ASSERT(address % 4 == 0 && length % 4 == 0 && m_options.blockSize % 4 == 0);
    const quint64 end = address + length;
    const quint64 block = m_options.blockSize;
    QByteArray buffer(qsizetype(block), Qt::Uninitialized);

    auto blockAt = [&](quint64 a) { return std::min(block, end - a); };
    quint64 received = address; // next block to take an answer for
    quint64 sent = address;     // next block to queue a command for
    int attempt = 0;
    bool linkLost = false;

    while (received < end) {
        const quint64 size = blockAt(received);
        const auto words = quint32(size / 4);
        try {
            if (m_careful) {
                m_client.read32Careful(quint32(received), words, buffer.data(), qint64(received));
            } else {
                const int depth = std::max(1, m_options.pipelineDepth);
                while (!linkLost && sent < end && (sent - received) / block < quint64(depth)) {
                    try {
                        m_client.sendRead32(quint32(sent), quint32(blockAt(sent) / 4));
                    } catch (const DumpException &e) {
                        // The port is gone, but answers already on their way
                        // may still be read: keep every block we can.
                        if (e.error().code != ErrorCode::Disconnected || sent == received)
                            throw;
                        linkLost = true;
                        break;
                    }
                    sent += blockAt(sent);
                }
                m_client.receiveRead32(quint32(received), words, buffer.data(), qint64(received));
            }
        } catch (const DumpException &e) {
            if (!isRetryable(e.error().code) || attempt >= m_options.maxRetries) {
                // A failed write has no idea which block it was for: this one.
                DumpError error = e.error();
                if (error.offset < 0)
                    error.offset = qint64(received);
                throw DumpException(error);
            }
            ++attempt;
            ++m_retries;
            const QString why = e.error().technicalSummary();
            qCInfo(lcDump, "block at 0x%08llx, attempt %d failed: %s", received, attempt, qPrintable(why));
            if (m_retryNote)
                m_retryNote(received, attempt, why);
            // From here on, one command at a time: this phone may dislike pipelining.
            m_careful = true;
            m_client.drain(kDrainAfterFault);
            sent = received;
            continue;
        }
        sink(received, buffer.constData(), qint64(size));
        received += size;
        attempt = 0;
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            throwDumpError(ErrorCode::Cancelled, QStringLiteral("cancelled"), {}, {}, qint64(received));
    }
}
