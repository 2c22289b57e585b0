// SPDX-License-Identifier: Unlicense
// Small formatting helpers shared by the panels: rates, times left, phone
// identity lines, automatic file names.
#pragma once

#include "DumpTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class UiText
{
    Q_DECLARE_TR_FUNCTIONS(UiText)

public:
    static QString rate(double bytesPerSecond); // "98.5 KiB/s"
    static QString timeLeft(qint64 ms);         // "about 35 s left", "2:05 left"
    static QString duration(double seconds);    // "42.1 s", "3:05"
    static QString hex16(quint16 value);        // "CB01"
    // "MT6261, hardware CB01, software 0001, BROM 05"
    static QString phoneSummary(const PhoneInfo &phone);

    // MT6261_20261126-221500.bin in folder; "-2", "-3" ... when taken, so
    // two phones dumped within a second do not collide.
    static QString automaticFileName(const QString &folder, const QString &chip,
                                     const QDateTime &when = QDateTime::currentDateTime());
};
