// SPDX-License-Identifier: Unlicense
// A PortMonitor over a pretend system whose ports the test sets: a backend
// whose events the test posts (they run on the monitor's thread, as a
// platform's would) and an enumerator that counts how often it was asked.
#pragma once

#include "DumpEnvironment.h"
#include "PortMonitor.h"
#include "PortMonitorBackend.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class FakePortBackend final : public PortMonitorBackend
{
public:
    using Job = std::function<void(PortEvents &)>;

    QString name() const override { return QStringLiteral("fake"); }
    void run(PortEvents &events) override
    {
        events.listNow();
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_stop)
                return;
            Job job = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            job(events);
            lock.lock();
        }
    }
    void stop() override
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
    }
    void post(Job job)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_jobs.push_back(std::move(job));
        }
        m_wake.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stop = false;
};

class FakePortSystem
{
public:
    FakePortSystem()
    {
        auto backend = std::make_unique<FakePortBackend>();
        m_backend = backend.get();
        monitor = std::make_shared<PortMonitor>(std::move(backend), [this] {
            std::lock_guard<std::mutex> lock(m_mutex);
            ++m_enumerations;
            return m_ports;
        });
    }
    ~FakePortSystem() { monitor->stop(); }

    // A port appears; the event names it with its USB id when announced.
    void plug(const PortInfo &port, bool announced = true)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_ports.append(port);
        }
        m_backend->post([port, announced](PortEvents &e) {
            e.portEvent(announced ? &port : nullptr);
            e.listNow();
        });
    }
    // Only the event, no list after it: what a waiter sees first.
    void announceOnly(const PortInfo &port)
    {
        m_backend->post([port](PortEvents &e) { e.portEvent(&port); });
    }
    void unplug(const QString &location)
    {
        forget(location);
        m_backend->post([](PortEvents &e) {
            e.portEvent();
            e.listNow();
        });
    }
    // The port goes; only the event says so, no list follows.
    void leaveOnly(const QString &location)
    {
        forget(location);
        m_backend->post([location](PortEvents &e) { e.portLeft(location); });
    }
    // A list is made again though nothing changed (a stray event).
    void relistUnchanged()
    {
        m_backend->post([](PortEvents &e) { e.listNow(); });
    }
    int enumerations() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_enumerations;
    }
    PortLister lister() const { return PortLister::monitored(monitor); }
    // A dump's environment on this system, whose nodes all exist.
    DumpEnvironment environment() const
    {
        DumpEnvironment env;
        env.lister = lister();
        env.pathExists = [](const QString &) { return true; };
        return env;
    }

    std::shared_ptr<PortMonitor> monitor;

private:
    void forget(const QString &location)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_ports.erase(std::remove_if(m_ports.begin(), m_ports.end(),
                                     [&](const PortInfo &p) { return p.systemLocation == location; }),
                      m_ports.end());
    }

    FakePortBackend *m_backend = nullptr;
    mutable std::mutex m_mutex;
    QList<PortInfo> m_ports;
    int m_enumerations = 0;
};

// A port as a test writes it: location, and a USB id when vid is non-zero.
inline PortInfo fakePort(const QString &location, quint16 vid = 0, quint16 pid = 0)
{
    PortInfo p;
    p.systemLocation = location;
    p.portName = location.section(QLatin1Char('/'), -1);
    p.hasUsbId = vid != 0;
    p.vendorId = vid;
    p.productId = pid;
    return p;
}
