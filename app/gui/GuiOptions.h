// SPDX-License-Identifier: Unlicense
// The window's command line: a language for this run, and the demo options
// (a virtual phone, its faults, several phones at once) used for trying the
// app and for screenshots.
#pragma once

#include "LanguageManager.h"
#include "virtual/VirtualPhoneConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct GuiOptions
{
    Q_DECLARE_TR_FUNCTIONS(main)

public:
    QString language; // set with --language: for this run only
    bool demo = false;
    QList<Fault> demoFaults;
    int demoJobs = 0;
    qint64 demoFlash = 0; // 0: the demo's default

    // Processes the command line (--help and --version print and exit). -1
    // to go on, else the exit code (2 after a message on stderr).
    int parse(QCoreApplication &app, const QList<LanguageManager::Language> &languages);

    // --language CODE, looked for before the parser so that --help speaks it too.
    static QString languageArgument(int argc, char *argv[]);

private:
    static int refuse(const QString &why);
};
