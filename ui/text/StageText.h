// SPDX-License-Identifier: Unlicense
// The words for where a dump is and what the user does next: the title of
// each stage and the instruction to connect the phone. Shared by the window
// and the command line.
#pragma once

#include "DumpError.h"

#include <QCoreApplication>
#include <QString>

class StageText
{
    Q_DECLARE_TR_FUNCTIONS(StageText)

public:
    // "Waiting for the phone", "Reading the flash", ...
    static QString title(Mt::DumpStage stage);
    // What to do to make the phone's BootROM port appear.
    static QString connectInstruction();
};
