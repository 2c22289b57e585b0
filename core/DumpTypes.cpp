// SPDX-License-Identifier: Unlicense
#include "DumpTypes.h"

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
    return QCoreApplication::translate("PhoneInfo", "unknown (0x%1)").arg(chipCode, 4, 16, QLatin1Char('0'));
}

QString PhoneInfo::meIdHex() const
{
    return QString::fromLatin1(meId.toHex()).toUpper();
}

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeIecFormat);
}
