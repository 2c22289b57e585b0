// SPDX-License-Identifier: Unlicense
// Small helpers shared by the benchmarks: timing, CPU time, targets,
// printing, a GUI-thread stall probe, pty plugs.
#pragma once

#include "virtual/PseudoTerminal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <memory>
#include <vector>

#include <poll.h>
#include <sys/resource.h>
#include <unistd.h>

namespace bench {

// The flag that makes a benchmark re-run itself inside the USB sandbox, and
// the exit code of a child that could not enter it.
constexpr char kSandboxFlag[] = "--usb-sandbox";
constexpr int kSandboxRefused = 3;

inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU time another process has used so far (utime + stime from /proc), -1 if gone.
inline double cpuSecondsOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The command name may hold spaces: fields count from after its ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
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

// How long the "waiting for a phone" figures wait: 60 s unless
// MTREADER_BENCH_WAIT_SECONDS says less for a quick run.
inline int waitSeconds()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("MTREADER_BENCH_WAIT_SECONDS", &ok);
    return ok && s > 0 ? s : 60;
}

// Counts targets missed; the benchmark's exit code.
class Targets
{
public:
    // Prints "ok" or "MISSED" after a figure line.
    bool check(bool met, const QString &what)
    {
        out() << QStringLiteral("  %1: %2\n").arg(met ? QStringLiteral("ok") : QStringLiteral("MISSED"), what);
        out().flush();
        if (!met)
            ++m_missed;
        return met;
    }
    void fail(const QString &why) { check(false, why); }
    int missed() const { return m_missed; }
    int exitCode() const { return m_missed ? 1 : 0; }

private:
    int m_missed = 0;
};

// Reaction times of the runs that worked; a run with no byte is a miss,
// never a value in the median or the worst.
struct Reactions
{
    std::vector<double> ms;
    int missed = 0;

    void add(double v)
    {
        if (v < 0)
            ++missed;
        else
            ms.push_back(v);
    }
    double median() const
    {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    }
    double worst() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }

    // "median 1.2 ms, worst 3.4 ms (20 of 20)" and the two targets checked.
    void report(Targets &targets, const QString &title, double medianTarget = 10, double worstTarget = 30) const
    {
        const int runs = int(ms.size()) + missed;
        out() << QStringLiteral("  %1: port appeared -> first handshake byte: median %2 ms, worst %3 ms "
                                "(%4 of %5 runs answered)\n")
                     .arg(title)
                     .arg(median(), 0, 'f', 2)
                     .arg(worst(), 0, 'f', 2)
                     .arg(ms.size())
                     .arg(runs);
        targets.check(missed == 0, QStringLiteral("%1: every plug-in answered").arg(title));
        targets.check(!ms.empty() && median() <= medianTarget,
                      QStringLiteral("%1: median <= %2 ms").arg(title).arg(medianTarget));
        targets.check(!ms.empty() && worst() <= worstTarget,
                      QStringLiteral("%1: worst <= %2 ms").arg(title).arg(worstTarget));
    }
};

// The longest gap between ticks of a 1 ms timer on the calling thread:
// anything much longer than 1 ms is a stall. Costs CPU itself, so never on
// while CPU is measured.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_worstNs = std::max(m_worstNs, m_sinceTick.nsecsElapsed());
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_sinceTick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return m_worstNs / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_worstNs = 0;
};

// Milliseconds from t0 until the host writes its first byte to master, -1 if
// none comes within limitMs.
inline double firstByteAfter(int master, std::chrono::steady_clock::time_point t0, int limitMs)
{
    pollfd p{master, POLLIN, 0};
    if (poll(&p, 1, limitMs) > 0 && (p.revents & POLLIN))
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return -1;
}

// Makes a pty appear at link the way a phone's port does (a symlink renamed
// into place, so it is openable the moment it exists) and returns how many
// milliseconds pass until the host sends its first byte; -1 if none comes
// within limitMs.
inline double plugPtyAndTimeFirstByte(const QString &link, int limitMs)
{
    const std::unique_ptr<PseudoTerminal> pty = PseudoTerminal::open({false, false});
    if (!pty)
        return -1;
    const auto t0 = std::chrono::steady_clock::now();
    if (!pty->appearAt(link))
        return -1;
    const double result = firstByteAfter(pty->master(), t0, limitMs);
    pty->disappearFrom(link);
    return result;
}

// Runs this benchmark again inside the USB sandbox (a process of its own:
// the sandbox must be entered before any thread), its output passed
// through. Returns its exit code.
inline int runInSandbox(const QString &self)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(self, {QString::fromLatin1(kSandboxFlag)});
    if (!child.waitForStarted() || !child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit)
        return -1;
    return child.exitCode();
}

inline bool wantsSandbox(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], kSandboxFlag) == 0)
            return true;
    }
    return false;
}

} // namespace bench
