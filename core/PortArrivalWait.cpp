// SPDX-License-Identifier: Unlicense
#include "PortArrivalWait.h"

#include "Log.h"
#include "PathWatch.h"
#include "PortMonitor.h"

#include <QDir>
#include <algorithm>
#include <memory>
#include <thread>

using namespace std::chrono;

namespace {
// How often a list of one's own is asked again: nothing announces it, and it
// is cheap (a mutex and a copy), far inside the 300 ms a BROM waits.
constexpr auto kOwnListPoll = 15ms;
// A typed path where the folder cannot be watched: a stat() is nothing.
constexpr auto kPathPoll = 2ms;
// Otherwise the wait wakes only for changes, and this often to notice a
// cancel (the flag is a bare atomic that cannot wake anyone).
constexpr auto kCancelPoll = 50ms;
} // namespace

PortArrivalWait::PortArrivalWait(const DumpEnvironment &env, const CancelFlag *cancel) : m_env(env), m_cancel(cancel) {}

bool PortArrivalWait::isAuto(const QString &spec)
{
    return spec.isEmpty() || spec.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
}

bool PortArrivalWait::matches(const QString &spec, const PortInfo &port)
{
    if (isAuto(spec))
        return port.isMediatekBrom();
    return port.systemLocation == spec || port.portName == spec;
}

std::optional<QString> PortArrivalWait::find(const QString &spec) const
{
    const QList<PortInfo> ports = m_env.lister();
    for (const PortInfo &p : ports) {
        if (matches(spec, p) && !hasJustLeft(p))
            return p.systemLocation;
    }
    if (!isAuto(spec) && QDir::isAbsolutePath(spec) && m_env.pathExists(spec))
        return spec;
    return std::nullopt;
}

bool PortArrivalWait::hasJustLeft(const PortInfo &port) const
{
    // The system's list follows the events: a phone unplugged a moment ago
    // may still be on it, and opening it would only fail. Take only a node
    // that is there. (A list of one's own says what it means.)
    const auto &monitor = m_env.lister.monitor();
    if (!monitor || !QDir::isAbsolutePath(port.systemLocation) || m_env.pathExists(port.systemLocation))
        return false;
    const QList<PortInfo> system = monitor->ports();
    return std::any_of(system.cbegin(), system.cend(),
                       [&](const PortInfo &p) { return p.systemLocation == port.systemLocation; });
}

std::optional<QString> PortArrivalWait::waitFor(const QString &spec, milliseconds timeout)
{
    const auto start = steady_clock::now();
    const auto deadline = timeout.count() > 0 ? start + timeout : steady_clock::time_point::max();
    const bool typedPath = !isAuto(spec) && QDir::isAbsolutePath(spec);
    PortMonitor *monitor = m_env.lister.monitor().get();
    // Taken before the first look, so a change after it always wakes us.
    quint64 seen = monitor ? monitor->generation() : 0;
    std::unique_ptr<PathWatch> pathWatch;
    if (typedPath)
        pathWatch = std::make_unique<PathWatch>(spec);
    const bool watched = typedPath && pathWatch->isActive();
    // Where the folder cannot be watched (macOS, Windows), a node in /dev
    // still comes with the monitor's event; anything else is looked at.
    const bool looked = typedPath && !watched && !(monitor && spec.startsWith(QLatin1String("/dev/")));

    for (;;) {
        if (m_cancel && m_cancel->load())
            return std::nullopt;
        if (auto found = find(spec)) {
            qCDebug(lcPort) << "port found:" << *found;
            return found;
        }
        const auto now = steady_clock::now();
        if (now >= deadline)
            return std::nullopt;
        auto slice = m_env.lister.ownPartIsLive() ? milliseconds(kOwnListPoll) : milliseconds(kCancelPoll);
        if (looked)
            slice = kPathPoll;
        const auto wake = deadline - now < slice ? deadline : now + slice;

        if (watched) {
            // Whatever the system lists exists as a path: the folder says it all.
            pathWatch->waitUntil(wake);
        } else if (monitor) {
            const quint64 before = seen;
            seen = monitor->waitForChange(seen, wake);
            // The event itself may already name the phone: no need to wait
            // for the list (on Linux about 12 ms with 66 ttys).
            const QList<PortInfo> arrived = monitor->arrivalsSince(before);
            for (const PortInfo &p : arrived) {
                if (matches(spec, p)) {
                    qCDebug(lcPort) << "port arrived:" << p.systemLocation;
                    return p.systemLocation;
                }
            }
        } else {
            // Nothing announces a list of one's own: ask it again soon.
            std::this_thread::sleep_until(wake);
        }
    }
}
