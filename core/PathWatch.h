// SPDX-License-Identifier: Unlicense
// Wakes a blocking wait when the folder a typed port path lives in changes
// (a node or a symlink appears), so waiting for /dev/ttyUSB0 or a pty link
// costs nothing between changes. inotify on Linux (PathWatch_linux.cpp);
// elsewhere it is inactive and the waiter looks at the path every few ms.
#pragma once

#include <QString>
#include <chrono>

class PathWatch
{
public:
    explicit PathWatch(const QString &path);
    ~PathWatch();
    PathWatch(const PathWatch &) = delete;
    PathWatch &operator=(const PathWatch &) = delete;

    // False when the folder cannot be watched (it does not exist, or the
    // system has no such notifications).
    bool isActive() const { return m_fd >= 0; }
    // Returns when the folder changed or at until, whichever comes first.
    void waitUntil(std::chrono::steady_clock::time_point until);

private:
    int m_fd = -1;
    int m_watch = -1;
};
