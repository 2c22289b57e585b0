// SPDX-License-Identifier: Unlicense
// The one watch on the system's serial ports, shared by the whole process:
// the window's port list and a dump's wait for its phone. A platform backend
// (udev, device notifications, IOKit) says when ports come or go; only then
// are they listed, on the monitor's own thread, never on the GUI thread. A
// picker hears portsListed(); a dump's wait blocks on the generation
// counter, and takes a MediaTek arrival named by the event itself before
// the list is even made.
#pragma once

#include "PortInfo.h"

#include <QObject>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

class PortMonitorBackend;

class PortMonitor : public QObject
{
    Q_OBJECT
public:
    using Clock = std::chrono::steady_clock;
    using Enumerator = std::function<QList<PortInfo>()>;

    // enumerate lists every port (enumerateSerialPorts for the system's).
    PortMonitor(std::unique_ptr<PortMonitorBackend> backend, Enumerator enumerate);
    ~PortMonitor() override; // stops

    // This computer's ports: created on first use, started on first
    // question, stopped when the QCoreApplication goes.
    static std::shared_ptr<PortMonitor> system();

    // Starts the backend's thread; every question below starts it too.
    void start();
    // For good: waiters return at once, the list stays as it was.
    void stop();

    // The last list, sorted by location. The first call waits for the
    // first list; no call ever enumerates.
    QList<PortInfo> ports();
    // Grows with every event and every list that differs.
    quint64 generation();
    // Blocks until the generation differs from seen, the monitor stops, or
    // until passes. Returns the generation then.
    quint64 waitForChange(quint64 seen, Clock::time_point until);
    // Ports that events named as arriving after generation `after`, oldest
    // first. Only recent ones are kept.
    QList<PortInfo> arrivalsSince(quint64 after) const;
    // The backend's name, e.g. "udev".
    QString source() const;
    // How many lists were made; for tests and benchmarks.
    int listCount() const;

signals:
    // The list changed: a new one differs, or an event took a port out.
    // Emitted from the monitor's thread: receivers in other threads get it
    // queued.
    void portsListed();

private:
    class Events;
    void run();
    void noteEvent(const PortInfo *arrival);
    void noteDeparture(const QString &systemLocation);
    void listNow();

    std::unique_ptr<PortMonitorBackend> m_backend;
    std::unique_ptr<Events> m_events;
    const Enumerator m_enumerate;
    std::once_flag m_startOnce;
    std::thread m_thread;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    quint64 m_generation = 0;
    int m_lists = 0;
    bool m_stopped = false;
    QList<PortInfo> m_ports;
    std::deque<std::pair<quint64, PortInfo>> m_arrivals;
};
