// SPDX-License-Identifier: Unlicense
// What the jobs window checks before a row starts: no other dump on its port
// or into its file (another row's or the main window's), and a target the
// core accepts. Each answer is a way to say it, so a change of language
// redoes the sentence.
#pragma once

#include "DumpTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class JobRow;

class JobChecks
{
    // The sentences came from the window and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(JobsWindow)

public:
    using Words = std::function<QString()>;

    // The rows of the window and the main window's running dump, if any.
    JobChecks(QList<JobRow *> rows, std::optional<DumpRequest> mainDump);

    // Why job may not start with request, or nothing.
    Words conflictFor(const JobRow *job, const DumpRequest &request) const;
    Words portConflict(const JobRow *job, const DumpRequest &request) const;
    Words fileConflict(const JobRow *job, const DumpRequest &request) const;
    static Words targetProblem(const DumpRequest &request);

    // Automatic is one port; names and paths compare as the system does.
    static bool samePort(const QString &a, const QString &b);
    static bool samePath(const QString &a, const QString &b);

private:
    QList<JobRow *> m_rows;
    std::optional<DumpRequest> m_mainDump;
};
