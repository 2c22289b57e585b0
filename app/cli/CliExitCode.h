// SPDX-License-Identifier: Unlicense
// The exit codes of mtreader-cli, documented in --help and README.md, so a
// script can tell "no phone" from "cable pulled" from "disk full".
#pragma once

#include "DumpError.h"

#include <QCoreApplication>
#include <QString>

enum class CliExitCode : int {
    Ok = 0,
    Unexpected = 1,  // a failure the core did not classify (a bug)
    Usage = 2,       // bad arguments, invalid range or block size
    NoPhone = 3,     // no port appeared, or nothing answered like a BROM
    PortAccess = 4,  // the port exists but could not be opened
    Protocol = 5,    // the phone stopped answering or answered wrongly mid-dump
    Io = 6,          // the output file could not be written, or already exists
    Cancelled = 130, // Ctrl-C or SIGTERM; as a shell reports SIGINT (128 + 2)
};

CliExitCode exitCodeFor(Mt::ErrorCode code);

class CliExitCodeText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // The "Exit codes:" section of --help.
    static QString table();
};
