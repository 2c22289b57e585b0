// SPDX-License-Identifier: Unlicense
// Small helpers shared by the benchmarks: timing, CPU time, printing.
#pragma once

#include <QFile>
#include <QString>
#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

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

// Makes a pty appear at link the way a phone's port does (a symlink renamed
// into place, so it is openable the moment it exists) and returns how many
// milliseconds pass until the host sends its first byte; -1 if none comes
// within limitMs.
inline double plugPtyAndTimeFirstByte(const QString &link, int limitMs)
{
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0)
        return -1;
    grantpt(master);
    unlockpt(master);
    termios tio{};
    tcgetattr(master, &tio);
    cfmakeraw(&tio);
    tcsetattr(master, TCSANOW, &tio);
    const QByteArray tmp = QFile::encodeName(link + QStringLiteral(".new"));
    ::unlink(tmp.constData());
    double result = -1;
    if (::symlink(ptsname(master), tmp.constData()) == 0) {
        const auto t0 = std::chrono::steady_clock::now();
        ::rename(tmp.constData(), QFile::encodeName(link).constData());
        pollfd p{master, POLLIN, 0};
        if (poll(&p, 1, limitMs) > 0 && (p.revents & POLLIN))
            result = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        ::unlink(QFile::encodeName(link).constData());
    }
    ::close(master);
    return result;
}

} // namespace bench
