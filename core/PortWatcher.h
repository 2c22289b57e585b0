// SPDX-License-Identifier: Unlicense
// Keeps the list of serial ports current for the port picker. Polls slowly
// while idle and fast while the user is waiting for a phone; says "changed"
// only when the sorted list really changed.
#pragma once

#include "PortInfo.h"

#include <QObject>
#include <QTimer>

class PortWatcher : public QObject
{
    Q_OBJECT
public:
    explicit PortWatcher(PortLister lister = systemSerialPorts, QObject *parent = nullptr);

    QList<PortInfo> ports() const { return m_ports; }
    bool isWaiting() const { return m_waiting; }

    static constexpr int kIdleIntervalMs = 1000;
    static constexpr int kWaitingIntervalMs = 20;

public slots:
    void start();
    void stop();
    // Fast polling while a phone is expected (a new port noticed within 50 ms).
    void setWaiting(bool waiting);
    // Re-list now, e.g. when the user opens the port picker.
    void refresh();

signals:
    void portsChanged(const QList<PortInfo> &ports);
    void portAdded(const PortInfo &port);
    void portRemoved(const PortInfo &port);

private:
    PortLister m_lister;
    QTimer m_timer;
    QList<PortInfo> m_ports;
    bool m_waiting = false;
};
