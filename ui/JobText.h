// SPDX-License-Identifier: Unlicense
// The sentences of one job that are not its widgets': what it reads, what
// a partial dump kept, and its lines in the main window's log, each with
// the job's port in front.
#pragma once

#include "DumpEvent.h"
#include "DumpTypes.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class JobText
{
    Q_DECLARE_TR_FUNCTIONS(JobText)

public:
    // "Whole flash", "Whole flash, 4.00 MiB" once sized, "256 KiB from 0x0".
    static QString range(const DumpRequest &request, const std::optional<DumpEvents::RangeSized> &sized = {});
    // What FILE.part holds and how to continue it; length 0 when unknown.
    static QString kept(const QString &outputPath, quint64 length);
    // A port spec in words: Automatic, or the port.
    static QString port(const QString &spec);
    // "job 2 (virtual:2)": which row a control or a sentence is about.
    static QString jobName(int number, const QString &port);

    // Lines for the log.
    static QString logLine(const QString &port, const QString &line);
    static QString started(const DumpRequest &request);
    static QString stage(Mt::DumpStage stage);
    static QString done(const DumpResult &result);
    static QString failed(Mt::DumpStage stage, const DumpError &error);
};
