// SPDX-License-Identifier: Unlicense
// The BROM side of the model: the handshake state machine and the command
// parser, which echoes every field as its own transfer the moment it is
// complete, as the captured MT6261 does.
#include "VirtualPhone.h"

#include "WireConstants.h"

#include <QtEndian>

using namespace std::chrono;

namespace {

// docs/protocol.md is silent on which error codes an MT6261 uses; only 0x1D12 was
// seen. These two are made up, in the same range.
constexpr quint16 kStatusUnaligned = 0x1D0C;
constexpr quint16 kStatusTooLong = 0x1D0D;
constexpr quint16 kStatusFaultError = 0x1D12;
// docs/protocol.md is silent on a maximum count; the model refuses answers over
// 64 MiB rather than allocate them (16x the largest block a host uses).
constexpr qint64 kMaxReadBytes = 64 * 1024 * 1024;

bool isDataFault(FaultKind k)
{
    return k == FaultKind::WrongEcho || k == FaultKind::ErrorStatus || k == FaultKind::ShortReadThenSilence
        || k == FaultKind::Stall || k == FaultKind::CablePulled || k == FaultKind::FlippedBit
        || k == FaultKind::FlakyBits;
}

} // namespace

void VirtualPhone::onJunkByte(quint8 b)
{
    if (b == '\r' || b == '\n') {
        if (m_atLine.toUpper().startsWith("AT"))
            emitTransfer(QByteArray("\r\nERROR\r\n"));
        m_atLine.clear();
    } else if (b >= 0x20 && b < 0x7F && m_atLine.size() < 64) {
        m_atLine.append(char(b));
    } else {
        m_atLine.clear();
    }
}

void VirtualPhone::onHandshakeByte(quint8 b)
{
    if (m_config.hasFault(FaultKind::JunkBeforeHandshake))
        onJunkByte(b);
    const quint8 expected = Wire::kHandshake[m_handshakeStep];
    if (b != expected && b != Wire::kHandshake[0]) {
        m_handshakeStep = 0; // silently: the host notices the missing answer
        return;
    }
    // A0 at any step restarts the handshake (a host retrying).
    m_handshakeStep = b == expected ? m_handshakeStep + 1 : 1;
    microseconds delay{0};
    if (b == Wire::kHandshake[0] && faultFires(FaultKind::LateHandshakeReply))
        delay = VirtualFaults::kLateHandshakeReply;
    emitTransfer(QByteArray(1, char(~b)), delay);
    if (m_handshakeStep == 4) {
        m_handshakeDone = true;
        m_watchdogDeadline = m_now + m_config.watchdogTimeout;
        m_stage = Stage::Idle;
    }
}

void VirtualPhone::onCommandByte(quint8 b)
{
    if (m_stage == Stage::Idle) {
        startCommand(b);
        return;
    }
    m_field[m_fieldFill++] = char(b);
    const int need = (m_stage == Stage::Value && m_cmd == Wire::kCmdWrite16) ? 2 : 4;
    if (m_fieldFill == need) {
        m_fieldFill = 0;
        onFieldComplete();
    }
}

void VirtualPhone::startCommand(quint8 cmd)
{
    const QByteArray echo(1, char(cmd));
    m_plan = ReadPlan{};
    switch (cmd) {
    case Wire::kCmdRead32: tryDecideReadPlanEarly(false); [[fallthrough]];
    case Wire::kCmdRead16:
    case Wire::kCmdRead16Status:
    case Wire::kCmdWrite16:
    case Wire::kCmdWrite32:
        m_cmd = cmd;
        m_stage = Stage::Address;
        m_fieldFill = 0;
        if (m_plan.kind != FaultKind::Stall)
            emitTransfer(echo);
        return;
    case Wire::kCmdBromVersion: emitTransfer(QByteArray(1, char(m_config.bromVersion))); return;
    case Wire::kCmdMeId:
        emitTransfer(echo);
        emitTransfer(beU32(quint32(m_config.meId.size())));
        emitTransfer(m_config.meId);
        emitTransfer(beU16(Wire::kStatusReadOk));
        return;
    case Wire::kCmdTargetConfig:
        // docs/protocol.md is silent on D8 (it is only in the capture): a
        // target-config query answered echo, u32 0, status 0000.
        emitTransfer(echo);
        emitTransfer(beU32(0));
        emitTransfer(beU16(Wire::kStatusReadOk));
        return;
    default:
        // FE (no bootloader), unknown bytes, and A0 from a host
        // re-handshaking a BROM already in command mode: echoed, then the
        // BROM waits for the next command.
        emitTransfer(echo);
        return;
    }
}

void VirtualPhone::tryDecideReadPlanEarly(bool haveAddress)
{
    // A host that sends the 9 command bytes in one write lets the fault be
    // decided before the first echo; a field-by-field host only at the
    // count, so the echoes already sent stay clean.
    char ahead[8];
    if (haveAddress) {
        if (peekArrived(ahead, 4))
            decideReadPlan(m_address, qFromBigEndian<quint32>(ahead));
    } else if (peekArrived(ahead, 8)) {
        decideReadPlan(qFromBigEndian<quint32>(ahead), qFromBigEndian<quint32>(ahead + 4));
    }
}

void VirtualPhone::decideReadPlan(quint32 address, quint32 count)
{
    m_plan.decided = true;
    if (!m_memory.flashMapped() || address >= PhoneMemory::kFlashWindowEnd)
        return;
    const qint64 end = qint64(address) + qint64(count) * 4;
    for (int i = 0; i < m_config.faults.size(); ++i) {
        const Fault &f = m_config.faults.at(i);
        if (!isDataFault(f.kind) || m_faultsLeft[size_t(i)] == 0)
            continue;
        if (qint64(f.offset) < qint64(address) || qint64(f.offset) >= end)
            continue;
        if (m_faultsLeft[size_t(i)] > 0)
            --m_faultsLeft[size_t(i)];
        m_plan.kind = f.kind;
        m_plan.faultOffset = f.offset;
        return;
    }
}

void VirtualPhone::onFieldComplete()
{
    QByteArray field(m_field, 4);
    switch (m_stage) {
    case Stage::Idle: return;
    case Stage::Address:
        m_address = qFromBigEndian<quint32>(m_field);
        if (m_cmd == Wire::kCmdRead32 && !m_plan.decided)
            tryDecideReadPlanEarly(true);
        if (m_plan.kind == FaultKind::WrongEcho) {
            field[3] = char(field.at(3) ^ 0x40);
            m_plan.addressEchoCorrupted = true;
        }
        if (m_plan.kind != FaultKind::Stall)
            emitTransfer(field);
        m_stage = Stage::Count;
        return;
    case Stage::Count:
        m_count = qFromBigEndian<quint32>(m_field);
        if (m_cmd == Wire::kCmdRead32 && !m_plan.decided)
            decideReadPlan(m_address, m_count);
        if (m_plan.kind == FaultKind::WrongEcho && !m_plan.addressEchoCorrupted)
            field[3] = char(field.at(3) ^ 0x40);
        if (m_plan.kind != FaultKind::Stall)
            emitTransfer(field);
        m_stage = Stage::Idle;
        if (m_cmd == Wire::kCmdRead32) {
            executeRead32();
        } else if (m_cmd == Wire::kCmdRead16 || m_cmd == Wire::kCmdRead16Status) {
            executeRead();
        } else {
            emitTransfer(beU16(Wire::kStatusWriteOk));
            // docs/protocol.md is silent on counts other than 1: each value is
            // echoed and stored at consecutive addresses, then one status.
            if (m_count == 0) {
                emitTransfer(beU16(Wire::kStatusWriteOk));
            } else {
                m_stage = Stage::Value;
                m_valuesDone = 0;
            }
        }
        return;
    case Stage::Value: onWriteValue(); return;
    }
}

void VirtualPhone::executeRead()
{
    const bool withStatus = m_cmd == Wire::kCmdRead16Status;
    if (qint64(m_count) * 2 > kMaxReadBytes) {
        // A2 has no status to carry a refusal: it stays silent.
        if (withStatus)
            emitTransfer(beU16(kStatusTooLong));
        return;
    }
    if (withStatus)
        emitTransfer(beU16(Wire::kStatusReadOk));
    const QByteArray data = m_memory.read16Wire(m_address, m_count);
    emitData(data, data.size());
    if (withStatus)
        emitTransfer(beU16(Wire::kStatusReadOk));
}

void VirtualPhone::executeRead32()
{
    if (m_plan.kind == FaultKind::Stall)
        return;
    // docs/protocol.md only says the address must be 4-aligned: an unaligned one
    // gets an error status and no data, like the 0x1D12 case.
    if (m_address & 3) {
        emitTransfer(beU16(kStatusUnaligned));
        return;
    }
    if (qint64(m_count) * 4 > kMaxReadBytes) {
        emitTransfer(beU16(kStatusTooLong));
        return;
    }
    if (m_plan.kind == FaultKind::ErrorStatus) {
        emitTransfer(beU16(kStatusFaultError));
        return;
    }
    emitTransfer(beU16(Wire::kStatusReadOk));
    QByteArray data = m_memory.read32Wire(m_address, m_count);
    switch (m_plan.kind) {
    case FaultKind::FlippedBit:
    case FaultKind::FlakyBits: {
        // Flash byte i of the block travels at position i^3 (groups reversed).
        const qsizetype i = qsizetype(m_plan.faultOffset - m_address);
        const qsizetype wire = (i & ~qsizetype(3)) | (3 - (i & 3));
        const int bit = m_plan.kind == FaultKind::FlakyBits ? m_flakyReads++ % 8 : 0;
        data[wire] = char(data.at(wire) ^ (1 << bit));
        break;
    }
    case FaultKind::ShortReadThenSilence: emitData(data, data.size() / 2); return;
    case FaultKind::CablePulled:
        emitData(data, data.size() / 2);
        goGone(GoneReason::CablePulled, m_lastSendEnd);
        return;
    default: break;
    }
    emitData(data, data.size());
    emitTransfer(beU16(Wire::kStatusReadOk));
}

void VirtualPhone::onWriteValue()
{
    const bool wide = m_cmd == Wire::kCmdWrite32;
    const qsizetype size = wide ? 4 : 2;
    const QByteArray value(m_field, size);
    const quint32 target = m_address + quint32(size) * m_valuesDone;
    const quint32 v = wide ? qFromBigEndian<quint32>(m_field) : qFromBigEndian<quint16>(m_field);

    if (target == Wire::kRegWdtSwReset && quint16(v) == Wire::kWdtSwResetValue) {
        // The watchdog reset takes the port down before the final status
        // (docs/protocol.md §6), sometimes before the echo.
        if (!faultFires(FaultKind::ResetBeforeEcho))
            emitTransfer(value);
        goGone(GoneReason::SoftwareReset, std::max(m_now, m_lastSendEnd));
        return;
    }
    emitTransfer(value);
    storeRegister16(target, quint16(v));
    if (wide)
        storeRegister16(target + 2, quint16(v >> 16));
    if (++m_valuesDone == m_count) {
        emitTransfer(beU16(Wire::kStatusWriteOk));
        m_stage = Stage::Idle;
    }
}

void VirtualPhone::storeRegister16(quint32 address, quint16 value)
{
    constexpr quint16 kWdtKey = Wire::kWdtModeDisable & PhoneMemory::kWdtKeyMask;
    if (address == Wire::kRegWdtMode && (value & PhoneMemory::kWdtKeyMask) == kWdtKey) {
        // Re-enabling restarts the countdown.
        const bool enable = (value & PhoneMemory::kWdtEnable) != 0;
        if (enable && !m_watchdogEnabled)
            m_watchdogDeadline = m_now + m_config.watchdogTimeout;
        m_watchdogEnabled = enable;
    }
    if (address == Wire::kRegPmuChargerWdt)
        m_chargerWatchdogOff = value == Wire::kPmuChargerWdtOff;
    m_memory.write16(address, value);
}
