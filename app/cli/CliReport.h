// SPDX-License-Identifier: Unlicense
// How a finished dump is reported: the SHA-256 line (or one JSON object) on
// stdout for scripts, and for people a sentence on stderr about what
// happened, what to do next and, when a partial dump is kept, the exact
// command that resumes it.
#pragma once

#include "CliExitCode.h"
#include "DumpTarget.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class CliReport
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QJsonObject successJson(const DumpRequest &request, const DumpResult &result);
    static QJsonObject failureJson(const DumpError &error, const QString &message, const QString &resumeCommand);
    // A usage error as JSON, for scripts that always pass --json.
    static QJsonObject usageJson(const QString &message);

    // Prints everything for a successful dump.
    static void success(const DumpRequest &request, const DumpResult &result, bool json);
    // Prints everything for a failed or cancelled dump; returns the exit code.
    static CliExitCode failure(const DumpRequest &request, const DumpResult &result, const DumpError &error,
                               const QStringList &arguments, bool json);

    // The same command line with --resume added, quoted for a POSIX shell
    // (or cmd.exe on Windows), ready to paste.
    static QString resumeCommand(const QStringList &arguments);
    static QString shellQuote(const QString &argument);

    static void printJson(const QJsonObject &object);
};
