// SPDX-License-Identifier: Unlicense
// mtreader-cli info DUMP [--json] [--map PNG] [--start ADDRESS]: what an
// existing dump holds, from its bytes and, when there is one, the report
// written next to it (the phone and the size found from it).
#pragma once

#include "DumpTypes.h"
#include "identity/DumpIdentity.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

class CliInfo
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static bool isInfoCommand(const QStringList &args);
    // Whether it will draw a map: the program needs a QGuiApplication then.
    static bool wantsMap(int argc, char *argv[]);
    // args as QCoreApplication::arguments(); returns the exit code.
    static int run(const QStringList &args);

private:
    // From --start if given (nullopt when it is no address below 4 GiB),
    // else the report's, else 0.
    static std::optional<quint64> startOf(const std::optional<QJsonObject> &report, const QString &given);
    static void printJson(const QString &path, const DumpIdentity &id, bool hasReport,
                          const std::optional<PhoneInfo> &phone);
    static void printText(const QString &path, const DumpIdentity &id, const std::optional<PhoneInfo> &phone);
};
