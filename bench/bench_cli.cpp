// SPDX-License-Identifier: Unlicense
// Figures for the command-line tool as a user runs it: how little CPU it
// takes while it waits for a phone, how fast it catches a phone whose port
// just appeared (through Qt's real enumeration in the USB sandbox, and on a
// typed path), and how much memory a 64 MiB dump takes. Exits 1 when a
// target is missed.
#include "BenchUtil.h"

#ifdef MTREADER_HAVE_USB_SANDBOX
#include "support/UsbSandbox.h"
#endif

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace std::chrono;
using bench::out;

extern char **environ;

namespace {
// Each try ends soon after its first byte: no phone answers the handshake.
const QStringList kReactionArgs = {QStringLiteral("--timeout"), QStringLiteral("20"),
                                   QStringLiteral("--handshake-timeout"), QStringLiteral("1")};

QString binary(const char *sub)
{
    return QStringLiteral(MTREADER_APP_DIR "/%1").arg(QLatin1String(sub));
}

// Starts the CLI dumping from port and returns once it says it is waiting.
bool startWaiting(QProcess &cli, const QString &port, const QString &outFile, const QStringList &extra = {})
{
    cli.setReadChannel(QProcess::StandardError);
    cli.start(binary("cli/mtreader-cli"),
              QStringList{port, outFile, QStringLiteral("0"), QStringLiteral("0x1000")} + extra);
    return cli.waitForStarted() && cli.waitForReadyRead(10000);
}

void stop(QProcess &cli)
{
    cli.terminate(); // Ctrl-C's way out: the cancel flag
    if (!cli.waitForFinished(5000)) {
        cli.kill();
        cli.waitForFinished(5000);
    }
}

void idle(bench::Targets &targets, const QString &dir, const QString &port, const QString &what)
{
    const int secs = bench::waitSeconds();
    QProcess cli;
    const QStringList forAnHour = {QStringLiteral("--timeout"), QStringLiteral("3600")};
    if (!startWaiting(cli, port, dir + QStringLiteral("/idle.bin"), forAnHour)) {
        targets.fail(QStringLiteral("the CLI did not start"));
        return;
    }
    QThread::msleep(500); // its first list made, as a user would see it
    const double cpu0 = bench::cpuSecondsOf(cli.processId());
    const auto t0 = steady_clock::now();
    QThread::sleep(secs);
    const double cpu = bench::cpuSecondsOf(cli.processId()) - cpu0;
    const double wall = bench::seconds(steady_clock::now() - t0);
    stop(cli);
    const double share = 100 * cpu / wall;
    out() << QStringLiteral("idle: mtreader-cli %1 out.bin 0 0x1000, waiting %2 s for a phone (%3)\n")
                 .arg(port)
                 .arg(wall, 0, 'f', 1)
                 .arg(what);
    out() << QStringLiteral("  CPU %1 s of %2 s = %3% of one core\n")
                 .arg(cpu, 0, 'f', 2)
                 .arg(wall, 0, 'f', 1)
                 .arg(share, 0, 'f', 2);
    targets.check(cpu0 >= 0 && share <= 1.0, QStringLiteral("%1: <= 1% of one core").arg(what));
}

// A pty renamed into place at a typed path: no enumeration involved.
void reactionTypedPath(bench::Targets &targets, const QString &dir)
{
    bench::Reactions r;
    for (int i = 0; i < 20; ++i) {
        const QString link = dir + QStringLiteral("/react%1").arg(i);
        QProcess cli;
        if (!startWaiting(cli, link, dir + QStringLiteral("/react.bin"), kReactionArgs)) {
            targets.fail(QStringLiteral("the CLI did not start"));
            return;
        }
        QThread::msleep(50 + 13 * i % 70); // plugged in once it waits, as a user would
        r.add(bench::plugPtyAndTimeFirstByte(link, 3000));
        stop(cli);
    }
    out() << "reaction: mtreader-cli PATH out.bin 0 0x1000, a pty appears at the typed PATH (20 times)\n";
    r.report(targets, QStringLiteral("typed path"));
}

#ifdef MTREADER_HAVE_USB_SANDBOX
// Inside the sandbox: a USB CDC-ACM port 0E8D:0003 is made as the kernel and
// udev make one, and found through udev's event and Qt's enumeration.
int reactionAutomatic(const QString &dir)
{
    bench::Targets targets;
    bench::Reactions r;
    for (int i = 0; i < 20; ++i) {
        QProcess cli;
        if (!startWaiting(cli, QStringLiteral("auto"), dir + QStringLiteral("/react.bin"), kReactionArgs)) {
            targets.fail(QStringLiteral("the CLI did not start"));
            return targets.exitCode();
        }
        QThread::msleep(50 + 13 * i % 70);
        FakeUsbSerial port(UsbSerialSpec{});
        const auto t0 = steady_clock::now();
        QString why;
        if (!port.plug(&why)) {
            targets.fail(why);
            return targets.exitCode();
        }
        r.add(bench::firstByteAfter(port.master(), t0, 3000));
        stop(cli);
    }
    out() << "reaction: mtreader-cli auto out.bin 0 0x1000, a USB port 0E8D:0003 appears (udev event, Qt's "
             "enumeration, in the USB sandbox; 20 times)\n";
    r.report(targets, QStringLiteral("Automatic"));
    return targets.exitCode();
}
#endif

void memory(bench::Targets &targets, const QString &dir)
{
    const QString link = dir + QStringLiteral("/mem0");
    QProcess phone;
    phone.start(binary("virtualphone/mtreader-virtual-phone"),
                {QStringLiteral("--link"), link, QStringLiteral("--size"), QStringLiteral("0x4000000"),
                 QStringLiteral("--instant"), QStringLiteral("--battery")});
    if (!phone.waitForReadyRead(30000)) {
        targets.fail(QStringLiteral("the virtual phone did not start"));
        return;
    }
    const QByteArray cli = QFile::encodeName(binary("cli/mtreader-cli"));
    const QByteArray outFile = QFile::encodeName(dir + QStringLiteral("/mem.bin"));
    const QByteArray port = QFile::encodeName(link);
    const char *argv[] = {cli.constData(), port.constData(), outFile.constData(), "0", "0x4000000", "--timeout", "30",
                          nullptr};
    pid_t pid = 0;
    const auto t0 = steady_clock::now();
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
    const int spawned = posix_spawn(&pid, cli.constData(), &quiet, nullptr, const_cast<char **>(argv), environ);
    posix_spawn_file_actions_destroy(&quiet);
    if (spawned != 0) {
        targets.fail(QStringLiteral("cannot start the CLI"));
        return;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const double wall = bench::seconds(steady_clock::now() - t0);
    phone.waitForFinished(10000);
    const double peakMiB = usage.ru_maxrss / 1024.0;
    out() << QStringLiteral("memory: %1 PORT mem.bin 0 0x4000000 (64 MiB, instant virtual phone over a pty)\n")
                 .arg(QString::fromLocal8Bit(cli));
    out() << QStringLiteral("  exit %1 in %2 s, peak RSS %3 MiB, %4 MiB/s through the pty\n")
                 .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1)
                 .arg(wall, 0, 'f', 2)
                 .arg(peakMiB, 0, 'f', 1)
                 .arg(64 / wall, 0, 'f', 1);
    targets.check(WIFEXITED(status) && WEXITSTATUS(status) == 0, QStringLiteral("the 64 MiB dump succeeded"));
    targets.check(peakMiB < 40, QStringLiteral("peak RSS < 40 MiB"));
}
} // namespace

int main(int argc, char **argv)
{
#ifdef MTREADER_HAVE_USB_SANDBOX
    if (bench::wantsSandbox(argc, argv)) {
        QString why;
        if (!UsbSandbox::enter(&why)) { // before QCoreApplication starts a thread
            out() << "reaction through Qt's enumeration is not possible here: " << why << "\n";
            return bench::kSandboxRefused;
        }
        QCoreApplication app(argc, argv);
        QTemporaryDir dir;
        return reactionAutomatic(dir.path());
    }
#endif
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    bench::Targets targets;
    out() << "mtreader-bench-cli: " << QCoreApplication::arguments().join(QLatin1Char(' ')) << "\n";
    out().flush();
    idle(targets, dir.path(), QStringLiteral("auto"), QStringLiteral("Automatic"));
    idle(targets, dir.path(), dir.path() + QStringLiteral("/nophone"), QStringLiteral("typed port"));
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
    memory(targets, dir.path());
    out() << (targets.missed() ? QStringLiteral("%1 target(s) MISSED\n").arg(targets.missed())
                               : QStringLiteral("all targets met\n"));
    return targets.exitCode();
}
