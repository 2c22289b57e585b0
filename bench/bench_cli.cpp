// SPDX-License-Identifier: Unlicense
// Figures for the command-line tool as a user runs it: how fast it catches a
// phone whose port just appeared, and how much memory a 64 MiB dump takes.
#include "BenchUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QTemporaryDir>

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
QString binary(const char *sub)
{
    return QStringLiteral(MTREADER_APP_DIR "/%1").arg(QLatin1String(sub));
}

void reaction(const QString &dir)
{
    const int runs = 20;
    std::vector<double> ms;
    const QString cli = binary("cli/mtreader-cli");
    out() << QStringLiteral("reaction: %1 PORT out.bin 0 0x1000, port appears %2 times\n").arg(cli).arg(runs);
    for (int i = 0; i < runs; ++i) {
        const QString link = dir + QStringLiteral("/react%1").arg(i);
        QProcess p;
        p.start(cli, {link, dir + QStringLiteral("/react%1.bin").arg(i), QStringLiteral("0"), QStringLiteral("0x1000"),
                      QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("--handshake-timeout"), QStringLiteral("1")});
        // Plug in only once the tool is up and waiting, as a user would.
        p.setReadChannel(QProcess::StandardError);
        if (!p.waitForStarted() || !p.waitForReadyRead(5000)) {
            out() << "  the CLI did not start\n";
            return;
        }
        QThread::msleep(50 + 13 * i % 70);
        const double t = bench::plugPtyAndTimeFirstByte(link, 3000);
        ms.push_back(t);
        p.terminate();
        p.waitForFinished(5000);
    }
    const double worst = *std::max_element(ms.begin(), ms.end());
    const bool missed = std::any_of(ms.begin(), ms.end(), [](double v) { return v < 0; });
    out() << QStringLiteral("  port appeared -> first handshake byte: median %1 ms, worst %2 ms%3 "
                            "(target median <= 30 ms, worst <= 100 ms)\n")
                 .arg(bench::median(ms), 0, 'f', 1).arg(worst, 0, 'f', 1)
                 .arg(missed ? QStringLiteral(", SOME MISSED") : QString());
}

void memory(const QString &dir)
{
    const QString link = dir + QStringLiteral("/mem0");
    QProcess phone;
    phone.start(binary("virtualphone/mtreader-virtual-phone"),
                {QStringLiteral("--link"), link, QStringLiteral("--size"), QStringLiteral("0x4000000"),
                 QStringLiteral("--instant"), QStringLiteral("--battery")});
    if (!phone.waitForReadyRead(30000)) {
        out() << "  the virtual phone did not start\n";
        return;
    }
    const QByteArray cli = QFile::encodeName(binary("cli/mtreader-cli"));
    const QByteArray outFile = QFile::encodeName(dir + QStringLiteral("/mem.bin"));
    const QByteArray port = QFile::encodeName(link);
    const char *argv[] = {cli.constData(), port.constData(), outFile.constData(), "0", "0x4000000",
                          "--timeout", "30", nullptr};
    pid_t pid = 0;
    const auto t0 = steady_clock::now();
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
    const int spawned = posix_spawn(&pid, cli.constData(), &quiet, nullptr, const_cast<char **>(argv), environ);
    posix_spawn_file_actions_destroy(&quiet);
    if (spawned != 0) {
        out() << "  cannot start the CLI\n";
        return;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const double wall = bench::seconds(steady_clock::now() - t0);
    phone.waitForFinished(10000);
    out() << QStringLiteral("memory: %1 PORT mem.bin 0 0x4000000 (64 MiB, instant virtual phone over a pty)\n")
                 .arg(QString::fromLocal8Bit(cli));
    out() << QStringLiteral("  exit %1 in %2 s, peak RSS %3 MiB (target < 40 MiB), %4 MiB/s through the pty\n")
                 .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1).arg(wall, 0, 'f', 2)
                 .arg(usage.ru_maxrss / 1024.0, 0, 'f', 1).arg(64 / wall, 0, 'f', 1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    out() << "mtreader-bench-cli: " << QCoreApplication::arguments().join(QLatin1Char(' ')) << "\n";
    out().flush();
    reaction(dir.path());
    out().flush();
    memory(dir.path());
    return 0;
}
