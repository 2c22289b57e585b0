// SPDX-License-Identifier: Unlicense
#include "FlashReader.h"

#include "BromClient.h"
#include "DumpError.h"
#include "Log.h"

#include <QByteArray>
#include <algorithm>

using Mt::ErrorCode;
using namespace std::chrono;

namespace {
// A phone that failed once mid-pipeline still has answers to the commands
// queued behind the failure in flight: wait for the line to go quiet.
constexpr auto kDrainAfterFault = milliseconds(100);
// Commands sent before the first answer of a pipelined run, and at most
// sent per answer after it: the depth grows by one per block, so the
// commands waiting in the phone's receive buffer grow one at a time too
// and a buffer that holds few of them overflows at the depth it cannot
// take, not in a burst.
constexpr int kFirstBurst = 4;
constexpr int kSendsPerAnswer = 2;

bool isRetryable(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Timeout:
    case ErrorCode::ShortRead:
    case ErrorCode::WrongEcho:
    case ErrorCode::BadStatus: return true;
    default: return false; // cancelled, disconnected: nothing to retry on this link
    }
}
} // namespace

FlashReader::FlashReader(BromClient &client, Options options, PipelineDepth &depth, const CancelFlag *cancel)
    : m_client(client), m_options(options), m_depth(depth), m_cancel(cancel)
{}

void FlashReader::read(quint64 address, quint64 length, const Sink &sink)
{
    Q_ASSERT(address % 4 == 0 && length % 4 == 0 && m_options.blockSize % 4 == 0);
    const quint64 end = address + length;
    const quint64 block = m_options.blockSize;
    QByteArray buffer(qsizetype(block), Qt::Uninitialized);

    const LinkEstimate &link = m_client.link();
    if (!m_depth.settled())
        m_depth.setTarget(link.depthFor(m_options.blockSize));
    m_queue.clear();
    m_lastDone.reset();

    auto blockAt = [&](quint64 a) { return std::min(block, end - a); };
    quint64 received = address; // next block to take an answer for
    int attempt = 0;
    m_lostLink.reset();

    while (received < end) {
        const quint64 size = blockAt(received);
        const bool careful = m_depth.careful();
        try {
            if (careful) {
                m_client.read32Careful(quint32(received), quint32(size / 4), buffer.data(), qint64(received));
                m_lastDone.reset();
            } else {
                sendAhead(received, end);
                receiveHead(buffer.data());
            }
        } catch (const DumpException &e) {
            recover(e, received, careful, attempt);
            continue;
        }
        sink(received, buffer.constData(), qint64(size));
        received += size;
        attempt = 0;
        onChange(m_depth.blockDone(), 0);
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            throwDumpError(ErrorCode::Cancelled, tr("Cancelled by the user."), {}, {}, qint64(received));
    }
    if (!m_depth.settled())
        settle(); // too short to measure the rate: what is known now
}

void FlashReader::recover(const DumpException &e, quint64 received, bool careful, int &attempt)
{
    if (!isRetryable(e.error().code) || attempt >= m_options.maxRetries) {
        // A failed write has no idea which block it was for: this one.
        DumpError error = e.error();
        if (error.offset < 0)
            error.offset = qint64(received);
        throw DumpException(error);
    }
    const int inFlight = careful || m_queue.empty() ? 1 : m_queue.front().depth;
    ++attempt;
    ++m_retries;
    const QString why = e.error().technicalSummary();
    qCInfo(lcDump, "block at 0x%08llx, attempt %d failed with %d in flight: %s", received, attempt, inFlight,
           qPrintable(why));
    if (m_retryNote)
        m_retryNote(received, attempt, why);
    onChange(m_depth.fault(inFlight), inFlight);
    m_client.drain(kDrainAfterFault);
    if (!careful) {
        // Commands queued behind the failure may have reached the phone in
        // part: it must be between commands before the block is read again.
        const int bytes = m_client.realign(kDrainAfterFault);
        qCInfo(lcDump, "realign: %d byte(s)%s", bytes, bytes == 0 ? ", the phone never answered" : "");
    }
    m_queue.clear();
    m_lastDone.reset();
}

void FlashReader::sendAhead(quint64 received, quint64 end)
{
    if (m_lostLink) {
        if (m_queue.empty())
            throw DumpException(*m_lostLink); // every answer on its way has been taken
        return;
    }
    // The queue holds the blocks from received on, in order, so the head's
    // answer is always the block the sink gets next.
    quint64 sent = m_queue.empty() ? received : m_queue.back().address + m_queue.back().size;
    const bool first = m_queue.empty();
    int allowance = first ? kFirstBurst : pacedAllowance();
    const int depth = m_depth.limit();
    while (sent < end && allowance > 0 && int(m_queue.size()) < depth) {
        const auto size = quint32(std::min<quint64>(m_options.blockSize, end - sent));
        try {
            m_client.sendRead32(quint32(sent), size / 4);
        } catch (const DumpException &e) {
            // The port is gone, but answers already on their way may still
            // be read: keep every block we can.
            if (e.error().code != ErrorCode::Disconnected || m_queue.empty())
                throw;
            m_lostLink = e.error();
            return;
        }
        const int inFlight = int(m_queue.size()) + 1;
        m_queue.push_back({sent, size, inFlight, inFlight == depth});
        sent += size;
        --allowance;
        if (!first)
            m_sendCredit -= 1;
    }
}

int FlashReader::pacedAllowance()
{
    if (!m_depth.paced())
        return kSendsPerAnswer;
    // Credit for two commands per answer time at the phone's rate: enough
    // to climb by one per answer, never a burst after a late wake-up.
    const auto now = Clock::now();
    const double rate = m_client.link().bytesPerSecond().value_or(LinkEstimate::kFullSpeedBytesPerSecond);
    const double perSecond = kSendsPerAnswer * rate / double(m_options.blockSize + LinkEstimate::kRead32Overhead);
    m_sendCredit = std::min(double(kSendsPerAnswer),
                            m_sendCredit + perSecond * duration<double>(now - m_creditAt).count());
    m_creditAt = now;
    return std::max(0, int(m_sendCredit));
}

void FlashReader::receiveHead(char *out)
{
    const InFlight &head = m_queue.front();
    // The echo names command, address and count: an answer is taken only
    // for the block it was sent for.
    m_client.receiveRead32(quint32(head.address), head.size / 4, out, qint64(head.address));
    const InFlight done = head;
    m_queue.pop_front();
    measure(done, Clock::now());
}

void FlashReader::measure(const InFlight &block, Clock::time_point done)
{
    // Sent at the full depth, which covers the round trip at the fastest
    // rate a phone has: the phone had it waiting, and the gap since the
    // previous such answer is its own. Only gaps between answers in a row
    // count, so a host that wakes late for one answer and early for the
    // next does not bias the sum.
    if (!block.atFullDepth) {
        m_lastDone.reset();
        return;
    }
    if (m_lastDone)
        m_client.link().addBackToBack(qint64(block.size) + LinkEstimate::kRead32Overhead,
                                      duration_cast<microseconds>(done - *m_lastDone));
    m_lastDone = done;
    if (!m_depth.settled() && m_client.link().bytesPerSecond())
        settle();
}

void FlashReader::settle()
{
    m_depth.settle(m_client.link().depthFor(m_options.blockSize));
    tell(DepthNote::Kind::Sized);
}

void FlashReader::onChange(PipelineDepth::Change change, int inFlight)
{
    switch (change) {
    case PipelineDepth::Change::None: return;
    case PipelineDepth::Change::Careful: return tell(DepthNote::Kind::Careful, inFlight);
    case PipelineDepth::Change::StaysCareful: return tell(DepthNote::Kind::StaysCareful, inFlight);
    case PipelineDepth::Change::Restored: return tell(DepthNote::Kind::Restored);
    }
}

void FlashReader::tell(DepthNote::Kind kind, int inFlight)
{
    DepthNote note;
    note.kind = kind;
    note.depth = m_depth.staysCareful() ? DumpDefaults::kCarefulDepth : m_depth.pipelinedDepth();
    qCDebug(lcDump, "pipeline: change %d, depth %d (ceiling %d), %d in flight at a fault", int(kind), note.depth,
            m_depth.ceiling(), inFlight);
    if (!m_depthNote)
        return;
    note.inFlight = inFlight;
    note.link = m_client.link();
    m_depthNote(note);
}
