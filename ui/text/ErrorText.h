// SPDX-License-Identifier: Unlicense
// What each failure means to a person: what happened and what to do next,
// translated. Shared by the window and the command line; the technical
// detail stays in the log.
#pragma once

#include "DumpError.h"

#include <QCoreApplication>
#include <QString>

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    struct Message
    {
        QString what; // one sentence: what happened
        QString next; // what to do about it, possibly several sentences
    };

    static Message forError(const DumpError &error);
    // "what next" in one paragraph, for a terminal or a log.
    static QString oneParagraph(const DumpError &error);

    // On Linux, the group that owns a device node (usually dialout or uucp).
    static QString owningGroup(const QString &devicePath);

private:
    static Message portMessage(const DumpError &error);
    static Message phoneMessage(const DumpError &error);
    static Message fileMessage(const DumpError &error);
};
