// SPDX-License-Identifier: Unlicense
// The command line and the dump history: `mtreader-cli history` lists past
// attempts (newest first, aligned, or as JSON), and CliRecorder records the
// dump main() runs unless --no-history was given.
#pragma once

#include "DumpHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <memory>
#include <optional>

class CliHistory
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // arguments as QCoreApplication::arguments(), "history" second; returns
    // the exit code (0, or 2 for bad arguments).
    static int run(const QStringList &arguments);

    // ISO 8601: a date (from its midnight, local time) or a date and time,
    // local unless it names its offset (Z, +02:00).
    static std::optional<QDateTime> parseSince(const QString &text);
    // One line per attempt under a header, columns aligned.
    static QString table(const QList<HistoryRecord> &records);
};

// Records one dump: begin() before it, finish() after. Off with --no-history.
// The history's one notice (a damaged or unwritable file) goes to stderr.
class CliRecorder
{
public:
    explicit CliRecorder(bool enabled);
    ~CliRecorder();

    void begin(const DumpRequest &request);
    void finish(const DumpResult &result, const DumpError &error = {});

private:
    std::unique_ptr<DumpHistory> m_history;
    qint64 m_attempt = 0;
};
