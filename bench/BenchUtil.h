// SPDX-License-Identifier: Unlicense
// Small helpers shared by the benchmarks: timing, CPU time, printing.
#pragma once

#include <QString>
#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <vector>

#include <sys/resource.h>

namespace bench {

inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline double seconds(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace bench
