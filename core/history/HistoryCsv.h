// SPDX-License-Identifier: Unlicense
// The history as a CSV file for a spreadsheet: one row per attempt, the
// columns and names of `history --json` (HistoryRecord::fields()).
#pragma once

#include "HistoryRecord.h"

#include <QList>
#include <QString>

namespace HistoryCsv {

// RFC 4180: a field with a comma, a quote, a line break or spaces at its
// ends is quoted, its quotes doubled.
QString field(const QString &value);
QString header();
QString row(const HistoryRecord &record);

// Writes all of it or nothing (QSaveFile); false with *error on failure.
bool write(const QString &path, const QList<HistoryRecord> &records, QString *error);

} // namespace HistoryCsv
