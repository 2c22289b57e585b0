// SPDX-License-Identifier: Unlicense
#include "PathWatch.h"

#include <QFile>
#include <QFileInfo>
#include <mutex>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>
#include <vector>

using namespace std::chrono;

namespace {
// Closing an inotify descriptor waits for a kernel grace period (12 to 20 ms
// measured), which would fall between seeing the port and opening it. So
// descriptors are kept for the next wait; a watch only adds and removes its
// mark, which is quick.
std::mutex g_poolLock;
std::vector<int> g_pool;

void drain(int fd)
{
    char buf[4096];
    while (::read(fd, buf, sizeof buf) > 0) {}
}

int takeDescriptor()
{
    {
        std::lock_guard<std::mutex> lock(g_poolLock);
        if (!g_pool.empty()) {
            const int fd = g_pool.back();
            g_pool.pop_back();
            return fd;
        }
    }
    return ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
}

void giveBack(int fd)
{
    drain(fd);
    std::lock_guard<std::mutex> lock(g_poolLock);
    g_pool.push_back(fd);
}
} // namespace

PathWatch::PathWatch(const QString &path)
{
    const int fd = takeDescriptor();
    if (fd < 0)
        return;
    // A node created, a link renamed into place, permissions granted.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    m_watch = ::inotify_add_watch(fd, folder.constData(), IN_CREATE | IN_MOVED_TO | IN_ATTRIB);
    if (m_watch < 0) {
        giveBack(fd);
        return;
    }
    m_fd = fd;
}

PathWatch::~PathWatch()
{
    if (m_fd < 0)
        return;
    ::inotify_rm_watch(m_fd, m_watch);
    giveBack(m_fd);
}

void PathWatch::waitUntil(steady_clock::time_point until)
{
    const auto left = until - steady_clock::now();
    if (left <= steady_clock::duration::zero())
        return;
    // Round up: waking early would only spin.
    const int ms = int(duration_cast<milliseconds>(left + microseconds(999)).count());
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, ms) > 0)
        drain(m_fd);
}
