// SPDX-License-Identifier: Unlicense
// Numbers of a dump the way people read them, shared by the window and the
// command line: rates, times left, durations, the phone in one line.
#pragma once

#include "DumpTypes.h"

#include <QCoreApplication>
#include <QString>

class TextFormat
{
    Q_DECLARE_TR_FUNCTIONS(TextFormat)

public:
    static QString rate(double bytesPerSecond); // "98.5 KiB/s"
    static QString timeLeft(qint64 ms);         // "about 35 s left", "2:05 left"
    static QString duration(double seconds);    // "42.1 s", "3:05"
    static QString hex16(quint16 value);        // "CB01"
    // "BROM 05": the name goes with its value, isolated as one, so that a
    // right-to-left sentence does not put the number before the name.
    static QString bromVersion(quint8 version);
    // "MT6261, hardware CB01, software 0001, BROM 05"
    static QString phoneSummary(const PhoneInfo &phone);
};
