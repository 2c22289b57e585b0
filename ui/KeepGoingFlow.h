// SPDX-License-Identifier: Unlicense
// Keep going, for a stack of phones: after a dump, wait until the phone just
// dumped has gone (its port lingers a moment after the reset), then say the
// next one may come. The window starts that next dump.
#pragma once

#include "DumpTypes.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class KeepGoingFlow : public QObject
{
    Q_OBJECT
public:
    // portPresent: whether a port is there now (cheap: a cached list or a stat()).
    explicit KeepGoingFlow(std::function<bool(const QString &)> portPresent, QObject *parent = nullptr);

    // After a finished dump: wait for its port to go away.
    void afterDump(const DumpResult &result);
    void stop();
    // Waiting for the phone just dumped to be unplugged.
    bool isWaitingForUnplug() const { return m_timer.isActive(); }
    // The dump just saved, shown while the next phone is awaited.
    const std::optional<DumpResult> &previous() const { return m_previous; }
    void forgetPrevious() { m_previous.reset(); }

signals:
    // The phone just dumped is gone: the next dump may start.
    void readyForNextPhone();

private:
    void check();

    std::function<bool(const QString &)> m_portPresent;
    QTimer m_timer;
    QString m_port;
    std::optional<DumpResult> m_previous;
};
