// SPDX-License-Identifier: Unlicense
// Each version is a list of statements that takes the file from the version
// before it; a new file goes through all of them, so the path an old file
// takes is the path every file has taken.
#include "HistorySchema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <iterator>

namespace {
// Version 1: one row per dump attempt. Times are ISO 8601 UTC text of fixed
// width, so ORDER BY on the text is time order and the file reads well in
// any SQLite browser.
const char *const kVersion1[] = {
    "CREATE TABLE attempts ("
    " id INTEGER PRIMARY KEY,"
    " started_at TEXT NOT NULL,"
    " ended_at TEXT,"
    " result TEXT NOT NULL DEFAULT 'unfinished'"
    "  CHECK (result IN ('unfinished', 'done', 'failed', 'cancelled')),"
    " error_code TEXT,"
    " error_detail TEXT,"
    " program TEXT NOT NULL,"
    " requested_port TEXT,"
    " port TEXT,"
    " chip_code INTEGER,"
    " hw_version INTEGER,"
    " sw_version INTEGER,"
    " sub_code INTEGER,"
    " brom_version INTEGER,"
    " me_id TEXT,"
    " range_start INTEGER NOT NULL,"
    " range_length INTEGER NOT NULL,"
    " block_size INTEGER,"
    " pipeline_depth INTEGER,"
    " verify_requested INTEGER NOT NULL DEFAULT 0,"
    " reset_requested INTEGER NOT NULL DEFAULT 0,"
    " file TEXT,"
    " sha256 TEXT,"
    " duration_ms INTEGER,"
    " read_seconds REAL,"
    " retries INTEGER NOT NULL DEFAULT 0,"
    " resumed INTEGER NOT NULL DEFAULT 0,"
    " resumed_at INTEGER NOT NULL DEFAULT 0,"
    " verified INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX attempts_by_time ON attempts (started_at)",
};

// Version 2: what the firmware reader and the report writer learn, empty
// until they fill it, and finding a phone by its ME ID without a full scan.
// NOCASE, so the index serves LIKE, which ignores ASCII case.
const char *const kVersion2[] = {
    "ALTER TABLE attempts ADD COLUMN firmware_version TEXT",
    "ALTER TABLE attempts ADD COLUMN firmware_platform TEXT",
    "ALTER TABLE attempts ADD COLUMN flash_size INTEGER",
    "ALTER TABLE attempts ADD COLUMN report_file TEXT",
    "CREATE INDEX attempts_by_me_id ON attempts (me_id COLLATE NOCASE)",
};

struct Step
{
    const char *const *begin;
    const char *const *end;
};
const Step kSteps[] = {
    {std::begin(kVersion1), std::end(kVersion1)},
    {std::begin(kVersion2), std::end(kVersion2)},
};
static_assert(std::size(kSteps) == HistorySchema::kVersion, "one step per version");

bool run(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}
} // namespace

int HistorySchema::version(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError();
        return -1;
    }
    return q.value(0).toInt();
}

HistorySchema::Outcome HistorySchema::migrate(QSqlDatabase &db, int target)
{
    Outcome out;
    // IMMEDIATE takes the write lock now, so the version read below cannot
    // change before the steps run.
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), &out.error))
        return out;
    out.foundVersion = version(db, &out.error);
    bool ok = out.foundVersion >= 0 && out.foundVersion <= target;
    for (int v = out.foundVersion + 1; ok && v <= target; ++v) {
        const Step &step = kSteps[v - 1];
        for (auto s = step.begin; ok && s != step.end; ++s)
            ok = run(db, QString::fromLatin1(*s), &out.error);
    }
    // user_version lives in the file's header page, inside the transaction.
    if (ok && out.foundVersion < target)
        ok = run(db, QStringLiteral("PRAGMA user_version = %1").arg(target), &out.error);
    if (ok && run(db, QStringLiteral("COMMIT"), &out.error)) {
        out.ok = true;
        return out;
    }
    QSqlError ignored;
    run(db, QStringLiteral("ROLLBACK"), &ignored);
    return out;
}
