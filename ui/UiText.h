// SPDX-License-Identifier: Unlicense
// Text helpers of the window: values set into sentences so they read right
// in every language, and the automatic file names.
#pragma once

#include "DumpTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>

class QLineEdit;

class UiText
{
    Q_DECLARE_TR_FUNCTIONS(UiText)

public:
    // A path, port, size, hex number or hash to put in a sentence: in a
    // right-to-left language, wrapped in a left-to-right isolate (U+2066 ...
    // U+2069), so it reads as written and leaves the sentence's order alone;
    // elsewhere the text as it is. Every value set into a sentence goes
    // through here, never through the translations.
    static QString leftToRight(const QString &text);

    // A field that holds a value or a sentence by turns ("/dev/ttyACM0" or
    // "Automatic - first MediaTek phone", "0x400000" or "found from the
    // phone"): laid out in the direction of what it holds, so a path typed
    // into an Arabic window does not read "dev/ttyACM0/". An isolate cannot
    // go into text the user edits.
    static void followTextDirection(QLineEdit *edit);

    // MT6261_20261126-221500.bin in folder; "-2", "-3" ... when taken, so
    // two phones dumped within a second do not collide. alsoTaken: names
    // planned but not on disk yet (the other dumps running at once).
    // path itself when nothing is there (no file, no partial dump, not in
    // alsoTaken), else path with -2, -3 ... before its suffix.
    static QString nextFreeName(const QString &path, const std::function<bool(const QString &)> &alsoTaken = {});

    static QString automaticFileName(const QString &folder, const QString &chip,
                                     const QDateTime &when = QDateTime::currentDateTime(),
                                     const std::function<bool(const QString &)> &alsoTaken = {});
};
