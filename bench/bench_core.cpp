// SPDX-License-Identifier: Unlicense
// Throughput figures of the core against the in-process virtual phone:
// host cost with an instant link, efficiency against a realistic link
// (pipelined and careful), and several phones dumped at once.
#include "BenchUtil.h"
#include "DumpJob.h"
#include "virtual/FlashImage.h"
#include "virtual/VirtualPhoneRack.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <thread>

using namespace std::chrono;
using bench::out;

namespace {
struct ReadTimer : DumpObserver
{
    steady_clock::time_point readStart, readEnd;
    void onEvent(const DumpEvent &e) override
    {
        const auto *stage = std::get_if<DumpEvents::StageChanged>(&e);
        if (!stage)
            return;
        if (stage->stage == Mt::DumpStage::Reading)
            readStart = steady_clock::now();
        else if (readStart != steady_clock::time_point{} && readEnd == steady_clock::time_point{})
            readEnd = steady_clock::now();
    }
    double readSeconds() const { return bench::seconds(readEnd - readStart); }
};

struct Dump
{
    double readSeconds = 0;
    bool ok = false;
    QString error;
};

Dump dumpOnce(const QByteArray &flash, LinkModel link, quint64 length, int depth, const QString &out)
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
    r.outputPath = out;
    r.length = length;
    r.pipelineDepth = depth;
    r.overwrite = true;
    r.portTimeout = seconds(5);
    ReadTimer timer;
    DumpJob job(r, env, &timer);
    Dump d;
    d.ok = job.run();
    d.error = job.error().technicalSummary();
    d.readSeconds = timer.readSeconds();
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

void hostCost(const QString &dir)
{
    const quint64 size = 64ull << 20;
    const QByteArray flash = FlashImage::generate(qint64(size), 1);
    const double cpu0 = bench::cpuSeconds();
    const auto t0 = steady_clock::now();
    const Dump d = dumpOnce(flash, LinkModel::instant(), size, 8, dir + QStringLiteral("/host.bin"));
    const double wall = bench::seconds(steady_clock::now() - t0);
    const double cpu = bench::cpuSeconds() - cpu0;
    out() << "host cost (instant link, in-process phone, 64 MiB, 1 KiB blocks, depth 8)\n";
    if (!d.ok) {
        out() << "  FAILED: " << d.error << "\n";
        return;
    }
    out() << QStringLiteral("  read stage: %1 s = %2 MiB/s (target >= 100 MiB/s)\n")
                 .arg(d.readSeconds, 0, 'f', 3).arg(64 / d.readSeconds, 0, 'f', 1);
    out() << QStringLiteral("  whole job: %1 s wall, %2 s CPU = %3 ms CPU per MiB (phone model included)\n")
                 .arg(wall, 0, 'f', 3).arg(cpu, 0, 'f', 3).arg(cpu * 1000 / 64, 0, 'f', 2);
}

void linkEfficiency(const QString &dir)
{
    const LinkModel link = LinkModel::realistic();
    out() << QStringLiteral("link efficiency (latency %1 us, %2 B/s, 1 KiB blocks)\n")
                 .arg(link.latency.count()).arg(link.bytesPerSecond);
    struct Row { const char *name; quint64 size; int depth; };
    const Row rows[] = {{"pipelined, depth 8, 4 MiB", 4ull << 20, 8},
                        {"pipelined, depth 2, 1 MiB", 1ull << 20, 2},
                        {"careful (depth 1), 1 MiB", 1ull << 20, 1}};
    const QByteArray flash = FlashImage::generate(4 << 20, 2);
    for (const Row &row : rows) {
        const Dump d = dumpOnce(flash, link, row.size, row.depth, dir + QStringLiteral("/link.bin"));
        const double need = linkSeconds(link, row.size, 1024);
        if (!d.ok) {
            out() << "  " << row.name << ": FAILED " << d.error << "\n";
            continue;
        }
        out() << QStringLiteral("  %1: %2 s, link needs %3 s, ratio %4 (target <= 1.05 pipelined)\n")
                     .arg(QLatin1String(row.name)).arg(d.readSeconds, 0, 'f', 3).arg(need, 0, 'f', 3)
                     .arg(d.readSeconds / need, 0, 'f', 3);
    }
}

void concurrency(const QString &dir)
{
    out() << "several phones at once (realistic link, 1 MiB each, one thread per dump)\n";
    const QByteArray flash = FlashImage::generate(1 << 20, 3);
    double single = 0;
    for (int n : {1, 2, 4}) {
        std::vector<std::thread> threads;
        std::vector<Dump> results(static_cast<size_t>(n));
        const auto t0 = steady_clock::now();
        for (int i = 0; i < n; ++i)
            threads.emplace_back([&, i] {
                results[size_t(i)] = dumpOnce(flash, LinkModel::realistic(), 1 << 20, 8,
                                              dir + QStringLiteral("/c%1.bin").arg(i));
            });
        for (auto &t : threads)
            t.join();
        const double wall = bench::seconds(steady_clock::now() - t0);
        const bool ok = std::all_of(results.begin(), results.end(), [](const Dump &d) { return d.ok; });
        const double total = n / wall; // MiB/s
        if (n == 1)
            single = total;
        out() << QStringLiteral("  %1 phone(s): %2 s, %3 MiB/s total, scaling %4x%5\n")
                     .arg(n).arg(wall, 0, 'f', 3).arg(total, 0, 'f', 3).arg(total / single, 0, 'f', 2)
                     .arg(ok ? QString() : QStringLiteral(" (A DUMP FAILED)"));
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    out() << "mtreader-bench-core: " << QCoreApplication::arguments().join(QLatin1Char(' ')) << "\n";
    out().flush();
    hostCost(dir.path());
    out().flush();
    linkEfficiency(dir.path());
    out().flush();
    concurrency(dir.path());
    return 0;
}
