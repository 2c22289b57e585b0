// SPDX-License-Identifier: Unlicense
#include "BromClient.h"

#include "DumpError.h"
#include "Isolate.h"
#include "Log.h"

#include <QtEndian>
#include <algorithm>
#include <cstring>

using namespace std::chrono;
using Mt::ErrorCode;

namespace {
// A cancel request must be seen promptly even while a long read is pending.
constexpr auto kCancelPollSlice = 20ms;
constexpr qint64 kMaxHexInError = 64;

QByteArray clipped(const QByteArray &bytes)
{
    return bytes.left(kMaxHexInError);
}

QString hex(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

QString statusWord(quint16 status)
{
    return Isolate::hex(status, 4);
}
} // namespace

QString BromClient::wrongEcho(Field field)
{
    const QString command = Isolate::value(QLatin1String(field.command));
    switch (field.part) {
    case Part::Command: return tr("Wrong echo of the %1 command.").arg(command);
    case Part::Address: return tr("Wrong echo of the %1 address.").arg(command);
    case Part::Count: return tr("Wrong echo of the %1 count.").arg(command);
    case Part::Value:
    case Part::Data: break;
    }
    return tr("Wrong echo of the %1 value.").arg(command);
}

QString BromClient::badStatus(Field field, quint16 status)
{
    const QString command = Isolate::value(QLatin1String(field.command));
    // Below the error range the word is no refusal, but not the one expected either.
    const bool error = status >= Wire::kFirstErrorStatus;
    switch (field.part) {
    case Part::Command:
    case Part::Address:
    case Part::Count:
        return (error ? tr("Error status %1 after the %2 command.") : tr("Unexpected status %1 after the %2 command."))
            .arg(statusWord(status), command);
    case Part::Data:
        return (error ? tr("Error status %1 after the %2 data.") : tr("Unexpected status %1 after the %2 data."))
            .arg(statusWord(status), command);
    case Part::Value: break;
    }
    return (error ? tr("Error status %1 after the %2 value.") : tr("Unexpected status %1 after the %2 value."))
        .arg(statusWord(status), command);
}

BromClient::BromClient(Transport &transport, const CancelFlag *cancel) : m_transport(transport), m_cancel(cancel) {}

milliseconds BromClient::timeoutFor(qint64 bytes)
{
    return Wire::kCommandBaseTimeout + milliseconds(bytes * 1000 / Wire::kSlowestPhoneBytesPerSecond);
}

void BromClient::checkCancel() const
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
        throwDumpError(ErrorCode::Cancelled, tr("Cancelled by the user."));
}

void BromClient::send(const QByteArray &bytes)
{
    checkCancel();
    if (!m_transport.write(bytes))
        throwDumpError(ErrorCode::Disconnected, tr("Writing to the port failed: %1.").arg(m_transport.errorString()));
}

void BromClient::readExactlyInto(char *out, qint64 n, milliseconds timeout, qint64 flashOffset)
{
    const auto deadline = Transport::Clock::now() + timeout;
    while (m_buffer.size() < n) {
        checkCancel();
        const auto now = Transport::Clock::now();
        if (now >= deadline) {
            if (m_buffer.isEmpty())
                throwDumpError(ErrorCode::Timeout,
                               tr("No answer within %1 ms; %n byte(s) expected.", nullptr, int(n)).arg(timeout.count()),
                               {}, {}, flashOffset);
            const QByteArray got = m_buffer;
            m_buffer.clear();
            throwDumpError(ErrorCode::ShortRead,
                           tr("Only %1 of %n byte(s) arrived, then silence.", nullptr, int(n)).arg(got.size()), {},
                           clipped(got), flashOffset);
        }
        const auto slice = std::min(deadline, now + kCancelPollSlice);
        switch (m_transport.read(m_buffer, n - m_buffer.size(), slice)) {
        case Transport::ReadStatus::Data:
        case Transport::ReadStatus::Timeout: break;
        case Transport::ReadStatus::Disconnected:
        case Transport::ReadStatus::Error: {
            const QByteArray got = m_buffer;
            m_buffer.clear();
            throwDumpError(ErrorCode::Disconnected, tr("The port went away: %1.").arg(m_transport.errorString()), {},
                           clipped(got), flashOffset);
        }
        }
    }
    std::memcpy(out, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
}

QByteArray BromClient::readExactly(qint64 n, milliseconds timeout, qint64 flashOffset)
{
    QByteArray out(n, Qt::Uninitialized);
    readExactlyInto(out.data(), n, timeout, flashOffset);
    return out;
}

void BromClient::expectBytes(const QByteArray &expected, Field what, qint64 flashOffset)
{
    const QByteArray got = readExactly(expected.size(), timeoutFor(expected.size()), flashOffset);
    if (got != expected)
        throwDumpError(ErrorCode::WrongEcho, wrongEcho(what), expected, got, flashOffset);
}

void BromClient::expectStatus(quint16 okStatus, Field after, qint64 flashOffset)
{
    const QByteArray got = readExactly(2, timeoutFor(2), flashOffset);
    const quint16 status = qFromBigEndian<quint16>(got.constData());
    if (status == okStatus)
        return;
    // After an error status the data may be missing: never read on as if it were there.
    throwDumpError(ErrorCode::BadStatus, badStatus(after, status), beU16(okStatus), got, flashOffset);
}

void BromClient::sendFieldExpectEcho(const QByteArray &field, Field what, qint64 flashOffset)
{
    // Bytes already waiting would answer before the phone did.
    const bool clean = m_buffer.isEmpty();
    const auto sent = Transport::Clock::now();
    send(field);
    expectBytes(field, what, flashOffset);
    if (clean)
        m_link.addRoundTrip(duration_cast<microseconds>(Transport::Clock::now() - sent));
}

void BromClient::drain(milliseconds quietFor)
{
    m_buffer.clear();
    for (;;) {
        checkCancel();
        QByteArray junk;
        const auto status = m_transport.read(junk, 64 * 1024, Transport::Clock::now() + quietFor);
        if (status != Transport::ReadStatus::Data)
            return;
    }
}

std::optional<quint8> BromClient::nextByte(Transport::Clock::time_point until)
{
    while (m_buffer.isEmpty()) {
        checkCancel();
        const auto now = Transport::Clock::now();
        if (now >= until)
            return std::nullopt;
        const auto st = m_transport.read(m_buffer, 256, std::min(until, now + kCancelPollSlice));
        if (st == Transport::ReadStatus::Disconnected || st == Transport::ReadStatus::Error)
            throwDumpError(ErrorCode::Disconnected, tr("The port went away: %1.").arg(m_transport.errorString()));
    }
    const quint8 b = quint8(m_buffer.at(0));
    m_buffer.remove(0, 1);
    return b;
}

bool BromClient::tryHandshakeOnce(Transport::Clock::time_point overall, bool &alreadyConnected)
{
    // Wait for the answer to A0: 5F normally, A0 itself when the BROM is
    // already in command mode. Anything else is junk (a modem manager's AT
    // probe answers, noise) and is skipped.
    send(QByteArray(1, char(Wire::kHandshake[0])));
    const auto waitEnd = std::min(overall, Transport::Clock::now() + Wire::kHandshakeByteWait);
    for (;;) {
        const auto b = nextByte(waitEnd);
        if (!b)
            return false;
        if (*b == quint8(~Wire::kHandshake[0]))
            break;
        if (*b == Wire::kHandshake[0]) {
            alreadyConnected = true;
            return true;
        }
    }

    // Unlike the first byte's, these answers cannot be left over from an
    // earlier try: each is a round trip sample.
    for (int i = 1; i < 4; ++i) {
        const auto sent = Transport::Clock::now();
        send(QByteArray(1, char(Wire::kHandshake[i])));
        const quint8 want = quint8(~Wire::kHandshake[i]);
        const auto byteEnd = Transport::Clock::now() + Wire::kHandshakeByteWait;
        for (;;) {
            const auto b = nextByte(byteEnd);
            if (!b)
                return false;
            // Late 5Fs answering earlier A0 retries are left over: skip them.
            if (i == 1 && *b == quint8(~Wire::kHandshake[0]))
                continue;
            if (*b == want)
                break;
            qCDebug(lcBrom, "handshake byte %d: expected %02x, got %02x; starting over", i, want, *b);
            return false;
        }
        m_link.addRoundTrip(duration_cast<microseconds>(Transport::Clock::now() - sent));
    }
    return true;
}

bool BromClient::handshake(milliseconds deadline)
{
    const auto overall = Transport::Clock::now() + deadline;
    m_transport.discardInput();
    m_buffer.clear();
    QByteArray lastJunk;
    int attempts = 0;
    while (Transport::Clock::now() < overall) {
        ++attempts;
        bool already = false;
        if (tryHandshakeOnce(overall, already)) {
            m_buffer.clear();
            qCDebug(lcBrom, "handshake done after %d attempt(s)%s", attempts,
                    already ? " (BROM already past the handshake)" : "");
            return already;
        }
        lastJunk = m_buffer;
        drain(Wire::kHandshakeRetryDrain);
    }
    throwDumpError(ErrorCode::HandshakeFailed,
                   tr("No BootROM answer after %n attempt(s) in %1 ms.", nullptr, attempts).arg(deadline.count()),
                   QByteArray::fromHex("5ff5affa"), clipped(lastJunk));
}

QVector<quint16> BromClient::read16(quint32 address, quint32 count)
{
    sendFieldExpectEcho(QByteArray(1, char(Wire::kCmdRead16)), {"READ16", Part::Command});
    sendFieldExpectEcho(beU32(address), {"READ16", Part::Address});
    sendFieldExpectEcho(beU32(count), {"READ16", Part::Count});
    const QByteArray data = readExactly(qint64(count) * 2, timeoutFor(qint64(count) * 2));
    QVector<quint16> values;
    values.resize(qsizetype(count));
    for (quint32 i = 0; i < count; ++i)
        values[qsizetype(i)] = qFromBigEndian<quint16>(data.constData() + 2 * i);
    return values;
}

quint16 BromClient::read16(quint32 address)
{
    return read16(address, 1).constFirst();
}

QVector<quint32> BromClient::read32(quint32 address, quint32 count)
{
    sendFieldExpectEcho(QByteArray(1, char(Wire::kCmdRead32)), {"READ32", Part::Command});
    sendFieldExpectEcho(beU32(address), {"READ32", Part::Address});
    sendFieldExpectEcho(beU32(count), {"READ32", Part::Count});
    expectStatus(Wire::kStatusReadOk, {"READ32", Part::Command});
    const QByteArray data = readExactly(qint64(count) * 4, timeoutFor(qint64(count) * 4));
    expectStatus(Wire::kStatusReadOk, {"READ32", Part::Data});
    QVector<quint32> values;
    values.resize(qsizetype(count));
    for (quint32 i = 0; i < count; ++i)
        values[qsizetype(i)] = qFromBigEndian<quint32>(data.constData() + 4 * i);
    return values;
}

void BromClient::writeRegister(quint8 cmd, quint32 address, const QByteArray &value)
{
    const char *name = cmd == Wire::kCmdWrite16 ? "WRITE16" : "WRITE32";
    sendFieldExpectEcho(QByteArray(1, char(cmd)), {name, Part::Command});
    sendFieldExpectEcho(beU32(address), {name, Part::Address});
    sendFieldExpectEcho(beU32(1), {name, Part::Count});
    expectStatus(Wire::kStatusWriteOk, {name, Part::Command});
    sendFieldExpectEcho(value, {name, Part::Value});
    expectStatus(Wire::kStatusWriteOk, {name, Part::Value});
    qCDebug(lcBrom, "%s %s = %s", name, qPrintable(hex(address)), value.toHex().constData());
}

void BromClient::write16(quint32 address, quint16 value)
{
    writeRegister(Wire::kCmdWrite16, address, beU16(value));
}

void BromClient::write32(quint32 address, quint32 value)
{
    writeRegister(Wire::kCmdWrite32, address, beU32(value));
}

quint8 BromClient::bromVersion()
{
    send(QByteArray(1, char(Wire::kCmdBromVersion)));
    m_bromVersion = quint8(readExactly(1, timeoutFor(1)).at(0));
    return *m_bromVersion;
}

int BromClient::realign(milliseconds quietFor)
{
    // FF is the BROM's own one-byte command (§3.2), safe to repeat. A BROM
    // in the middle of a field takes it as the field's next byte and, once
    // the field is complete, echoes it and may answer the command; the
    // drain swallows that. Eight bytes finish any read's address and count,
    // the rest is for a write that still expects values.
    constexpr int kMostBytes = 12;
    const auto rtt = duration_cast<milliseconds>(m_link.roundTrip().value_or(LinkEstimate::kAssumedRoundTrip));
    const milliseconds probe = std::max(milliseconds(20), 3 * rtt);
    for (int sent = 1; sent <= kMostBytes; ++sent) {
        m_buffer.clear();
        send(QByteArray(1, char(Wire::kCmdBromVersion)));
        // Everything the probe brings, not just the first byte: one byte
        // alone, the version, is the answer of a BROM between commands.
        QByteArray got;
        const auto until = Transport::Clock::now() + probe;
        while (const auto b = nextByte(until))
            got.append(char(*b));
        if (got.size() == 1 && (!m_bromVersion || quint8(got.at(0)) == *m_bromVersion))
            return sent;
        if (!got.isEmpty())
            drain(quietFor);
    }
    return 0;
}

QByteArray BromClient::meId()
{
    sendFieldExpectEcho(QByteArray(1, char(Wire::kCmdMeId)), {"ME ID", Part::Command});
    const QByteArray len = readExactly(4, timeoutFor(4));
    const quint32 n = qFromBigEndian<quint32>(len.constData());
    if (n != quint32(Wire::kMeIdLength))
        throwDumpError(ErrorCode::BadStatus, tr("Unexpected ME ID length %1.").arg(n), beU32(Wire::kMeIdLength), len);
    const QByteArray id = readExactly(n, timeoutFor(n));
    expectStatus(Wire::kStatusReadOk, {"ME ID", Part::Data});
    return id;
}

void BromClient::resetPhone()
{
    // The reset is a WRITE16 to the watchdog: its errors name that command.
    const char *name = "WRITE16";
    sendFieldExpectEcho(QByteArray(1, char(Wire::kCmdWrite16)), {name, Part::Command});
    sendFieldExpectEcho(beU32(Wire::kRegWdtSwReset), {name, Part::Address});
    sendFieldExpectEcho(beU32(1), {name, Part::Count});
    expectStatus(Wire::kStatusWriteOk, {name, Part::Command});
    // From the value on the phone may reset at any moment, even while the
    // value is still being sent: whatever comes back (or does not) means the
    // reset was taken.
    try {
        send(beU16(Wire::kWdtSwResetValue));
        const QByteArray rest = readExactly(4, Wire::kResetTimeout);
        qCDebug(lcBrom, "reset answered %s", rest.toHex(' ').constData());
    } catch (const DumpException &e) {
        if (e.error().code == ErrorCode::Cancelled)
            throw;
        qCDebug(lcBrom, "reset: %s (expected, the phone resets)", qPrintable(e.error().technicalSummary()));
    }
}

void BromClient::sendRead32(quint32 address, quint32 words)
{
    QByteArray cmd;
    cmd.reserve(9);
    cmd.append(char(Wire::kCmdRead32));
    cmd.append(beU32(address));
    cmd.append(beU32(words));
    send(cmd);
}

namespace {
// The phone sends each little-endian memory word most significant byte
// first: reversing every 4-byte group gives the flash bytes in order.
void wordsToFlashOrder(const char *in, char *out, quint32 words)
{
    for (quint32 i = 0; i < words; ++i)
        qToLittleEndian(qFromBigEndian<quint32>(in + 4 * i), out + 4 * i);
}
} // namespace

void BromClient::receiveRead32(quint32 address, quint32 words, char *out, qint64 flashOffset)
{
    char head[11];
    readExactlyInto(head, sizeof head, timeoutFor(sizeof head), flashOffset);
    char echo[9];
    echo[0] = char(Wire::kCmdRead32);
    qToBigEndian(address, echo + 1);
    qToBigEndian(words, echo + 5);
    if (std::memcmp(head, echo, sizeof echo) != 0)
        throwDumpError(ErrorCode::WrongEcho, wrongEcho({"READ32", Part::Command}), QByteArray(echo, 9),
                       QByteArray(head, 9), flashOffset);
    const quint16 status = qFromBigEndian<quint16>(head + 9);
    if (status != Wire::kStatusReadOk)
        throwDumpError(ErrorCode::BadStatus, badStatus({"READ32", Part::Command}, status), beU16(Wire::kStatusReadOk),
                       QByteArray(head + 9, 2), flashOffset);
    const qint64 n = qint64(words) * 4;
    // Data and trailing status in one read: the hot path of a dump.
    if (m_scratch.size() < n + 2)
        m_scratch.resize(n + 2);
    readExactlyInto(m_scratch.data(), n + 2, timeoutFor(n + 2), flashOffset);
    const quint16 tail = qFromBigEndian<quint16>(m_scratch.constData() + n);
    if (tail != Wire::kStatusReadOk)
        throwDumpError(ErrorCode::BadStatus, badStatus({"READ32", Part::Data}, tail), beU16(Wire::kStatusReadOk),
                       m_scratch.mid(n, 2), flashOffset);
    wordsToFlashOrder(m_scratch.constData(), out, words);
}

void BromClient::read32Careful(quint32 address, quint32 words, char *out, qint64 flashOffset)
{
    sendFieldExpectEcho(QByteArray(1, char(Wire::kCmdRead32)), {"READ32", Part::Command}, flashOffset);
    sendFieldExpectEcho(beU32(address), {"READ32", Part::Address}, flashOffset);
    sendFieldExpectEcho(beU32(words), {"READ32", Part::Count}, flashOffset);
    expectStatus(Wire::kStatusReadOk, {"READ32", Part::Command}, flashOffset);
    const qint64 n = qint64(words) * 4;
    if (m_scratch.size() < n)
        m_scratch.resize(n);
    readExactlyInto(m_scratch.data(), n, timeoutFor(n), flashOffset);
    expectStatus(Wire::kStatusReadOk, {"READ32", Part::Data}, flashOffset);
    wordsToFlashOrder(m_scratch.constData(), out, words);
}
