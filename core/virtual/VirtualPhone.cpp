// SPDX-License-Identifier: Unlicense
// The time side of the model: input in flight and in the receive buffer,
// transfers queued on the link, the three timers (handshake window, system
// watchdog, charger watchdog).
#include "VirtualPhone.h"

#include "WireConstants.h"

#include <algorithm>

using namespace std::chrono;

VirtualPhone::VirtualPhone(VirtualPhoneConfig config, Clock::time_point pluggedIn)
    : m_config(std::move(config)),
      m_memory(m_config),
      m_pluggedIn(pluggedIn),
      m_now(pluggedIn),
      m_lastSendEnd(pluggedIn)
{
    auto window = m_config.handshakeWindow;
    if (m_config.hasFault(FaultKind::ShortPortWindow))
        window = std::min(window, VirtualFaults::kShortPortWindow);
    m_windowEnd = pluggedIn + window;
    for (const Fault &f : m_config.faults)
        m_faultsLeft.push_back(f.times == 0 ? -1 : f.times);

    if (m_config.hasFault(FaultKind::HandshakeEchoedUnchanged)) {
        // docs/protocol.md is silent on what state a "previous session" left: we
        // take power-on state with only the handshake done, the watchdog
        // counting from plug-in, so the host must still run its init.
        m_handshakeDone = true;
        m_watchdogDeadline = pluggedIn + m_config.watchdogTimeout;
    }
    if (m_config.hasFault(FaultKind::JunkBeforeHandshake)) {
        // What a modem manager's earlier probes leave behind, plus line
        // noise; none of these bytes is a handshake answer (5F/A0).
        emitTransfer(QByteArray("\r\nERROR\r\n"));
        emitTransfer(QByteArray::fromHex("00fe7e11"));
    }
}

void VirtualPhone::hostWrite(const QByteArray &bytes, Clock::time_point now)
{
    if (isGone() || bytes.isEmpty())
        return;
    auto arrival = std::max(now + duration_cast<Clock::duration>(m_config.link.latency), m_now);
    arrival = std::max(arrival, m_pluggedIn);
    if (!m_inFlight.empty())
        arrival = std::max(arrival, m_inFlight.back().arrival);
    m_inFlight.push_back(Chunk{bytes, arrival});
}

std::pair<VirtualPhone::Timer, VirtualPhone::Clock::time_point> VirtualPhone::nextTimer() const
{
    std::pair<Timer, Clock::time_point> next{Timer::None, {}};
    if (isGone())
        return next;
    auto consider = [&next](Timer t, Clock::time_point at) {
        if (next.first == Timer::None || at < next.second)
            next = {t, at};
    };
    if (!m_handshakeDone)
        consider(Timer::Window, m_windowEnd);
    else if (m_watchdogEnabled)
        consider(Timer::Watchdog, m_watchdogDeadline);
    if (!m_config.hasBattery && !m_powerSettled)
        consider(Timer::Power, m_pluggedIn + m_config.chargerWatchdogTimeout);
    return next;
}

void VirtualPhone::fireTimer(Timer timer)
{
    switch (timer) {
    case Timer::None: break;
    case Timer::Window: goGone(GoneReason::BootedNormally, m_now); break;
    case Timer::Watchdog: goGone(GoneReason::WatchdogReset, m_now); break;
    case Timer::Power: {
        // [GUESS] A battery-less phone lives on USB power only if the PMU was
        // forced into USB-download power (init step 3) and the charger
        // watchdog was switched off (step 4) before the charger watchdog's
        // first timeout.
        const bool usbPower = (m_memory.read16(Wire::kRegPmuUsbPower) & Wire::kPmuForceUsbPower) != 0;
        if (usbPower && m_chargerWatchdogOff)
            m_powerSettled = true;
        else
            goGone(GoneReason::PowerLost, m_now);
        break;
    }
    }
}

std::optional<VirtualPhone::Clock::time_point> VirtualPhone::nextRead() const
{
    if (unreadInput() == 0)
        return std::nullopt;
    return std::max(m_now, m_lastSendEnd);
}

void VirtualPhone::advance(Clock::time_point now)
{
    while (!isGone()) {
        const auto [timer, timerAt] = nextTimer();
        const std::optional<Clock::time_point> arrival = m_inFlight.empty() ? std::nullopt
                                                                            : std::optional(m_inFlight.front().arrival);
        const auto read = nextRead();
        // On a tie the timer wins (a byte arriving exactly at the end of the
        // handshake window is too late), then arriving bytes, then the BROM
        // reading them.
        if (timer != Timer::None && timerAt <= now && (!arrival || timerAt <= *arrival)
            && (!read || timerAt <= *read)) {
            m_now = std::max(m_now, timerAt);
            fireTimer(timer);
        } else if (arrival && *arrival <= now && (!read || *arrival <= *read)) {
            m_now = std::max(m_now, *arrival);
            receiveArrived();
        } else if (read && *read <= now) {
            m_now = std::max(m_now, *read);
            readReceived();
        } else {
            break;
        }
    }
    m_now = std::max(m_now, now);
}

void VirtualPhone::receiveArrived()
{
    const Chunk chunk = std::move(m_inFlight.front());
    m_inFlight.pop_front();
    m_received.remove(0, m_receivedPos);
    m_receivedPos = 0;
    qsizetype keep = chunk.bytes.size();
    // docs/protocol.md is silent on what a phone does when its receive buffer is
    // full; a FIFO that overflows keeps what fits and drops the rest.
    if (m_config.link.rxLimit > 0)
        keep = std::clamp<qsizetype>(m_config.link.rxLimit - m_received.size(), 0, keep);
    m_received.append(chunk.bytes.constData(), keep);
}

void VirtualPhone::readReceived()
{
    // The BROM is single-threaded: while an answer is still leaving, it is
    // busy sending and the next bytes wait.
    while (unreadInput() > 0 && !isGone() && m_lastSendEnd <= m_now) {
        const quint8 b = quint8(m_received.at(m_receivedPos++));
        if (m_handshakeDone)
            onCommandByte(b);
        else
            onHandshakeByte(b);
    }
}

bool VirtualPhone::peekArrived(char *out, qsizetype n) const
{
    if (unreadInput() < n)
        return false;
    std::copy_n(m_received.constData() + m_receivedPos, n, out);
    return true;
}

bool VirtualPhone::takeTransfer(Clock::time_point now, QByteArray &out)
{
    advance(now);
    if (m_output.empty() || m_output.front().atHost > now)
        return false;
    out = std::move(m_output.front().bytes);
    m_output.pop_front();
    return true;
}

std::optional<VirtualPhone::Clock::time_point> VirtualPhone::nextEventTime() const
{
    std::optional<Clock::time_point> next;
    auto consider = [&next](Clock::time_point t) {
        if (!next || t < *next)
            next = t;
    };
    if (!m_inFlight.empty())
        consider(m_inFlight.front().arrival);
    if (const auto read = nextRead())
        consider(*read);
    if (!m_output.empty())
        consider(m_output.front().atHost);
    const auto [timer, at] = nextTimer();
    if (timer != Timer::None)
        consider(at);
    return next;
}

void VirtualPhone::emitTransfer(QByteArray bytes, microseconds delay)
{
    if (isGone() || bytes.isEmpty())
        return;
    const qsizetype piece = m_config.link.maxTransfer;
    if (piece <= 0 || bytes.size() <= piece) {
        queueTransfer(std::move(bytes), delay);
        return;
    }
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        queueTransfer(bytes.mid(at, piece), at == 0 ? delay : microseconds{0});
}

void VirtualPhone::queueTransfer(QByteArray bytes, microseconds delay)
{
    const auto start = std::max(m_now + duration_cast<Clock::duration>(delay), m_lastSendEnd);
    Clock::duration sending{0};
    if (m_config.link.bytesPerSecond > 0)
        sending = duration_cast<Clock::duration>(
            nanoseconds(qint64(bytes.size()) * 1000000000LL / m_config.link.bytesPerSecond));
    m_lastSendEnd = start + sending;
    const auto atHost = m_lastSendEnd + duration_cast<Clock::duration>(m_config.link.latency);
    m_output.push_back(Transfer{std::move(bytes), m_lastSendEnd, atHost});
}

void VirtualPhone::emitData(const QByteArray &data, qsizetype length)
{
    emitTransfer(length == data.size() ? data : data.left(length));
}

void VirtualPhone::goGone(GoneReason why, Clock::time_point at)
{
    if (isGone())
        return;
    m_gone = why == GoneReason::None ? GoneReason::Unplugged : why;
    m_goneAt = at;
    m_inFlight.clear();
    m_received.clear();
    m_receivedPos = 0;
    // What had not left the phone when it vanished never arrives.
    while (!m_output.empty() && m_output.back().leaves > at)
        m_output.pop_back();
}

std::optional<VirtualPhone::Clock::time_point> VirtualPhone::goneTime() const
{
    if (!isGone())
        return std::nullopt;
    return m_goneAt;
}

void VirtualPhone::unplug(GoneReason why)
{
    goGone(why, m_now);
}

bool VirtualPhone::faultFires(FaultKind kind)
{
    for (int i = 0; i < m_config.faults.size(); ++i) {
        if (m_config.faults.at(i).kind != kind || m_faultsLeft[size_t(i)] == 0)
            continue;
        if (m_faultsLeft[size_t(i)] > 0)
            --m_faultsLeft[size_t(i)];
        return true;
    }
    return false;
}

QString VirtualPhone::goneReasonText(GoneReason why)
{
    switch (why) {
    case GoneReason::None: return QStringLiteral("present");
    case GoneReason::BootedNormally: return QStringLiteral("booted normally (no handshake in time)");
    case GoneReason::SoftwareReset: return QStringLiteral("software reset");
    case GoneReason::WatchdogReset: return QStringLiteral("watchdog reset");
    case GoneReason::PowerLost: return QStringLiteral("power lost");
    case GoneReason::CablePulled: return QStringLiteral("cable pulled");
    case GoneReason::Unplugged: return QStringLiteral("unplugged");
    }
    return QString();
}
