// SPDX-License-Identifier: Unlicense
#include "TextFormat.h"

#include "Isolate.h"

#include <QLocale>

QString TextFormat::rate(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return tr("measuring speed");
    return tr("%1/s").arg(humanSize(qint64(bytesPerSecond)));
}

QString TextFormat::timeLeft(qint64 ms)
{
    if (ms < 0)
        return tr("estimating time left");
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return tr("about %n s left", nullptr, int(s));
    return tr("%1:%2 left").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString TextFormat::duration(double seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(Isolate::value(QLocale().toString(seconds, 'f', 1)));
    const qint64 s = qint64(seconds + 0.5);
    return Isolate::value(QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
}

QString TextFormat::hex16(quint16 value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0')).toUpper();
}

QString TextFormat::bromVersion(quint8 version)
{
    return Isolate::value(QStringLiteral("BROM %1").arg(version, 2, 16, QLatin1Char('0')).toUpper());
}

QString TextFormat::phoneSummary(const PhoneInfo &phone)
{
    return tr("%1, hardware %2, software %3, %4")
        .arg(Isolate::value(phone.chipName()), Isolate::value(hex16(phone.hwVersion)),
             Isolate::value(hex16(phone.swVersion)), bromVersion(phone.bromVersion));
}
