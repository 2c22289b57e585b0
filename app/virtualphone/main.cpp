// SPDX-License-Identifier: Unlicense
// mtreader-virtual-phone: a virtual MT6261 BootROM behind a pseudo-terminal,
// so the app, its CLI or any serial tool can be tried without hardware.
#include "CancelFlag.h"
#include "virtual/FlashImage.h"
#include "virtual/PtyPhone.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>

using namespace std::chrono;

namespace {

CancelFlag g_quit{false};

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

bool parseNumber(const QString &text, qint64 &out)
{
    bool ok = false;
    out = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? text.mid(2).toLongLong(&ok, 16)
                                                                     : text.toLongLong(&ok, 10);
    return ok && out >= 0;
}

const char *const kFaultHelp =
    "Faults (--fault KIND[@OFFSET][xTIMES], OFFSET a flash offset for the data\n"
    "faults, TIMES how often it fires, 0 = always, default once):\n"
    "  late-port          the port appears 2 s later than --plug-delay\n"
    "  short-window       the BROM waits only 300 ms for a handshake\n"
    "  re-enumeration     without a handshake the port vanishes and a new one\n"
    "                     appears 200 ms later\n"
    "  junk               modem-probe answers and noise before the handshake\n"
    "  late-5f            the first 5F answer comes 150 ms late\n"
    "  echoed-a0          the BROM is already past the handshake: A0 echoes as A0\n"
    "  wrong-echo         the echo of the READ32 covering OFFSET is corrupted\n"
    "  error-status       that READ32 answers status 1D12 and no data\n"
    "  short-read         half of that READ32's data, then silence\n"
    "  stall              no answer at all to that READ32; the port stays\n"
    "  cable-pulled       the port vanishes in the middle of that READ32\n"
    "  reset-before-echo  the reset write vanishes before echoing its value\n"
    "  flipped-bit        bit 0 of the flash byte at OFFSET arrives flipped\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mtreader-virtual-phone"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTREADER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A virtual MediaTek MT6261/MT6260 phone in BootROM mode, behind a pseudo-terminal.\n"
                       "It prints \"sha256 <hex>\" of its flash image, then makes PATH a link to a new\n"
                       "/dev/pts/N after the plug delay. It exits when the phone is gone (reset,\n"
                       "normal boot when no handshake came in time, watchdog, power loss).\n\n")
        + QLatin1String(kFaultHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption link(QStringLiteral("link"), QStringLiteral("Path of the port link to create (required)."), QStringLiteral("PATH"));
    const QCommandLineOption plugDelay(QStringLiteral("plug-delay"), QStringLiteral("Seconds before the port appears (default 0)."), QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption image(QStringLiteral("image"), QStringLiteral("Use FILE as the flash content."), QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Size of the generated flash, decimal or 0x-hex (default 4 MiB)."), QStringLiteral("N"), QStringLiteral("0x400000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated flash (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption chip(QStringLiteral("chip"), QStringLiteral("6261 (default) or 6260."), QStringLiteral("CHIP"), QStringLiteral("6261"));
    const QCommandLineOption battery(QStringLiteral("battery"), QStringLiteral("The phone has a battery: it never loses power."));
    const QCommandLineOption window(QStringLiteral("window"), QStringLiteral("How long the BROM waits for a handshake (default 3000)."), QStringLiteral("MS"));
    const QCommandLineOption latency(QStringLiteral("latency-us"), QStringLiteral("One-way USB latency in microseconds."), QStringLiteral("N"));
    const QCommandLineOption bandwidth(QStringLiteral("bandwidth"), QStringLiteral("Phone-to-host bytes per second, 0 = unlimited."), QStringLiteral("BYTES_PER_S"));
    const QCommandLineOption realistic(QStringLiteral("realistic"), QStringLiteral("Link of a real phone: 1 ms latency, 1 MB/s (the default)."));
    const QCommandLineOption instant(QStringLiteral("instant"), QStringLiteral("No latency, unlimited bandwidth."));
    const QCommandLineOption fault(QStringLiteral("fault"), QStringLiteral("Play a fault (repeatable), see below."), QStringLiteral("KIND[@OFFSET][xTIMES]"));
    const QCommandLineOption keepGoing(QStringLiteral("keep-going"), QStringLiteral("When the phone is gone, plug a fresh one in after the plug delay, until Ctrl-C."));
    parser.addOptions({link, plugDelay, image, size, seed, chip, battery, window, latency, bandwidth,
                       realistic, instant, fault, keepGoing});
    parser.process(app);

    if (!parser.isSet(link))
        return fail(QStringLiteral("--link PATH is required (see --help)"));
    VirtualPhoneConfig config;
    const QString chipName = parser.value(chip);
    if (chipName == QLatin1String("6261"))
        config = VirtualPhoneConfig::mt6261();
    else if (chipName == QLatin1String("6260"))
        config = VirtualPhoneConfig::mt6260();
    else
        return fail(QStringLiteral("--chip must be 6261 or 6260"));

    if (parser.isSet(image)) {
        QFile file(parser.value(image));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        config.flash = file.readAll();
    } else {
        qint64 bytes = 0;
        qint64 seedValue = 0;
        if (!parseNumber(parser.value(size), bytes) || bytes <= 0)
            return fail(QStringLiteral("bad --size \"%1\"").arg(parser.value(size)));
        if (!parseNumber(parser.value(seed), seedValue))
            return fail(QStringLiteral("bad --seed \"%1\"").arg(parser.value(seed)));
        config.flash = FlashImage::generate(bytes, quint64(seedValue));
    }
    config.hasBattery = parser.isSet(battery);
    qint64 n = 0;
    if (parser.isSet(window)) {
        if (!parseNumber(parser.value(window), n))
            return fail(QStringLiteral("bad --window"));
        config.handshakeWindow = milliseconds(n);
    }
    config.link = parser.isSet(instant) ? LinkModel::instant() : LinkModel::realistic();
    if (parser.isSet(latency)) {
        if (!parseNumber(parser.value(latency), n))
            return fail(QStringLiteral("bad --latency-us"));
        config.link.latency = microseconds(n);
    }
    if (parser.isSet(bandwidth)) {
        if (!parseNumber(parser.value(bandwidth), n))
            return fail(QStringLiteral("bad --bandwidth"));
        config.link.bytesPerSecond = n;
    }
    for (const QString &spec : parser.values(fault)) {
        Fault f;
        QString error;
        if (!VirtualFaults::parse(spec, f, &error))
            return fail(error);
        config.faults.append(f);
    }
    bool ok = false;
    const double delaySeconds = parser.value(plugDelay).toDouble(&ok);
    if (!ok || delaySeconds < 0)
        return fail(QStringLiteral("bad --plug-delay"));
    const auto delay = milliseconds(qint64(delaySeconds * 1000));

    installSignalHandlers();
    const QString linkPath = parser.value(link);
    bool first = true;
    std::atomic<bool> failed{false};
    for (;;) {
        PtyPhone phone(config, linkPath);
        if (first)
            say(QStringLiteral("sha256 %1").arg(QString::fromLatin1(phone.flashSha256().toHex())));
        first = false;
        phone.setStatusCallback([&failed](const QString &line) {
            if (line.startsWith(QLatin1String("error:")))
                failed = true;
            say(line);
        });
        QString error;
        if (!phone.start(delay, &error))
            return fail(error);
        while (!phone.waitUntilGone(milliseconds(100))) {
            if (g_quit.load()) {
                phone.stop(); // removes the link
                return 0;
            }
        }
        if (failed)
            return 1;
        if (!parser.isSet(keepGoing) || g_quit.load())
            return 0;
    }
}
