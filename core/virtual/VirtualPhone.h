// SPDX-License-Identifier: Unlicense
// A model of the MT6261 BootROM as seen from its USB port: handshake, command
// set, memory map, watchdogs, link timing and the faults of docs/protocol.md
// section 8. Pure: not thread-safe, no event loop, no sleeping; time is
// passed in, so tests can play seconds of phone time in microseconds.
#pragma once

#include "PhoneMemory.h"
#include "VirtualPhoneConfig.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <deque>
#include <optional>
#include <vector>

class VirtualPhone
{
public:
    using Clock = std::chrono::steady_clock;
    enum class GoneReason { None, BootedNormally, SoftwareReset, WatchdogReset, PowerLost, CablePulled, Unplugged };

    VirtualPhone(VirtualPhoneConfig config, Clock::time_point pluggedIn);

    // The host wrote at now; the bytes reach the phone's receive buffer after
    // the link latency (those beyond LinkModel::rxLimit are lost there).
    void hostWrite(const QByteArray &bytes, Clock::time_point now);
    // Takes in input that has arrived by now, lets the BROM read and answer
    // it as far as it can by now, and fires timers due by now.
    void advance(Clock::time_point now);
    // The next phone->host transfer (one answer field each, as in the
    // capture, or a LinkModel::maxTransfer piece of a longer one) that has
    // reached the host by now; advances the model first.
    bool takeTransfer(Clock::time_point now, QByteArray &out);
    // When something next happens: input arrives, the BROM reads waiting
    // input, a transfer reaches the host, a timer fires. Empty when nothing
    // ever will.
    std::optional<Clock::time_point> nextEventTime() const;

    // The port has vanished; from then on nothing more is sent, though
    // transfers already on the wire still reach the host.
    bool isGone() const { return m_gone != GoneReason::None; }
    GoneReason goneReason() const { return m_gone; }
    std::optional<Clock::time_point> goneTime() const;
    void unplug(GoneReason why = GoneReason::Unplugged);
    // "software reset", "booted normally", ...: the words of the status
    // lines of mtreader-virtual-phone, which scripts wait for.
    static QString goneReasonText(GoneReason why);

    Clock::time_point pluggedInTime() const { return m_pluggedIn; }
    bool handshakeDone() const { return m_handshakeDone; }
    bool watchdogDisabled() const { return !m_watchdogEnabled; }
    quint32 remapMode() const { return m_memory.remapMode(); }
    const VirtualPhoneConfig &config() const { return m_config; }
    const PhoneMemory &memory() const { return m_memory; }
    // Host bytes in the receive buffer that the BROM has not read yet.
    qsizetype unreadInput() const { return m_received.size() - m_receivedPos; }

private:
    struct Chunk
    {
        QByteArray bytes;
        Clock::time_point arrival;
    };
    struct Transfer
    {
        QByteArray bytes;
        Clock::time_point leaves; // has left the phone completely
        Clock::time_point atHost;
    };
    enum class Timer { None, Window, Watchdog, Power };
    enum class Stage { Idle, Address, Count, Value };
    // What a READ32 covering a fault offset does instead of answering.
    struct ReadPlan
    {
        bool decided = false;
        FaultKind kind = FaultKind::None;
        bool addressEchoCorrupted = false;
        quint32 faultOffset = 0;
    };

    // Time and plumbing (VirtualPhone.cpp).
    std::pair<Timer, Clock::time_point> nextTimer() const;
    // When the BROM next reads its receive buffer: once its last answer has left.
    std::optional<Clock::time_point> nextRead() const;
    void fireTimer(Timer timer);
    void receiveArrived();
    void readReceived();
    // Splits bytes into transfers of at most LinkModel::maxTransfer.
    void emitTransfer(QByteArray bytes, std::chrono::microseconds delay = {});
    void queueTransfer(QByteArray bytes, std::chrono::microseconds delay);
    void emitData(const QByteArray &data, qsizetype length);
    void goGone(GoneReason why, Clock::time_point at);
    bool peekArrived(char *out, qsizetype n) const;
    bool faultFires(FaultKind kind);

    // The BROM itself (VirtualPhoneCommands.cpp).
    void onHandshakeByte(quint8 b);
    void onJunkByte(quint8 b);
    void onCommandByte(quint8 b);
    void startCommand(quint8 cmd);
    void onFieldComplete();
    void executeRead();
    void executeRead32();
    void onWriteValue();
    void storeRegister16(quint32 address, quint16 value);
    void decideReadPlan(quint32 address, quint32 count);
    void tryDecideReadPlanEarly(bool haveAddress);

    VirtualPhoneConfig m_config;
    PhoneMemory m_memory;
    Clock::time_point m_pluggedIn;
    Clock::time_point m_now;         // time of what is being processed
    Clock::time_point m_lastSendEnd; // the link and the BROM are busy until then
    std::deque<Chunk> m_inFlight;    // host bytes on their way
    QByteArray m_received;           // the receive buffer, read from m_receivedPos
    qsizetype m_receivedPos = 0;
    std::deque<Transfer> m_output;
    std::vector<int> m_faultsLeft; // per config fault; -1 fires forever

    GoneReason m_gone = GoneReason::None;
    Clock::time_point m_goneAt;

    bool m_handshakeDone = false;
    int m_handshakeStep = 0;
    QByteArray m_atLine; // a modem probe being typed, for junk replies
    Clock::time_point m_windowEnd;
    bool m_watchdogEnabled = true;
    Clock::time_point m_watchdogDeadline;
    bool m_powerSettled = false;
    bool m_chargerWatchdogOff = false;

    Stage m_stage = Stage::Idle;
    quint8 m_cmd = 0;
    char m_field[4] = {};
    int m_fieldFill = 0;
    quint32 m_address = 0;
    quint32 m_count = 0;
    quint32 m_valuesDone = 0;
    ReadPlan m_plan;
    int m_flakyReads = 0; // FlakyBits: which bit goes wrong next
};
