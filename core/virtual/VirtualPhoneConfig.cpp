// SPDX-License-Identifier: Unlicense
// The ready-made phones and the fault names shared by the CLI, the GUI and tests.
#include "VirtualPhoneConfig.h"

#include "FlashImage.h"
#include "Isolate.h"
#include "WireConstants.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

constexpr qint64 kDefaultFlashSize = 4 * FlashImage::kMiB;

struct FaultName
{
    FaultKind kind;
    const char *name;
};

const FaultName kFaultNames[] = {
    {FaultKind::LatePort, "late-port"},
    {FaultKind::ShortPortWindow, "short-window"},
    {FaultKind::ReEnumerationLoop, "re-enumeration"},
    {FaultKind::JunkBeforeHandshake, "junk"},
    {FaultKind::LateHandshakeReply, "late-5f"},
    {FaultKind::HandshakeEchoedUnchanged, "echoed-a0"},
    {FaultKind::WrongEcho, "wrong-echo"},
    {FaultKind::ErrorStatus, "error-status"},
    {FaultKind::ShortReadThenSilence, "short-read"},
    {FaultKind::Stall, "stall"},
    {FaultKind::CablePulled, "cable-pulled"},
    {FaultKind::ResetBeforeEcho, "reset-before-echo"},
    {FaultKind::FlippedBit, "flipped-bit"},
    {FaultKind::FlakyBits, "flaky-bits"},
};

// Power-on values the captured MT6261 answered (tests/data): the EMI/
// clock word at 0xA01C0108, the PMU block at 0xA0700A00 and the RTC at
// 0xA0710000. Other registers read 0 until written.
QMap<quint32, quint16> capturedRegisters()
{
    return {
        {0xA01C0108, 0x0000},
        {0xA01C010A, 0x35C0},
        {0xA0700A00, 0xF262},
        {0xA0700A08, 0x000F},
        {0xA0700A14, 0x6101},
        {Wire::kRegPmuChargerWdt, 0x0010},
        {Wire::kRegPmuUsbPower, 0x0010},
        {0xA0710000, 0x0005},
        {0xA0710050, 0xFF5F},
        {0xA0710054, 0xFDDE},
    };
}

} // namespace

const Fault *VirtualPhoneConfig::findFault(FaultKind kind) const
{
    for (const Fault &f : faults) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

VirtualPhoneConfig VirtualPhoneConfig::mt6261(qint64 flashSize, quint64 seed, const FlashImage::Options &image)
{
    VirtualPhoneConfig c;
    c.flash = FlashImage::generate(flashSize, seed, image);
    c.registers16 = capturedRegisters();
    return c;
}

VirtualPhoneConfig VirtualPhoneConfig::mt6261()
{
    return mt6261(kDefaultFlashSize);
}

VirtualPhoneConfig VirtualPhoneConfig::mt6260(qint64 flashSize, quint64 seed, const FlashImage::Options &image)
{
    VirtualPhoneConfig c = mt6261(flashSize, seed, image);
    c.hwVersion = 0xCA00;
    c.swVersion = 0x0000;
    c.chipCode = Wire::kChipMt6260;
    c.subCode = 0x8000;
    // Made up: no MT6260 ME ID is public. Distinct so resume checks notice.
    c.meId = QByteArray::fromHex("6260a0c1d2e3f405162738495a6b7c8d");
    return c;
}

VirtualPhoneConfig VirtualPhoneConfig::mt6260()
{
    return mt6260(kDefaultFlashSize);
}

namespace VirtualFaults {

QString name(FaultKind kind)
{
    for (const FaultName &f : kFaultNames) {
        if (f.kind == kind)
            return QLatin1String(f.name);
    }
    return QStringLiteral("none");
}

QStringList names()
{
    QStringList out;
    for (const FaultName &f : kFaultNames)
        out.append(QLatin1String(f.name));
    return out;
}

bool parse(const QString &spec, Fault &out, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^([a-z0-9-]+)(?:@(0[xX][0-9a-fA-F]+|[0-9]+))?(?:x([0-9]+))?$"));
    const auto m = re.match(spec.trimmed());
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    // Each is said after a colon, in --demo-fault's sentence or the tool's.
    if (!m.hasMatch())
        return fail(QCoreApplication::translate("VirtualFaults", "bad fault \"%1\": expected KIND[@OFFSET][xTIMES]")
                        .arg(Isolate::value(spec)));
    Fault f;
    for (const FaultName &n : kFaultNames) {
        if (m.captured(1) == QLatin1String(n.name))
            f.kind = n.kind;
    }
    if (f.kind == FaultKind::None)
        return fail(QCoreApplication::translate("VirtualFaults", "unknown fault \"%1\"; known: %2")
                        .arg(Isolate::value(m.captured(1)), Isolate::value(names().join(QStringLiteral(", ")))));
    bool ok = true;
    if (m.hasCaptured(2)) {
        const QString off = m.captured(2);
        const qulonglong v = off.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? off.mid(2).toULongLong(&ok, 16)
                                                                                      : off.toULongLong(&ok, 10);
        if (!ok || v > 0xFFFFFFFFull)
            return fail(
                QCoreApplication::translate("VirtualFaults", "bad fault offset \"%1\"").arg(Isolate::value(off)));
        f.offset = quint32(v);
    }
    if (m.hasCaptured(3)) {
        f.times = m.captured(3).toInt(&ok);
        if (!ok || f.times < 0)
            return fail(QCoreApplication::translate("VirtualFaults", "bad fault count \"%1\"")
                            .arg(Isolate::value(m.captured(3))));
    }
    out = f;
    return true;
}

std::chrono::milliseconds plugDelay(const VirtualPhoneConfig &config, std::chrono::milliseconds requested)
{
    return config.hasFault(FaultKind::LatePort) ? requested + kLatePortExtraDelay : requested;
}

} // namespace VirtualFaults
