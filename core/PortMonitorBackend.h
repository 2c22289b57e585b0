// SPDX-License-Identifier: Unlicense
// What a platform tells the PortMonitor, and the small interface each
// platform implements (PortMonitorBackend_linux.cpp, _win.cpp, _mac.cpp):
// udev on Linux, device notifications on Windows, IOKit on macOS, each with
// a cheap fallback where the system gives no notifications.
#pragma once

#include "PortInfo.h"

#include <QString>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

// libudev is not thread-safe, not even across its contexts (its hash tables
// share one seed): Qt's enumeration and the udev backend hold this around
// every use of it, so two monitors or a list made elsewhere never collide.
std::mutex &systemPortLock();

// Called by a backend, from the monitor's thread only.
class PortEvents
{
public:
    // A serial port came, went or changed. When the event itself named a
    // port that came and its USB id (a udev "add" after the rules ran),
    // arrival says so: a waiter may take it before the list is made.
    virtual void portEvent(const PortInfo *arrival = nullptr) = 0;
    // The event said this port went: it leaves the list at once, so nobody
    // takes it in the moment before the next list.
    virtual void portLeft(const QString &systemLocation) = 0;
    // List the ports now: once at the start, then after each burst of events.
    virtual void listNow() = 0;

protected:
    ~PortEvents() = default;
};

class PortMonitorBackend
{
public:
    virtual ~PortMonitorBackend() = default;

    // "udev", "inotify /dev", ... for logs and benchmarks.
    virtual QString name() const = 0;
    // Runs on the monitor's thread until stop(): subscribes, calls
    // events.listNow() once subscribed (so no change slips between the first
    // list and the first event), then reports changes.
    virtual void run(PortEvents &events) = 0;
    // From any thread, before or during run(); run() returns soon after.
    virtual void stop() = 0;

    // The best this platform offers.
    static std::unique_ptr<PortMonitorBackend> createForSystem();
};

// Where the system gives no notifications: lists every interval. Never a
// short one, since a list may cost milliseconds of CPU.
class PollingPortBackend : public PortMonitorBackend
{
public:
    explicit PollingPortBackend(std::chrono::milliseconds interval, QString name = QStringLiteral("polling"));

    QString name() const override { return m_name; }
    void run(PortEvents &events) override;
    void stop() override;

private:
    const std::chrono::milliseconds m_interval;
    const QString m_name;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
};
