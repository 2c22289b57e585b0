// SPDX-License-Identifier: Unlicense
// What the CLI tells a person while a dump runs, on stderr: the stages, the
// phone's identity and the progress, as one redrawn line on a terminal or as
// plain lines now and then when stderr is a file or a pipe.
#pragma once

#include "DumpEvent.h"

#include <QCoreApplication>
#include <QElapsedTimer>

class CliProgress : public DumpObserver
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CliProgress(const DumpRequest &request, bool terminal, bool verbose);

    void onEvent(const DumpEvent &event) override;

    // Prints a message on its own line, clearing a progress line first.
    void message(const QString &text);
    // Ends a progress line left on screen; call before the final report.
    void finish();

    // "[#####-----]  45%  1.80 MiB / 4.00 MiB  250.3 KiB/s  ETA 0:09"
    static QString progressLine(const DumpProgress &progress, int columns);
    static QString formatDuration(qint64 ms);

private:
    void stageChanged(Mt::DumpStage stage);
    void portOpened(const QString &systemLocation);
    void identified(const PhoneInfo &phone);
    void rangeSized(const DumpEvents::RangeSized &range);
    void progress(const DumpProgress &progress);
    void log(const DumpEvents::Log &line);
    void clearLine();

    DumpRequest m_request;
    bool m_terminal;
    bool m_verbose;
    int m_lineLength = 0;       // characters of the progress line on screen
    QElapsedTimer m_sinceDraw;  // terminal: redraw at most ~10 times a second
    QElapsedTimer m_sincePrint; // pipe: a line every 10 % or every few seconds
    int m_lastDecile = -1;
    Mt::DumpStage m_lastProgressStage = Mt::DumpStage::Idle;
    DumpProgress m_last;
};
