// SPDX-License-Identifier: Unlicense
// No folder notifications here: the waiter looks at the path itself.
#include "PathWatch.h"

#include <thread>

PathWatch::PathWatch(const QString &path)
{
    Q_UNUSED(path)
}

PathWatch::~PathWatch() = default;

void PathWatch::waitUntil(std::chrono::steady_clock::time_point until)
{
    std::this_thread::sleep_until(until);
}
