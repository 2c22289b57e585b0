// SPDX-License-Identifier: Unlicense
#include "KeepGoingFlow.h"

namespace {
// A port list lookup or a stat(): cheap enough to ask often, and a person
// unplugging a phone does not notice 50 ms.
constexpr std::chrono::milliseconds kGoneCheck{50};
} // namespace

KeepGoingFlow::KeepGoingFlow(std::function<bool(const QString &)> portPresent, QObject *parent)
    : QObject(parent), m_portPresent(std::move(portPresent))
{
    m_timer.setInterval(kGoneCheck);
    connect(&m_timer, &QTimer::timeout, this, &KeepGoingFlow::check);
}

void KeepGoingFlow::afterDump(const DumpResult &result, const QString &summary)
{
    m_previous = result;
    ++m_dumped;
    m_lastMeId = result.phone.meId;
    m_lastDoneAt = QDateTime::currentDateTimeUtc();
    m_outcomes << Outcome{m_lastDoneAt, true, result.port, result.phone.meId, result.path, summary};
    emit outcomesChanged();
    waitForGone(result.port);
}

void KeepGoingFlow::afterFailure(const QString &port, const QByteArray &meId, const QString &file,
                                 const QString &summary)
{
    ++m_failed;
    m_outcomes << Outcome{QDateTime::currentDateTimeUtc(), false, port, meId, file, summary};
    emit outcomesChanged();
    waitForGone(port);
}

void KeepGoingFlow::afterSamePhone(const QString &port)
{
    waitForGone(port);
}

QByteArray KeepGoingFlow::recentlyDumped() const
{
    if (m_lastMeId.isEmpty() || !m_lastDoneAt.isValid())
        return {};
    const qint64 since = m_lastDoneAt.secsTo(QDateTime::currentDateTimeUtc());
    return since <= kSamePhoneWindow.count() ? m_lastMeId : QByteArray();
}

void KeepGoingFlow::waitForGone(const QString &port)
{
    // After a reset the old port lingers for a moment; a dump started now
    // would grab the phone just done.
    m_port = port;
    m_timer.start();
    check();
}

void KeepGoingFlow::stop()
{
    m_timer.stop();
    m_port.clear();
}

void KeepGoingFlow::check()
{
    if (!m_timer.isActive() || (!m_port.isEmpty() && m_portPresent(m_port)))
        return;
    stop();
    emit readyForNextPhone();
}
