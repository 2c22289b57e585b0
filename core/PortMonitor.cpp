// SPDX-License-Identifier: Unlicense
#include "PortMonitor.h"

#include "Log.h"
#include "PortMonitorBackend.h"

#include <QCoreApplication>

using namespace std::chrono;

namespace {
// Enough for every port one plug-in can bring; a waiter looks only at
// arrivals since it last woke.
constexpr size_t kKeptArrivals = 32;
// A backend lists as soon as it has subscribed; this only bounds a broken one.
constexpr auto kFirstListWait = 10s;

void stopSystemMonitor()
{
    PortMonitor::system()->stop();
}
} // namespace

class PortMonitor::Events final : public PortEvents
{
public:
    explicit Events(PortMonitor &monitor) : m_monitor(monitor) {}
    void portEvent(const PortInfo *arrival) override { m_monitor.noteEvent(arrival); }
    void portLeft(const QString &systemLocation) override { m_monitor.noteDeparture(systemLocation); }
    void listNow() override { m_monitor.listNow(); }

private:
    PortMonitor &m_monitor;
};

PortMonitor::PortMonitor(std::unique_ptr<PortMonitorBackend> backend, Enumerator enumerate)
    : m_backend(std::move(backend)), m_events(std::make_unique<Events>(*this)), m_enumerate(std::move(enumerate))
{}

PortMonitor::~PortMonitor()
{
    stop();
}

std::shared_ptr<PortMonitor> PortMonitor::system()
{
    static const std::shared_ptr<PortMonitor> monitor = [] {
        auto m = std::make_shared<PortMonitor>(PortMonitorBackend::createForSystem(), enumerateSerialPorts);
        // Its thread must be gone before Qt's own globals (which listing
        // uses) are torn down at exit.
        if (QCoreApplication *app = QCoreApplication::instance()) {
            m->moveToThread(app->thread());
            qAddPostRoutine(stopSystemMonitor);
        }
        return m;
    }();
    return monitor;
}

void PortMonitor::start()
{
    std::call_once(m_startOnce, [this] {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_stopped)
            m_thread = std::thread([this] { run(); });
    });
}

void PortMonitor::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopped)
            return;
        m_stopped = true;
    }
    m_changed.notify_all();
    m_backend->stop();
    // After m_stopped no thread can start; one that did is joined here.
    std::call_once(m_startOnce, [] {});
    if (m_thread.joinable())
        m_thread.join();
}

void PortMonitor::run()
{
    qCDebug(lcPort) << "port monitor started:" << m_backend->name();
    m_backend->run(*m_events);
    qCDebug(lcPort) << "port monitor stopped";
}

void PortMonitor::noteEvent(const PortInfo *arrival)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        ++m_generation;
        if (arrival) {
            m_arrivals.emplace_back(m_generation, *arrival);
            if (m_arrivals.size() > kKeptArrivals)
                m_arrivals.pop_front();
        }
    }
    m_changed.notify_all();
}

void PortMonitor::noteDeparture(const QString &systemLocation)
{
    bool listed = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        ++m_generation;
        const qsizetype before = m_ports.size();
        m_ports.removeIf([&](const PortInfo &p) { return p.systemLocation == systemLocation; });
        listed = m_ports.size() != before;
    }
    m_changed.notify_all();
    if (listed) {
        qCDebug(lcPort) << "port left:" << systemLocation;
        emit portsListed();
    }
}

void PortMonitor::listNow()
{
    // Outside the lock: waiters and the GUI thread keep the old list meanwhile.
    const QList<PortInfo> now = m_enumerate();
    bool differs = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        differs = m_lists == 0 || now != m_ports;
        ++m_lists;
        if (differs) {
            m_ports = now;
            ++m_generation;
        }
    }
    m_changed.notify_all();
    if (differs) {
        qCDebug(lcPort) << "ports listed:" << now.size();
        emit portsListed();
    }
}

QList<PortInfo> PortMonitor::ports()
{
    start();
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait_for(lock, kFirstListWait, [this] { return m_lists > 0 || m_stopped; });
    return m_ports;
}

quint64 PortMonitor::generation()
{
    start();
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_generation;
}

quint64 PortMonitor::waitForChange(quint64 seen, Clock::time_point until)
{
    start();
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait_until(lock, until, [&] { return m_generation != seen || m_stopped; });
    return m_generation;
}

QList<PortInfo> PortMonitor::arrivalsSince(quint64 after) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    QList<PortInfo> out;
    for (const auto &[generation, port] : m_arrivals) {
        if (generation > after)
            out.append(port);
    }
    return out;
}

QString PortMonitor::source() const
{
    return m_backend->name();
}

int PortMonitor::listCount() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_lists;
}
