// SPDX-License-Identifier: Unlicense
// The command line of mtreader-cli: the original tool's `port file start
// length` and `-bs`, plus the options of this one, turned into a DumpRequest.
#pragma once

#include "DumpTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct CliOptions
{
    DumpRequest request;
    bool json = false;
    bool verbose = false;
};

class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum class Outcome { Run, Help, Version, Error };

    // args as QCoreApplication::arguments(): program name first.
    Outcome parse(const QStringList &args);

    const CliOptions &options() const { return m_options; }
    // Why parse() said Error: a sentence for the user.
    const QString &error() const { return m_error; }
    // Whether --json was asked for, even when parsing failed later.
    bool jsonRequested() const { return m_options.json; }

    // The full --help text, with the exit codes.
    QString helpText() const;
    static QString versionText();

private:
    Outcome fail(const QString &why);
    bool parseSeconds(const QString &text, const QString &option, std::chrono::milliseconds &out);

    CliOptions m_options;
    QString m_error;
    QString m_help;
};
