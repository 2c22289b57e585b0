// SPDX-License-Identifier: Unlicense
// What the window asks before a dump about its output file, one question at
// a time in the order DumpTarget finds them: replace the file? continue the
// partial dump that is there? Or it says why the dump cannot go there.
#pragma once

#include "DumpTypes.h"

#include <QCoreApplication>

class QWidget;

class TargetQuestions
{
    Q_DECLARE_TR_FUNCTIONS(TargetQuestions)

public:
    // Sets request.overwrite / request.resume as the user agreed. False when
    // the dump must not start (the user declined, or the target is unusable).
    static bool confirm(QWidget *parent, DumpRequest &request);
};
