// SPDX-License-Identifier: Unlicense
// mtreader-cli info DUMP [--json] [--map PNG] [--start ADDRESS]: what an
// existing dump holds, from its bytes and, when there is one, the report
// written next to it (the phone and the size found from it).
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliInfo
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static bool isInfoCommand(const QStringList &args);
    // Whether it will draw a map: the program needs a QGuiApplication then.
    static bool wantsMap(int argc, char *argv[]);
    // args as QCoreApplication::arguments(); returns the exit code.
    static int run(const QStringList &args);
};
