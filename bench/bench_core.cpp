// SPDX-License-Identifier: Unlicense
// Throughput figures of the core against the in-process virtual phone: host
// cost with an instant link, the flash phase against the link's own time
// over slow and fast links, small transmit and receive buffers, and several
// phones dumped at once. Every figure says the command that gives it alone
// and its target; a missed target or a failed dump makes the exit status 1.
#include "BenchUtil.h"
#include "DumpJob.h"
#include "identity/DumpIdentity.h"
#include "virtual/FlashImage.h"
#include "virtual/VirtualPhoneRack.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>
#include <thread>
#include <utility>

using namespace std::chrono;
using bench::out;

namespace {
struct Watcher : DumpObserver
{
    steady_clock::time_point readStart, readEnd;
    // The size probe (its log line to the range it gives) and the look at
    // what was read (the last block's progress to the firmware line).
    steady_clock::time_point probeStart, probeEnd, lastProgress, identified;
    QStringList linkLines; // what the reader measured and chose
    int notices = 0;
    void onEvent(const DumpEvent &e) override
    {
        const auto now = steady_clock::now();
        if (const auto *log = std::get_if<DumpEvents::Log>(&e)) {
            if (log->line.startsWith(QLatin1String("link:")))
                linkLines << log->line;
            if (log->line.startsWith(QLatin1String("finding the flash size")))
                probeStart = now;
            if (log->line.startsWith(QLatin1String("firmware")))
                identified = now;
            notices += log->notice ? 1 : 0;
        }
        if (std::holds_alternative<DumpEvents::RangeSized>(e))
            probeEnd = now;
        if (std::holds_alternative<DumpEvents::Progress>(e))
            lastProgress = now;
        const auto *stage = std::get_if<DumpEvents::StageChanged>(&e);
        if (!stage)
            return;
        if (stage->stage == Mt::DumpStage::Reading)
            readStart = steady_clock::now();
        else if (readStart != steady_clock::time_point{} && readEnd == steady_clock::time_point{})
            readEnd = steady_clock::now();
    }
};

struct Dump
{
    double readSeconds = 0;
    double jobSeconds = 0; // the whole job, port to reset
    double probeSeconds = 0;
    double identifySeconds = 0;
    bool ok = false; // finished and the file is the flash, byte for byte
    QString error;
    QString link;
    int retries = 0;
    int notices = 0;
};

Dump dumpOnce(const QByteArray &flash, LinkModel link, quint64 length, int depth, const QString &path,
              const std::function<void(DumpRequest &)> &adjust = {})
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    VirtualPhoneConfig config = VirtualPhoneConfig::mt6261();
    config.flash = flash;
    config.link = link;
    config.hasBattery = true;
    rack->plugIn(config);
    DumpEnvironment env;
    env.lister = [rack] { return rack->ports(); };
    env.opener = [rack](const QString &l, DumpError &e) { return rack->open(l, e); };
    DumpRequest r;
    r.outputPath = path;
    r.length = length;
    r.pipelineDepth = depth;
    r.overwrite = true;
    r.portTimeout = seconds(5);
    if (adjust)
        adjust(r);
    Watcher watcher;
    DumpJob job(r, env, &watcher);
    Dump d;
    const auto t0 = steady_clock::now();
    d.ok = job.run();
    d.jobSeconds = bench::seconds(steady_clock::now() - t0);
    if (watcher.probeStart != steady_clock::time_point{})
        d.probeSeconds = bench::seconds(watcher.probeEnd - watcher.probeStart);
    if (watcher.identified != steady_clock::time_point{})
        d.identifySeconds = bench::seconds(watcher.identified - watcher.lastProgress);
    d.error = job.error().technicalSummary();
    d.readSeconds = bench::seconds(watcher.readEnd - watcher.readStart);
    d.link = watcher.linkLines.join(QLatin1String(" / "));
    d.retries = job.result().retries;
    d.notices = watcher.notices;
    if (d.ok) {
        QFile f(path);
        d.ok = f.open(QIODevice::ReadOnly) && f.readAll() == flash.left(qsizetype(length));
        if (!d.ok)
            d.error = QStringLiteral("the file differs from the flash");
    }
    QFile::remove(path);
    QFile::remove(DumpTarget(path).partialPath()); // a failed case leaves nothing for the next
    QFile::remove(DumpTarget(path).sidecarPath());
    return d;
}

// What the link alone needs: every byte the phone sends for the READ32s
// (echo 9, status 2, data, status 2 per block) at the link's bandwidth.
double linkSeconds(LinkModel link, quint64 length, quint32 block)
{
    const quint64 blocks = (length + block - 1) / block;
    const double bytes = double(length + blocks * 13);
    return bytes / double(link.bytesPerSecond) + 2 * duration<double>(link.latency).count();
}

struct Bench
{
    QString dir;
    QStringList only; // --case names; empty: all
    QStringList ran;
    int missed = 0;

    bool wanted(const QString &name)
    {
        if (!only.isEmpty() && !only.contains(name))
            return false;
        ran << name;
        return true;
    }
    void verdict(bool met)
    {
        out() << (met ? "  target met\n" : "  TARGET MISSED\n");
        missed += met ? 0 : 1;
        out().flush();
    }
    static void command(const QString &name) { out() << "  command: mtreader-bench-core --case " << name << "\n"; }
};

void hostCost(Bench &b)
{
    const QString name = QStringLiteral("host-cost");
    if (!b.wanted(name))
        return;
    const quint64 size = 64ull << 20;
    const QByteArray flash = FlashImage::generate(qint64(size), 1);
    const double cpu0 = bench::cpuSeconds();
    const auto t0 = steady_clock::now();
    const Dump d = dumpOnce(flash, LinkModel::instant(), size, DumpDefaults::kAutoDepth,
                            b.dir + QStringLiteral("/host.bin"));
    const double wall = bench::seconds(steady_clock::now() - t0);
    const double cpu = bench::cpuSeconds() - cpu0;
    out() << "host cost: instant link, in-process phone, 64 MiB, 1 KiB blocks, automatic depth\n";
    Bench::command(name);
    if (!d.ok) {
        out() << "  FAILED: " << d.error << "\n";
        b.verdict(false);
        return;
    }
    const double rate = 64 / d.readSeconds;
    out() << QStringLiteral("  flash phase: %1 s = %2 MiB/s (target >= 100 MiB/s); %3\n")
                 .arg(d.readSeconds, 0, 'f', 3)
                 .arg(rate, 0, 'f', 1)
                 .arg(d.link);
    out() << QStringLiteral("  whole job: %1 s wall, %2 s CPU = %3 ms CPU per MiB (phone model included)\n")
                 .arg(wall, 0, 'f', 3)
                 .arg(cpu, 0, 'f', 3)
                 .arg(cpu * 1000 / 64, 0, 'f', 2);
    b.verdict(rate >= 100);
}

struct LinkCase
{
    const char *name;
    const char *what;
    LinkModel link;
    quint64 size;
    int depth;
    double target; // flash phase / link time at most this; 0: a reference without a target
};

LinkModel link(int latencyUs, qint64 bytesPerSecond, qsizetype maxTransfer = LinkModel::kDefaultMaxTransfer,
               qsizetype rxLimit = 0)
{
    LinkModel m;
    m.latency = microseconds(latencyUs);
    m.bytesPerSecond = bytesPerSecond;
    m.maxTransfer = maxTransfer;
    m.rxLimit = rxLimit;
    return m;
}

void linkCases(Bench &b)
{
    constexpr quint64 k4MiB = 4ull << 20;
    constexpr int kAuto = DumpDefaults::kAutoDepth;
    const LinkCase cases[] = {
        {"link-0.125ms", "0.125 ms each way, 1 MB/s", link(125, 1000000), k4MiB, kAuto, 1.02},
        {"link-0.5ms", "0.5 ms each way, 1 MB/s", link(500, 1000000), k4MiB, kAuto, 1.02},
        {"link-1ms", "1 ms each way, 1 MB/s", link(1000, 1000000), k4MiB, kAuto, 1.02},
        {"link-2ms", "2 ms each way, 1 MB/s", link(2000, 1000000), k4MiB, kAuto, 1.02},
        {"link-4ms", "4 ms each way, 1 MB/s", link(4000, 1000000), k4MiB, kAuto, 1.02},
        {"link-8ms", "8 ms each way, 1 MB/s", link(8000, 1000000), k4MiB, kAuto, 1.02},
        {"rate-0.25", "0.5 ms each way, 0.25 MB/s", link(500, 250000), k4MiB, kAuto, 1.02},
        {"rate-1.2", "0.5 ms each way, 1.2 MB/s", link(500, 1200000), k4MiB, kAuto, 1.02},
        {"tx-64", "1 ms each way, 1 MB/s, answers in 64-byte transfers", link(1000, 1000000, 64), k4MiB, kAuto, 1.02},
        {"tx-512", "1 ms each way, 1 MB/s, answers in 512-byte transfers", link(1000, 1000000, 512), k4MiB, kAuto,
         1.02},
        {"rx-64", "1 ms each way, 1 MB/s, the phone drops host bytes beyond 64 waiting",
         link(1000, 1000000, LinkModel::kDefaultMaxTransfer, 64), k4MiB, kAuto, 1.25},
        {"rx-64-4ms", "4 ms each way, 1 MB/s, the phone drops host bytes beyond 64 waiting",
         link(4000, 1000000, LinkModel::kDefaultMaxTransfer, 64), k4MiB, kAuto, 1.25},
        // A reference: forced deeper than the phone takes, it faults until the
        // ceiling is low enough, and a command cut short in its receive
        // buffer can make it read a garbled count (55 MB at 1 MB/s).
        {"rx-64-forced", "as rx-64, with --pipeline 32: deeper than that phone takes",
         link(1000, 1000000, LinkModel::kDefaultMaxTransfer, 64), k4MiB, 32, 0},
        {"careful-1ms", "1 ms each way, 1 MB/s, careful mode (--careful), 1 MiB", link(1000, 1000000), 1ull << 20,
         DumpDefaults::kCarefulDepth, 0},
    };
    const QByteArray flash = FlashImage::generate(qint64(k4MiB), 2);
    bool first = true;
    for (const LinkCase &c : cases) {
        const QString name = QLatin1String(c.name);
        if (!b.wanted(name))
            continue;
        if (std::exchange(first, false))
            out() << "flash phase / link time: 1 KiB blocks, the link time counts every byte the phone sends\n";
        const Dump d = dumpOnce(flash, c.link, c.size, c.depth, b.dir + QStringLiteral("/%1.bin").arg(name));
        const double need = linkSeconds(c.link, c.size, DumpDefaults::kBlockSize);
        out() << "  " << name << ": " << c.what << "\n";
        Bench::command(name);
        if (!d.ok) {
            out() << "  FAILED: " << d.error << "\n";
            b.verdict(false);
            continue;
        }
        const double ratio = d.readSeconds / need;
        out() << QStringLiteral("  %1 s, link needs %2 s, ratio %3 (%4); %5 retries; %6\n")
                     .arg(d.readSeconds, 0, 'f', 3)
                     .arg(need, 0, 'f', 3)
                     .arg(ratio, 0, 'f', 3)
                     .arg(c.target > 0 ? QStringLiteral("target <= %1").arg(c.target, 0, 'f', 2)
                                       : QStringLiteral("no target"))
                     .arg(d.retries)
                     .arg(d.link);
        if (c.target > 0)
            b.verdict(ratio <= c.target);
        else
            out().flush();
    }
}

void identifyTheBiggestFlash(Bench &b, double probeSeconds);

// What finding the size and looking at the dump add to a whole-flash dump
// at USB full speed, beside the same dump of a range given in full with
// neither (--no-report). Whole jobs, alternating, the median of each.
void identityCost(Bench &b)
{
    const QString name = QStringLiteral("identity-cost");
    if (!b.wanted(name))
        return;
    constexpr int kRuns = 3;
    const quint64 size = 4ull << 20;
    const QByteArray flash = FlashImage::generate(qint64(size), 4);
    out() << "size probe and identification: a 4 MiB flash, 1 ms each way, 1 MB/s, whole jobs, median of " << kRuns
          << "\n";
    Bench::command(name);
    QList<double> with, without, probe, identify;
    for (int i = 0; i < kRuns; ++i) {
        const Dump whole = dumpOnce(flash, LinkModel::realistic(), size, DumpDefaults::kAutoDepth,
                                    b.dir + QStringLiteral("/whole.bin"), [](DumpRequest &r) { r.wholeFlash = true; });
        const Dump bare = dumpOnce(flash, LinkModel::realistic(), size, DumpDefaults::kAutoDepth,
                                   b.dir + QStringLiteral("/bare.bin"), [](DumpRequest &r) { r.identify = false; });
        if (!whole.ok || !bare.ok || whole.probeSeconds <= 0 || whole.identifySeconds <= 0 || bare.probeSeconds > 0) {
            out() << "  FAILED: " << (whole.ok ? bare.error : whole.error)
                  << (whole.ok && bare.ok ? QStringLiteral("a phase was not seen where it should be") : QString())
                  << "\n";
            b.verdict(false);
            return;
        }
        with << whole.jobSeconds;
        without << bare.jobSeconds;
        probe << whole.probeSeconds;
        identify << whole.identifySeconds;
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double added = median(with) - median(without);
    out() << QStringLiteral("  whole flash, size found and dump identified: %1 s; the same range given, neither: "
                            "%2 s\n")
                 .arg(median(with), 0, 'f', 3)
                 .arg(median(without), 0, 'f', 3);
    out() << QStringLiteral("  added: %1 ms (target <= 150 ms); of it the probe %2 ms, identification %3 ms\n")
                 .arg(added * 1000, 0, 'f', 1)
                 .arg(median(probe) * 1000, 0, 'f', 1)
                 .arg(median(identify) * 1000, 0, 'f', 1);
    b.verdict(added <= 0.150);
    identifyTheBiggestFlash(b, median(probe));
}

// The biggest flash an MT626x has: the look at what it holds grows with the
// size, the probe does not.
void identifyTheBiggestFlash(Bench &b, double probeSeconds)
{
    constexpr int kRuns = 3;
    const QString big = b.dir + QStringLiteral("/16MiB.bin");
    {
        QFile f(big);
        if (!f.open(QIODevice::WriteOnly) || f.write(FlashImage::generate(16 << 20, 5)) != (16 << 20)) {
            out() << "  FAILED: cannot write " << big << "\n";
            b.verdict(false);
            return;
        }
    }
    QList<double> bigTimes;
    for (int i = 0; i < kRuns; ++i) {
        const auto t0 = steady_clock::now();
        QString why;
        const bool ok = DumpIdentity::ofFile(big, 0, FlashSize{}, &why).has_value();
        bigTimes << bench::seconds(steady_clock::now() - t0);
        if (!ok) {
            out() << "  FAILED: the 16 MiB dump could not be identified\n";
            b.verdict(false);
            return;
        }
    }
    QFile::remove(big);
    std::sort(bigTimes.begin(), bigTimes.end());
    const double identifySeconds = bigTimes.at(bigTimes.size() / 2);
    const double bigAdded = probeSeconds + identifySeconds;
    out() << QStringLiteral("  16 MiB: identification %1 ms; with the probe %2 ms (target <= 150 ms)\n")
                 .arg(identifySeconds * 1000, 0, 'f', 1)
                 .arg(bigAdded * 1000, 0, 'f', 1);
    b.verdict(bigAdded <= 0.150);
}

void concurrency(Bench &b)
{
    const QString name = QStringLiteral("phones");
    if (!b.wanted(name))
        return;
    out() << "several phones at once: 1 ms each way, 1 MB/s, 1 MiB each, one thread per dump, whole jobs\n";
    Bench::command(name);
    const QByteArray flash = FlashImage::generate(1 << 20, 3);
    double single = 0;
    for (int n : {1, 2, 4}) {
        std::vector<std::thread> threads;
        std::vector<Dump> results(static_cast<size_t>(n));
        const auto t0 = steady_clock::now();
        for (int i = 0; i < n; ++i)
            threads.emplace_back([&, i] {
                results[size_t(i)] = dumpOnce(flash, LinkModel::realistic(), 1 << 20, DumpDefaults::kAutoDepth,
                                              b.dir + QStringLiteral("/c%1.bin").arg(i));
            });
        for (auto &t : threads)
            t.join();
        const double wall = bench::seconds(steady_clock::now() - t0);
        const auto failed = std::count_if(results.begin(), results.end(), [](const Dump &d) { return !d.ok; });
        if (failed > 0) {
            // A failed dump is a miss, never a throughput figure.
            out() << QStringLiteral("  %1 phone(s): %2 DUMP(S) FAILED: %3\n")
                         .arg(n)
                         .arg(failed)
                         .arg(std::find_if(results.begin(), results.end(), [](const Dump &d) { return !d.ok; })->error);
            b.verdict(false);
            continue;
        }
        const double total = n / wall; // MiB/s
        if (n == 1)
            single = total;
        const double scaling = single > 0 ? total / single : 0;
        out() << QStringLiteral("  %1 phone(s): %2 s, %3 MiB/s total, scaling %4x (target >= %5x)\n")
                     .arg(n)
                     .arg(wall, 0, 'f', 3)
                     .arg(total, 0, 'f', 3)
                     .arg(scaling, 0, 'f', 2)
                     .arg(0.9 * n, 0, 'f', 1);
        b.verdict(single > 0 && scaling >= 0.9 * n);
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Bench b;
    b.dir = dir.path();
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args.at(i) == QLatin1String("--case"))
            b.only << args.at(++i);
    out() << "mtreader-bench-core: " << args.join(QLatin1Char(' ')) << "\n";
    out().flush();
    hostCost(b);
    linkCases(b);
    identityCost(b);
    concurrency(b);
    for (const QString &name : std::as_const(b.only)) {
        if (!b.ran.contains(name)) {
            out() << "no case named " << name << "\n";
            ++b.missed;
        }
    }
    out() << (b.missed == 0 ? QStringLiteral("all targets met\n")
                            : QStringLiteral("%1 target(s) missed\n").arg(b.missed));
    return b.missed == 0 ? 0 : 1;
}
