// SPDX-License-Identifier: Unlicense
// One dump attempt as the history keeps it: what was asked, which phone
// answered, how it ended and what came out. Built from the core's own types;
// its field names (fields()) are the ones of `history --json`, the CSV
// export and docs/history.md.
#pragma once

#include "DumpError.h"
#include "DumpTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

// What other parts of a dump learn besides the core's result: the firmware
// on the phone, the size of its flash chip and the report written beside the
// dump. Each is empty (or absent) until someone knows it.
struct HistoryDetails
{
    QString firmwareVersion;
    QString firmwarePlatform;
    std::optional<quint64> flashSize;
    QString reportPath;
};

struct HistoryRecord
{
    // How the attempt ended. Unfinished: begun, never finished (running, or
    // the program ended before the dump did).
    enum class Result { Unfinished, Done, Failed, Cancelled };
    // Which front end recorded it.
    enum class Program { Window, JobsWindow, Cli };

    qint64 id = 0;
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // UTC; invalid while unfinished
    Result result = Result::Unfinished;
    QString errorCode;   // Mt::errorCodeName; empty unless failed or cancelled
    QString errorDetail; // DumpError::technicalSummary()
    Program program = Program::Window;
    QString requestedPort;          // as asked: "auto", a path or a port name
    QString port;                   // the system location used, when known
    std::optional<PhoneInfo> phone; // once the phone was identified
    HistoryDetails details;
    quint64 start = 0;
    quint64 length = 0;
    quint32 blockSize = 0;
    int pipelineDepth = 0;
    bool verifyRequested = false;
    bool resetRequested = false;
    QString file;           // absolute path of the dump (FILE)
    QByteArray sha256;      // raw digest; empty unless done
    qint64 durationMs = -1; // begin to finish, as measured by the recorder; -1 while unfinished
    double readSeconds = 0; // DumpResult::seconds: reading (and verifying) alone
    int retries = 0;
    bool resumed = false;
    qint64 resumedAt = 0; // bytes a resumed dump found in FILE.part
    bool verified = false;

    // At begin(): the request alone.
    static HistoryRecord fromRequest(const DumpRequest &request, Program program, const QString &port = {});
    // At finish(): what the dump reported. A result with an error code other
    // than None is a failure (Cancelled is its own result).
    void finishWith(const DumpResult &outcome, const DumpError &error = {});

    // A failed or cancelled attempt whose FILE.part is still there to continue.
    bool canContinue() const;
    // The file that holds what this attempt read now: the dump, or for one
    // that stopped, its partial file while it is still there.
    QString keptFile() const;
    // The request that continues it: the same port word, file, range and
    // options, with resume on.
    DumpRequest continueRequest() const;

    // The record as named fields, in a fixed order: one declaration for the
    // JSON output and the CSV export. Absent values are JSON null.
    QList<QPair<QString, QJsonValue>> fields() const;
    QJsonObject toJson() const;

    static QString resultName(Result result); // "done", "failed", "cancelled", "unfinished"
    static std::optional<Result> resultFromName(const QString &name);
    static QString programName(Program program); // "window", "jobs", "cli"
    static std::optional<Program> programFromName(const QString &name);
    // ISO 8601 in UTC with milliseconds, fixed width, so text order is time order.
    static QString timeText(const QDateTime &time);
};
Q_DECLARE_METATYPE(HistoryRecord)
