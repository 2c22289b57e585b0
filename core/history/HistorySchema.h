// SPDX-License-Identifier: Unlicense
// The tables of the dump history and the steps from one version to the
// next. The version is SQLite's PRAGMA user_version; docs/history.md lists
// every column of every version.
#pragma once

#include <QSqlError>

class QSqlDatabase;

namespace HistorySchema {

// The version this build writes. Migrations only ever add (columns,
// indexes), so a file of an older version keeps every row it has.
constexpr int kVersion = 2;

struct Outcome
{
    bool ok = false;
    int foundVersion = 0; // before migrating; 0 for a new, empty file
    QSqlError error;
};

// Brings db to target (by default kVersion) in one IMMEDIATE transaction,
// so two programs opening a new file at once create it once. A file of a
// newer version than target is left alone: ok is false, foundVersion says why.
Outcome migrate(QSqlDatabase &db, int target = kVersion);

// What user_version says, or -1 with *error set.
int version(QSqlDatabase &db, QSqlError *error = nullptr);

} // namespace HistorySchema
