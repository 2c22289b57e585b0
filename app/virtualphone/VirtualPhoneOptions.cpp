// SPDX-License-Identifier: Unlicense
// Option parsing for mtreader-virtual-phone. Numbers may be decimal or 0x-hex
// so flash offsets and sizes can be typed the way a hex dump shows them.
#include "VirtualPhoneOptions.h"

#include "virtual/FlashImage.h"
#include "virtual/PhoneMemory.h"

#include <QCoreApplication>
#include <QFile>

using namespace std::chrono;

namespace {

const char *const kFaultHelp = "Faults (--fault KIND[@OFFSET][xTIMES], OFFSET a flash offset for the data\n"
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
                               "  flipped-bit        bit 0 of the flash byte at OFFSET arrives flipped\n"
                               "  flaky-bits         that byte has another bit flipped at every read\n";

// The flash window below RAM: no flash can be bigger.
constexpr qint64 kMaxFlashSize = PhoneMemory::kFlashWindowEnd;

bool parseNumber(const QString &text, qint64 &out)
{
    bool ok = false;
    out = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? text.mid(2).toLongLong(&ok, 16)
                                                                    : text.toLongLong(&ok, 10);
    return ok && out >= 0;
}

} // namespace

VirtualPhoneOptions::VirtualPhoneOptions()
{
    m_parser.setApplicationDescription(
        QStringLiteral("A virtual MediaTek MT6261/MT6260 phone in BootROM mode, behind a pseudo-terminal.\n"
                       "It prints \"sha256 <hex>\" of its flash image, then makes PATH a link to a new\n"
                       "/dev/pts/N after the plug delay. It exits when the phone is gone (reset,\n"
                       "normal boot when no handshake came in time, watchdog, power loss).\n\n"
                       "Unless --image is given, the flash is generated from --size and --seed and\n"
                       "carries what a real MT6261 firmware does: the SF_BOOT header, file-info headers\n"
                       "of a boot loader and a MAUI image, its MTK_ROMINFO_v09 block and a file system\n"
                       "at the end of the flash.\n\n")
        + QLatin1String(kFaultHelp));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_link,        m_plugDelayOption, m_image,           m_size,     m_seed,    m_noRomInfo,
                         m_romInfoSize, m_blank,           m_repetitiveStart, m_noWrap,   m_chip,    m_battery,
                         m_window,      m_latency,         m_bandwidth,       m_txBuffer, m_rxLimit, m_realistic,
                         m_instant,     m_fault,           m_keepGoingOption});
}

bool VirtualPhoneOptions::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool VirtualPhoneOptions::number(const QCommandLineOption &option, qint64 &out)
{
    const QString text = m_parser.value(option);
    if (parseNumber(text, out))
        return true;
    return fail(QStringLiteral("bad --%1 \"%2\"").arg(option.names().constFirst(), text));
}

bool VirtualPhoneOptions::parse(const QCoreApplication &app)
{
    m_parser.process(app);
    if (!m_parser.isSet(m_link))
        return fail(QStringLiteral("--link PATH is required (see --help)"));
    m_linkPath = m_parser.value(m_link);
    m_keepGoing = m_parser.isSet(m_keepGoingOption);
    bool ok = false;
    const double delaySeconds = m_parser.value(m_plugDelayOption).toDouble(&ok);
    if (!ok || delaySeconds < 0)
        return fail(QStringLiteral("bad --plug-delay"));
    m_plugDelay = duration_cast<milliseconds>(duration<double>(delaySeconds));
    if (!parseFlash() || !parseTimers() || !parseLink() || !parseFaults())
        return false;
    m_config.hasBattery = m_parser.isSet(m_battery);
    return true;
}

bool VirtualPhoneOptions::imageOptions(FlashImage::Options &out)
{
    out.romInfo = !m_parser.isSet(m_noRomInfo);
    out.blank = m_parser.isSet(m_blank);
    out.repetitiveStart = m_parser.isSet(m_repetitiveStart);
    if (m_parser.isSet(m_romInfoSize)) {
        if (!number(m_romInfoSize, out.romInfoClaimsSize))
            return false;
        if (out.romInfoClaimsSize == 0 || out.romInfoClaimsSize > kMaxFlashSize)
            return fail(QStringLiteral("--rom-info-size must be between 1 and 0x%1").arg(kMaxFlashSize, 0, 16));
    }
    return true;
}

bool VirtualPhoneOptions::parseFlash()
{
    const QString chip = m_parser.value(m_chip);
    if (chip != QLatin1String("6261") && chip != QLatin1String("6260"))
        return fail(QStringLiteral("--chip must be 6261 or 6260"));
    FlashImage::Options image;
    qint64 bytes = 0;
    qint64 seed = 0;
    if (!imageOptions(image) || !number(m_size, bytes) || !number(m_seed, seed))
        return false;
    if (bytes == 0 || bytes > kMaxFlashSize)
        return fail(QStringLiteral("--size must be between 1 and 0x%1").arg(kMaxFlashSize, 0, 16));
    const bool fromFile = m_parser.isSet(m_image);
    if (fromFile) {
        if (m_parser.isSet(m_noRomInfo) || m_parser.isSet(m_romInfoSize) || image.blank || image.repetitiveStart)
            return fail(QStringLiteral("--image takes the flash as it is: it cannot be combined with "
                                       "--no-rom-info, --rom-info-size, --blank or --repetitive-start"));
        bytes = 0; // nothing to generate
    }
    m_config = chip == QLatin1String("6260") ? VirtualPhoneConfig::mt6260(bytes, quint64(seed), image)
                                             : VirtualPhoneConfig::mt6261(bytes, quint64(seed), image);
    m_config.wrapsAround = !m_parser.isSet(m_noWrap);
    if (!fromFile)
        return true;
    QFile file(m_parser.value(m_image));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    m_config.flash = file.readAll();
    return true;
}

bool VirtualPhoneOptions::parseTimers()
{
    qint64 n = 0;
    if (m_parser.isSet(m_window)) {
        if (!number(m_window, n))
            return false;
        m_config.handshakeWindow = milliseconds(n);
    }
    return true;
}

bool VirtualPhoneOptions::parseLink()
{
    m_config.link = m_parser.isSet(m_instant) ? LinkModel::instant() : LinkModel::realistic();
    qint64 n = 0;
    if (m_parser.isSet(m_latency)) {
        if (!number(m_latency, n))
            return false;
        m_config.link.latency = microseconds(n);
    }
    if (m_parser.isSet(m_bandwidth)) {
        if (!number(m_bandwidth, n))
            return false;
        m_config.link.bytesPerSecond = n;
    }
    if (m_parser.isSet(m_txBuffer)) {
        if (!number(m_txBuffer, n))
            return false;
        m_config.link.maxTransfer = qsizetype(n);
    }
    if (m_parser.isSet(m_rxLimit)) {
        if (!number(m_rxLimit, n))
            return false;
        m_config.link.rxLimit = qsizetype(n);
    }
    return true;
}

bool VirtualPhoneOptions::parseFaults()
{
    const QStringList specs = m_parser.values(m_fault);
    for (const QString &spec : specs) {
        Fault f;
        QString error;
        if (!VirtualFaults::parse(spec, f, &error))
            return fail(error);
        m_config.faults.append(f);
    }
    return true;
}
