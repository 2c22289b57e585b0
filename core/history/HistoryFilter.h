// SPDX-License-Identifier: Unlicense
// Which attempts a look at the history wants: by ME ID, by text, by time.
// Every empty field matches everything; results come newest first.
#pragma once

#include "HistoryRecord.h"

#include <QDateTime>
#include <QString>
#include <optional>

struct HistoryFilter
{
    // The start of an ME ID or all of it, in hex, any case ("3a7f", "3A7F…").
    QString meId;
    // Text anywhere in the firmware version, the file's path or the ME ID,
    // ignoring case: what a search box types.
    QString text;
    // Attempts started at or after this time.
    QDateTime since;
    std::optional<HistoryRecord::Result> result;
    // At most this many, newest first; 0 for all.
    int limit = 1000;

    // An ME ID as typed, made the way the history keeps it (upper-case hex,
    // spaces and colons dropped); nothing when it is not hex at all.
    static std::optional<QString> normalizedMeId(const QString &typed);
};
