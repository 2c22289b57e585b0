// SPDX-License-Identifier: Unlicense
#include "VirtualTransport.h"

#include <QMutexLocker>
#include <algorithm>
#include <thread>

VirtualTransport::VirtualTransport(std::shared_ptr<VirtualPhone> phone)
    : VirtualTransport(std::move(phone), std::make_shared<QMutex>(), {})
{}

VirtualTransport::VirtualTransport(std::shared_ptr<VirtualPhone> phone, std::shared_ptr<QMutex> lock,
                                   std::function<void()> onClose)
    : m_phone(std::move(phone)), m_lock(std::move(lock)), m_onClose(std::move(onClose))
{}

VirtualTransport::~VirtualTransport()
{
    if (m_onClose)
        m_onClose();
}

QString VirtualTransport::goneText(VirtualPhone::GoneReason why)
{
    using Reason = VirtualPhone::GoneReason;
    switch (why) {
    case Reason::None: break;
    case Reason::BootedNormally:
        return tr("The virtual phone is gone: it booted normally, as no handshake came in time");
    case Reason::SoftwareReset: return tr("The virtual phone is gone after a software reset");
    case Reason::WatchdogReset: return tr("The virtual phone is gone after a watchdog reset");
    case Reason::PowerLost: return tr("The virtual phone is gone: it lost power");
    case Reason::CablePulled: return tr("The virtual phone is gone: its cable was pulled");
    case Reason::Unplugged: return tr("The virtual phone is gone: it was unplugged");
    }
    return tr("The virtual phone is gone");
}

bool VirtualTransport::finishedLocked() const
{
    return m_phone->isGone() && !m_phone->nextEventTime() && m_pendingPos >= m_pending.size();
}

bool VirtualTransport::write(const QByteArray &data)
{
    QMutexLocker locker(m_lock.get());
    const auto now = Clock::now();
    m_phone->advance(now);
    if (m_phone->isGone()) {
        // Like a vanished tty: writing fails at once, whatever is still in
        // flight towards the host.
        m_error = goneText(m_phone->goneReason());
        return false;
    }
    m_phone->hostWrite(data, now);
    return true;
}

Transport::ReadStatus VirtualTransport::read(QByteArray &into, qint64 maxBytes, Clock::time_point deadline)
{
    if (maxBytes <= 0)
        return ReadStatus::Timeout;
    for (;;) {
        std::optional<Clock::time_point> next;
        Clock::time_point now;
        {
            QMutexLocker locker(m_lock.get());
            now = Clock::now();
            qint64 room = maxBytes;
            if (m_pendingPos < m_pending.size()) {
                const qsizetype take = qsizetype(std::min<qint64>(room, m_pending.size() - m_pendingPos));
                into.append(m_pending.constData() + m_pendingPos, take);
                m_pendingPos += take;
                room -= take;
            }
            QByteArray transfer;
            while (room > 0 && m_phone->takeTransfer(now, transfer)) {
                if (transfer.size() <= room) {
                    into.append(transfer);
                    room -= transfer.size();
                } else {
                    into.append(transfer.constData(), qsizetype(room));
                    m_pending = std::move(transfer);
                    m_pendingPos = qsizetype(room);
                    room = 0;
                }
            }
            if (room < maxBytes)
                return ReadStatus::Data;
            if (finishedLocked()) {
                m_error = goneText(m_phone->goneReason());
                return ReadStatus::Disconnected;
            }
            next = m_phone->nextEventTime();
        }
        if (now >= deadline)
            return ReadStatus::Timeout;
        auto wake = deadline;
        if (next && *next < wake)
            wake = std::max(*next, now);
        if (wake > now)
            std::this_thread::sleep_until(wake);
    }
}

void VirtualTransport::discardInput()
{
    QMutexLocker locker(m_lock.get());
    const auto now = Clock::now();
    m_pending.clear();
    m_pendingPos = 0;
    QByteArray dropped;
    while (m_phone->takeTransfer(now, dropped)) {}
}

QString VirtualTransport::errorString() const
{
    return m_error;
}
