// SPDX-License-Identifier: Unlicense
#include "UiText.h"

#include "DumpTarget.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>

QString UiText::rate(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return tr("measuring speed");
    return tr("%1/s").arg(humanSize(qint64(bytesPerSecond)));
}

QString UiText::timeLeft(qint64 ms)
{
    if (ms < 0)
        return tr("estimating time left");
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return tr("about %n s left", nullptr, int(s));
    return tr("%1:%2 left").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString UiText::duration(double seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const qint64 s = qint64(seconds + 0.5);
    return tr("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString UiText::hex16(quint16 value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0')).toUpper();
}

QString UiText::phoneSummary(const PhoneInfo &phone)
{
    return tr("%1, hardware %2, software %3, BROM %4")
        .arg(phone.chipName(), hex16(phone.hwVersion), hex16(phone.swVersion),
             QStringLiteral("%1").arg(phone.bromVersion, 2, 16, QLatin1Char('0')).toUpper());
}

QString UiText::leftToRight(const QString &text)
{
    if (text.isEmpty() || !QGuiApplication::isRightToLeft())
        return text;
    const QChar mark(0x200E);
    return mark + text + mark;
}

QString UiText::automaticFileName(const QString &folder, const QString &chip, const QDateTime &when,
                                  const std::function<bool(const QString &)> &alsoTaken)
{
    const QDir dir(folder);
    const QString stem = QStringLiteral("%1_%2").arg(chip, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    auto taken = [&alsoTaken](const QString &path) {
        // A partial dump under the name counts too: the job would refuse it.
        return QFileInfo::exists(path) || DumpTarget(path).hasPartial()
               || (alsoTaken && alsoTaken(path));
    };
    QString path = dir.filePath(stem + QStringLiteral(".bin"));
    for (int n = 2; taken(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.bin").arg(stem).arg(n));
    return path;
}
