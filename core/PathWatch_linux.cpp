// SPDX-License-Identifier: Unlicense
#include "PathWatch.h"

#include <QFile>
#include <QFileInfo>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

using namespace std::chrono;

PathWatch::PathWatch(const QString &path)
{
    m_fd = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (m_fd < 0)
        return;
    // A node created, a link renamed into place, permissions granted.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::inotify_add_watch(m_fd, folder.constData(), IN_CREATE | IN_MOVED_TO | IN_ATTRIB) < 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

PathWatch::~PathWatch()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void PathWatch::waitUntil(steady_clock::time_point until)
{
    const auto left = until - steady_clock::now();
    if (left <= steady_clock::duration::zero())
        return;
    // Round up: waking early would only spin.
    const int ms = int(duration_cast<milliseconds>(left + microseconds(999)).count());
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, ms) > 0) {
        char buf[4096];
        while (::read(m_fd, buf, sizeof buf) > 0) {
        }
    }
}
