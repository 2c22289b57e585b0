// SPDX-License-Identifier: Unlicense
#include "PortWaiter.h"

#include "Log.h"

#include <QDir>
#include <thread>

using namespace std::chrono;

namespace {
// A stat() every 2 ms is nothing; listing every port costs more, so the
// lister is asked less often. Both stay far inside the 300 ms a BROM waits.
constexpr auto kPathPoll = 2ms;
constexpr auto kListPoll = 15ms;
} // namespace

PortWaiter::PortWaiter(const DumpEnvironment &env, const CancelFlag *cancel)
    : m_env(env), m_cancel(cancel)
{
}

bool PortWaiter::isAuto(const QString &spec)
{
    return spec.isEmpty() || spec.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
}

std::optional<QString> PortWaiter::find(const QString &spec) const
{
    const QList<PortInfo> ports = m_env.lister();
    if (isAuto(spec)) {
        for (const PortInfo &p : ports) {
            if (p.isMediatekBrom())
                return p.systemLocation;
        }
        return std::nullopt;
    }
    for (const PortInfo &p : ports) {
        if (p.systemLocation == spec || p.portName == spec)
            return p.systemLocation;
    }
    if (QDir::isAbsolutePath(spec) && m_env.pathExists(spec))
        return spec;
    return std::nullopt;
}

std::optional<QString> PortWaiter::waitFor(const QString &spec, milliseconds timeout)
{
    const auto start = steady_clock::now();
    const bool pathOnly = !isAuto(spec) && QDir::isAbsolutePath(spec);
    auto nextList = start;
    for (;;) {
        if (m_cancel && m_cancel->load())
            return std::nullopt;
        const auto now = steady_clock::now();
        // A typed path is checked on every turn; the full list less often.
        if (pathOnly && m_env.pathExists(spec)) {
            qCDebug(lcPort) << "port appeared:" << spec;
            return spec;
        }
        if (now >= nextList) {
            if (auto found = find(spec)) {
                qCDebug(lcPort) << "port found:" << *found;
                return found;
            }
            nextList = now + kListPoll;
        }
        if (timeout.count() > 0 && now - start >= timeout)
            return std::nullopt;
        std::this_thread::sleep_for(pathOnly ? kPathPoll : kListPoll);
    }
}
