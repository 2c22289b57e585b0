// SPDX-License-Identifier: Unlicense
#include "DumpTypes.h"

#include "EnglishPlurals.h"
#include "Isolate.h"

#include <QCoreApplication>
#include <QLocale>

bool PhoneInfo::isKnownChip() const
{
    return chipCode == Wire::kChipMt6261 || chipCode == Wire::kChipMt6260;
}

QString PhoneInfo::chipName() const
{
    if (isKnownChip())
        return QStringLiteral("MT%1").arg(chipCode, 4, 16);
    return QCoreApplication::translate("PhoneInfo", "unknown (%1)").arg(Isolate::hex(chipCode, 4));
}

QString PhoneInfo::meIdHex() const
{
    return QString::fromLatin1(meId.toHex()).toUpper();
}

QJsonObject PhoneInfo::identityJson() const
{
    const auto hex16 = [](quint16 v) { return QStringLiteral("%1").arg(v, 4, 16, QLatin1Char('0')); };
    return {
        {QStringLiteral("chipCode"), hex16(chipCode)},
        {QStringLiteral("hwVersion"), hex16(hwVersion)},
        {QStringLiteral("swVersion"), hex16(swVersion)},
        {QStringLiteral("subCode"), hex16(subCode)},
        {QStringLiteral("bromVersion"), QStringLiteral("%1").arg(bromVersion, 2, 16, QLatin1Char('0'))},
        {QStringLiteral("meId"), QString::fromLatin1(meId.toHex())},
    };
}

std::optional<PhoneInfo> PhoneInfo::fromIdentityJson(const QJsonObject &o)
{
    PhoneInfo p;
    bool ok[2] = {};
    p.chipCode = o.value(QStringLiteral("chipCode")).toString().toUShort(&ok[0], 16);
    p.hwVersion = o.value(QStringLiteral("hwVersion")).toString().toUShort(&ok[1], 16);
    // Older sidecars did not keep these; they are not needed to tell phones apart.
    p.swVersion = o.value(QStringLiteral("swVersion")).toString().toUShort(nullptr, 16);
    p.subCode = o.value(QStringLiteral("subCode")).toString().toUShort(nullptr, 16);
    p.bromVersion = quint8(o.value(QStringLiteral("bromVersion")).toString().toUShort(nullptr, 16));
    p.meId = QByteArray::fromHex(o.value(QStringLiteral("meId")).toString().toLatin1());
    if (!ok[0] || !ok[1])
        return std::nullopt;
    return p;
}

// Here, beside humanSize, because every program that speaks a sentence of
// ours links this file: a start-up function alone in a static library's
// file of its own would be dropped by the linker.
namespace {
void installEnglishPlurals()
{
    EnglishPlurals::install();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)

QString humanSize(qint64 bytes)
{
    // Qt's own words for bytes are not translated into every language we
    // speak; below a KiB the sentence is ours.
    if (bytes < 1024)
        return QCoreApplication::translate("DumpTypes", "%n byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeIecFormat);
}
