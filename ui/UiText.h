// SPDX-License-Identifier: Unlicense
// Small formatting helpers shared by the panels: rates, times left, phone
// identity lines, automatic file names.
#pragma once

#include "DumpTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>

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
    // A path, port or hex number to put in a sentence: in a right-to-left
    // language, left-to-right marks keep its leading "/" and its parts in
    // place; elsewhere the text as it is.
    static QString leftToRight(const QString &text);

    // MT6261_20261126-221500.bin in folder; "-2", "-3" ... when taken, so
    // two phones dumped within a second do not collide. alsoTaken: names
    // planned but not on disk yet (the other dumps running at once).
    static QString automaticFileName(const QString &folder, const QString &chip,
                                     const QDateTime &when = QDateTime::currentDateTime(),
                                     const std::function<bool(const QString &)> &alsoTaken = {});
};
