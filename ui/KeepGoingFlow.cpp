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

void KeepGoingFlow::afterDump(const DumpResult &result)
{
    m_previous = result;
    m_port = result.port;
    // After a reset the old port lingers for a moment; a dump started now
    // would grab the phone just dumped.
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
