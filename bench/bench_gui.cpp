// SPDX-License-Identifier: Unlicense
// Figures for the window as a user meets it: how fast it catches a phone
// whose port just appeared, and how smooth the GUI thread stays while a dump
// runs (the longest stall, measured with a timer probe).
#include "BenchUtil.h"
#include "MainWindow.h"
#include "Settings.h"
#include "support/GuiTestUtil.h"
#include "virtual/FlashImage.h"
#include "virtual/VirtualPhoneRack.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <thread>


using namespace std::chrono;
using bench::out;

namespace {
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(1);
    return done();
}

void smoothness()
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

    // The probe: a 1 ms timer; any gap much longer than that is a stall.
    QElapsedTimer sinceTick;
    qint64 worstGapUs = 0;
    bool measuring = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (measuring)
            worstGapUs = std::max(worstGapUs, sinceTick.nsecsElapsed() / 1000);
        sinceTick.restart();
    });
    probe.start();
    rack->plugIn(phone, milliseconds(300));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpButton")), Qt::LeftButton);
    waitFor([&] { return guitest::pageOf(window) == QLatin1String("progressPanel"); }, 20000);
    QElapsedTimer dumpClock;
    dumpClock.start();
    sinceTick.restart();
    measuring = true;
    waitFor([&] { return guitest::pageOf(window) != QLatin1String("progressPanel"); }, 120000);
    measuring = false;
    const double secs = dumpClock.elapsed() / 1000.0;
    out() << "GUI smoothness: 4 MiB dump from an in-process virtual phone (realistic link), window offscreen\n";
    out() << QStringLiteral("  ended on page %1 after %2 s; longest GUI-thread stall %3 ms (target <= 16 ms); "
                            "%4 progress updates = %5 per second (target <= ~30)\n")
                 .arg(guitest::pageOf(window)).arg(secs, 0, 'f', 2).arg(worstGapUs / 1000.0, 0, 'f', 2).arg(updates)
                 .arg(updates / secs, 0, 'f', 1);
}

void reaction(const QString &dir)
{
    const QString link = dir + QStringLiteral("/phone");
    // Listed as a MediaTek BROM port while it exists, as a real one would be.
    const PortLister lister = guitest::mediatekPortAt(link);
    DumpEnvironment env;
    env.lister = lister;
    MainWindow window(env, lister);
    window.show();
    std::vector<double> ms;
    for (int i = 0; i < 20; ++i) {
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpButton")), Qt::LeftButton);
        waitFor([&] { return guitest::pageOf(window) == QLatin1String("waitingPanel"); }, 10000);
        QTest::qWait(50 + 13 * i % 70);
        std::atomic<bool> done{false};
        double result = -1;
        std::thread plug([&] {
            result = bench::plugPtyAndTimeFirstByte(link, 3000);
            done = true;
        });
        waitFor([&] { return done.load(); }, 10000);
        plug.join();
        ms.push_back(result);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        waitFor([&] { return window.findChild<QPushButton *>(QStringLiteral("dumpButton"))->isEnabled(); }, 20000);
    }
    const bool missed = std::any_of(ms.begin(), ms.end(), [](double v) { return v < 0; });
    out() << "GUI reaction: Automatic port, Dump clicked, then the port appears (20 times)\n";
    out() << QStringLiteral("  port appeared -> first handshake byte: median %1 ms, worst %2 ms%3\n")
                 .arg(bench::median(ms), 0, 'f', 1).arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1)
                 .arg(missed ? QStringLiteral(", SOME MISSED") : QString());
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    qputenv(Settings::kFileEnvVar, ini.toLocal8Bit());
    QSettings(ini, QSettings::IniFormat).setValue(QStringLiteral("output/folder"), dir.path());
    out() << "mtreader-bench-gui: " << QCoreApplication::arguments().join(QLatin1Char(' ')) << "\n";
    out().flush();
    reaction(dir.path());
    out().flush();
    smoothness();
    return 0;
}
