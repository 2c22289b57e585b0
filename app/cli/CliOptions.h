// SPDX-License-Identifier: Unlicense
// The command line of mtreader-cli: the original tool's `port file start
// length` and `-bs`, plus the options of this one, turned into a DumpRequest.
#pragma once

#include "DumpTypes.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class QCommandLineParser;

struct CliOptions
{
    DumpRequest request;
    bool json = false;
    bool verbose = false;
    bool history = true; // record the dump in the dump history
};

class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum class Outcome { Run, Help, Version, Error };

    CliParser();
    ~CliParser();

    // args as QCoreApplication::arguments(): program name first.
    Outcome parse(const QStringList &args);

    const CliOptions &options() const { return m_options; }
    // Why parse() said Error: a sentence for the user.
    const QString &error() const { return m_error; }
    // Whether --json was asked for, even when parsing failed later.
    bool jsonRequested() const { return m_options.json; }

    // The full --help text, with the exit codes.
    QString helpText() const { return m_help; }
    static QString versionText();

private:
    struct Known; // every option, declared once
    void describe(QCommandLineParser &p, const QString &program);
    Outcome fail(const QString &why);
    bool takePositional(const QStringList &positional, bool anyAddress);
    bool takeBlockSizeAndDepth(const QCommandLineParser &p);
    bool takeTimeouts(const QCommandLineParser &p);
    bool parseSeconds(const QString &text, const QString &option, std::chrono::milliseconds &out);

    std::unique_ptr<Known> m_known;
    CliOptions m_options;
    QString m_error;
    QString m_help;
};
