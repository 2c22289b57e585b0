// SPDX-License-Identifier: Unlicense
// The list of serial ports a port picker shows, kept current without ever
// enumerating on the GUI thread: the system's ports come from the shared
// PortMonitor's portsListed(); only a list of one's own (fakes, the demo's
// virtual phones) is asked again on a timer. Says "changed" only when the
// sorted list really changed.
#pragma once

#include "PortInfo.h"

#include <QObject>
#include <QTimer>

class PortCatalog : public QObject
{
    Q_OBJECT
public:
    explicit PortCatalog(PortLister lister = systemSerialPorts, QObject *parent = nullptr);

    QList<PortInfo> ports() const { return m_ports; }
    bool isWaiting() const { return m_waiting; }
    // How often a list of one's own is asked again; the system's never is.
    int pollInterval() const { return m_poll.isActive() ? m_poll.interval() : 0; }

    static constexpr int kIdleIntervalMs = 1000;
    static constexpr int kWaitingIntervalMs = 20;

public slots:
    void start();
    void stop();
    // While a phone is expected a list of one's own is asked every 20 ms.
    // The system's ports need nothing: their events come anyway.
    void setWaiting(bool waiting);
    // Read the lists again now (cheap: no enumeration), e.g. when the user
    // opens the port picker.
    void refresh();

signals:
    void portsChanged(const QList<PortInfo> &ports);
    void portAdded(const PortInfo &port);
    void portRemoved(const PortInfo &port);

private:
    void updatePolling();

    PortLister m_lister;
    QTimer m_poll;
    QMetaObject::Connection m_monitorConnection;
    QList<PortInfo> m_ports;
    bool m_waiting = false;
    bool m_running = false;
};
