// SPDX-License-Identifier: Unlicense
// mtreader-virtual-phone: a virtual MT6261 BootROM behind a pseudo-terminal,
// so the app, its CLI or any serial tool can be tried without hardware.
#include "CancelFlag.h"
#include "VirtualPhoneOptions.h"
#include "virtual/PtyPhone.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace std::chrono;

namespace {

CancelFlag g_quit{false};
// How soon a Ctrl-C is noticed while a phone is plugged in.
constexpr milliseconds kQuitPollInterval{100};

extern "C" void onQuitSignal(int)
{
    g_quit.store(true);
}

void installSignalHandlers()
{
    struct sigaction sa = {};
    sa.sa_handler = onQuitSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

// Flushed at once: scripts wait for these lines through a pipe.
void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fputs(qPrintable(QStringLiteral("mtreader-virtual-phone: %1\n").arg(why)), stderr);
    return 2;
}

// Plugs phones in one after another (with --keep-going) until one fails to
// start, the last is gone, or a signal asks to quit.
int servePhones(const VirtualPhoneOptions &options)
{
    bool first = true;
    std::atomic<bool> failed{false};
    for (;;) {
        PtyPhone phone(options.config(), options.linkPath());
        if (first)
            say(QStringLiteral("sha256 %1").arg(QString::fromLatin1(phone.flashSha256().toHex())));
        first = false;
        phone.setStatusCallback([&failed](const QString &line) {
            if (line.startsWith(QLatin1String("error:")))
                failed = true;
            say(line);
        });
        QString error;
        if (!phone.start(options.plugDelay(), &error))
            return fail(error);
        while (!phone.waitUntilGone(kQuitPollInterval)) {
            if (g_quit.load()) {
                phone.stop(); // removes the link
                return 0;
            }
        }
        if (failed)
            return 1;
        if (!options.keepGoing() || g_quit.load())
            return 0;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mtreader-virtual-phone"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTREADER_VERSION));
    VirtualPhoneOptions options;
    if (!options.parse(app))
        return fail(options.error());
    installSignalHandlers();
    return servePhones(options);
}
