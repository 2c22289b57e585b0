// SPDX-License-Identifier: Unlicense
// Figures for the window as a user meets it: how little CPU it takes while
// it waits for a phone, how fast it catches a phone whose port just
// appeared (through the real system lister: Qt's enumeration in the USB
// sandbox, and a typed path), how long the GUI thread stalls meanwhile, and
// how smooth it stays while a dump runs. Exits 1 when a target is missed.
#include "BenchUtil.h"
#include "MainWindow.h"
#include "PortPicker.h"
#include "Settings.h"
#include "support/GuiTestUtil.h"
#include "virtual/FlashImage.h"
#include "virtual/VirtualPhoneRack.h"

#ifdef MTREADER_HAVE_USB_SANDBOX
#include "support/UsbSandbox.h"
#endif

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <functional>
#include <future>
#include <thread>

using namespace std::chrono;
using bench::out;

namespace {
// The event loop alone for ms: no polling of our own, so CPU time is the window's.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool runUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        runFor(1);
    return done();
}

QPushButton *button(MainWindow &window, const char *name)
{
    return window.findChild<QPushButton *>(QLatin1String(name));
}

bool startWaiting(MainWindow &window, const QString &spec)
{
    window.findChild<PortPicker *>()->setPortSpec(spec);
    QTest::mouseClick(button(window, "dumpButton"), Qt::LeftButton);
    return runUntil([&] { return guitest::pageOf(window) == QLatin1String("waitingPanel"); }, 10000);
}

bool cancelAndWait(MainWindow &window)
{
    QTest::mouseClick(button(window, "cancelButton"), Qt::LeftButton);
    return runUntil([&] { return button(window, "dumpButton")->isEnabled(); }, 20000);
}

void idle(bench::Targets &targets, const QString &spec, const QString &what)
{
    const int secs = bench::waitSeconds();
    MainWindow window; // the real system lister and serial ports
    window.show();
    if (!startWaiting(window, spec)) {
        targets.fail(QStringLiteral("the window did not start waiting"));
        return;
    }
    runFor(500); // its first list made, as a user would see it
    const double cpu0 = bench::cpuSeconds();
    const auto t0 = steady_clock::now();
    runFor(secs * 1000);
    const double cpu = bench::cpuSeconds() - cpu0;
    const double wall = bench::seconds(steady_clock::now() - t0);
    cancelAndWait(window);
    const double share = 100 * cpu / wall;
    out() << QStringLiteral("idle: window (offscreen), Dump on %1, waiting %2 s for a phone\n")
                 .arg(spec)
                 .arg(wall, 0, 'f', 1);
    out() << QStringLiteral("  CPU %1 s of %2 s = %3% of one core\n")
                 .arg(cpu, 0, 'f', 2)
                 .arg(wall, 0, 'f', 1)
                 .arg(share, 0, 'f', 2);
    targets.check(share <= 1.0, QStringLiteral("%1: <= 1% of one core").arg(what));
}

// The GUI thread's longest stalls: while it waits, and from the port's
// arrival until the window shows the dump under way.
struct Stalls
{
    bench::StallProbe waiting;
    bench::StallProbe arrival;
};

// plug() runs on another thread: it makes the port appear, calls measured()
// with the milliseconds to the first byte (-1 for none), and keeps the port
// until keep is ready.
using Plug = std::function<void(const std::function<void(double)> &measured, std::shared_future<void> keep)>;

// Twenty plug-ins while the window waits on spec.
void plugTwenty(MainWindow &window, const QString &spec, bench::Reactions &r, Stalls &stalls, const Plug &plug)
{
    for (int i = 0; i < 20; ++i) {
        if (!startWaiting(window, spec)) {
            r.add(-1);
            continue;
        }
        // Plugged in once it waits, as a user would; a longer wait on the first.
        stalls.waiting.start();
        runFor(i == 0 ? 3000 : 50 + 13 * i % 70);
        stalls.waiting.stop();
        stalls.arrival.start();
        std::promise<void> release;
        std::atomic<bool> done{false};
        double ms = -1;
        std::thread plugger([&, keep = release.get_future().share()] {
            plug(
                [&](double v) {
                    ms = v;
                    done = true;
                },
                keep);
        });
        runUntil([&] { return done.load(); }, 10000);
        runFor(100); // the list follows, the window changes page
        stalls.arrival.stop();
        cancelAndWait(window);
        release.set_value();
        plugger.join();
        r.add(ms);
    }
}

void report(bench::Targets &targets, const QString &title, const bench::Reactions &r, const Stalls &stalls)
{
    r.report(targets, title);
    out() << QStringLiteral("  %1: longest GUI-thread stall while waiting %2 ms; from the port's arrival to the "
                            "dump under way %3 ms\n")
                 .arg(title)
                 .arg(stalls.waiting.worstMs(), 0, 'f', 2)
                 .arg(stalls.arrival.worstMs(), 0, 'f', 2);
    targets.check(stalls.waiting.worstMs() <= 16,
                  QStringLiteral("%1: GUI-thread stall while waiting <= 16 ms").arg(title));
    targets.check(stalls.arrival.worstMs() <= 16,
                  QStringLiteral("%1: GUI-thread stall as the port arrives <= 16 ms").arg(title));
}

void reactionTypedPath(bench::Targets &targets, const QString &dir)
{
    const QString link = dir + QStringLiteral("/phone");
    MainWindow window;
    window.show();
    bench::Reactions r;
    Stalls stalls;
    plugTwenty(window, link, r, stalls, [&link](const std::function<void(double)> &measured, std::shared_future<void>) {
        measured(bench::plugPtyAndTimeFirstByte(link, 3000));
    });
    out() << "reaction: window (offscreen), Dump on a typed path, then a pty appears there (20 times)\n";
    report(targets, QStringLiteral("typed path"), r, stalls);
}

#ifdef MTREADER_HAVE_USB_SANDBOX
int reactionAutomatic()
{
    bench::Targets targets;
    MainWindow window;
    window.show();
    bench::Reactions r;
    Stalls stalls;
    plugTwenty(window, QStringLiteral("auto"), r, stalls,
               [](const std::function<void(double)> &measured, std::shared_future<void> keep) {
                   FakeUsbSerial port(UsbSerialSpec{});
                   const auto t0 = steady_clock::now();
                   measured(port.plug() ? bench::firstByteAfter(port.master(), t0, 3000) : -1);
                   keep.wait(); // unplugged once the window has let go of it
               });
    out() << "reaction: window (offscreen), Dump on Automatic, then a USB port 0E8D:0003 appears (udev event, "
             "Qt's enumeration, in the USB sandbox; 20 times)\n";
    report(targets, QStringLiteral("Automatic"), r, stalls);
    return targets.exitCode();
}
#endif

void smoothness(bench::Targets &targets)
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    VirtualPhoneConfig phone = VirtualPhoneConfig::mt6261();
    phone.flash = FlashImage::generate(4 << 20, 9);
    phone.link = LinkModel::realistic();
    DumpEnvironment env;
    env.lister = [rack] { return rack->ports(); };
    env.opener = [rack](const QString &l, DumpError &e) { return rack->open(l, e); };
    MainWindow window(env, env.lister);
    window.show();
    auto *bar = window.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    int updates = 0;
    QObject::connect(bar, &QProgressBar::valueChanged, [&] { ++updates; });
    rack->plugIn(phone, milliseconds(300));
    QTest::mouseClick(button(window, "dumpButton"), Qt::LeftButton);
    runUntil([&] { return guitest::pageOf(window) == QLatin1String("progressPanel"); }, 20000);
    QElapsedTimer dumpClock;
    dumpClock.start();
    bench::StallProbe probe;
    probe.start();
    runUntil([&] { return guitest::pageOf(window) != QLatin1String("progressPanel"); }, 120000);
    probe.stop();
    const double secs = dumpClock.elapsed() / 1000.0;
    out() << "GUI smoothness: 4 MiB dump from an in-process virtual phone (realistic link), window offscreen\n";
    out() << QStringLiteral("  ended on page %1 after %2 s; longest GUI-thread stall %3 ms; %4 progress updates = "
                            "%5 per second\n")
                 .arg(guitest::pageOf(window))
                 .arg(secs, 0, 'f', 2)
                 .arg(probe.worstMs(), 0, 'f', 2)
                 .arg(updates)
                 .arg(updates / secs, 0, 'f', 1);
    targets.check(guitest::pageOf(window) == QLatin1String("donePanel"), QStringLiteral("the dump finished"));
    targets.check(probe.worstMs() <= 16, QStringLiteral("GUI-thread stall during the dump <= 16 ms"));
    targets.check(updates / secs <= 30, QStringLiteral("<= 30 progress updates per second"));
}

// Settings of our own, so a run never touches the user's.
void useScratchSettings(const QTemporaryDir &dir)
{
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    qputenv(Settings::kFileEnvVar, ini.toLocal8Bit());
    QSettings(ini, QSettings::IniFormat).setValue(QStringLiteral("output/folder"), dir.path());
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef MTREADER_HAVE_USB_SANDBOX
    if (bench::wantsSandbox(argc, argv)) {
        QString why;
        if (!UsbSandbox::enter(&why)) { // before QApplication starts a thread
            out() << "reaction through Qt's enumeration is not possible here: " << why << "\n";
            return bench::kSandboxRefused;
        }
        QApplication app(argc, argv);
        QTemporaryDir dir;
        useScratchSettings(dir);
        return reactionAutomatic();
    }
#endif
    QApplication app(argc, argv);
    QTemporaryDir dir;
    useScratchSettings(dir);
    bench::Targets targets;
    out() << "mtreader-bench-gui: " << QCoreApplication::arguments().join(QLatin1Char(' ')) << "\n";
    out().flush();
    idle(targets, QStringLiteral("auto"), QStringLiteral("Automatic"));
    idle(targets, dir.filePath(QStringLiteral("nophone")), QStringLiteral("typed port"));
    out().flush();
#ifdef MTREADER_HAVE_USB_SANDBOX
    const int sandbox = bench::runInSandbox(QCoreApplication::applicationFilePath());
#else
    out() << "reaction through Qt's enumeration is not possible here: the USB sandbox is Linux only\n";
    const int sandbox = bench::kSandboxRefused;
#endif
    if (sandbox == bench::kSandboxRefused)
        out() << "  (so Automatic's reaction is measured only with the typed path below)\n";
    else
        targets.check(sandbox == 0, QStringLiteral("Automatic through Qt's enumeration met its targets"));
    reactionTypedPath(targets, dir.path());
    smoothness(targets);
    out() << (targets.missed() ? QStringLiteral("%1 target(s) MISSED\n").arg(targets.missed())
                               : QStringLiteral("all targets met\n"));
    return targets.exitCode();
}
