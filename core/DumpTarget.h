// SPDX-License-Identifier: Unlicense
// Where a dump goes, and every rule about it: the names of the files that
// travel with a dump, and whether a dump may start writing there. The CLI,
// the window, the jobs window and the dump itself all ask this one class.
#pragma once

#include "DumpError.h"
#include "DumpTypes.h"
#include "ResumeState.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class DumpTarget
{
    Q_DECLARE_TR_FUNCTIONS(DumpTarget)

public:
    explicit DumpTarget(QString path);

    QString path() const { return m_path; }
    // The dump while it is being written; renamed to path() when complete.
    QString partialPath() const;
    // Beside the partial dump: what it is of and how far it got, for a resume.
    QString sidecarPath() const;
    // A dump whose second read differed is kept under this name, marked
    // "unverified" and never clashing with a file that is already there.
    QString unverifiedPath() const;

    bool hasPartial() const;
    // A partial dump with a sidecar saying what it is: one a resume can continue.
    bool hasResumablePartial() const;

    enum class Problem {
        None,
        NoPath,           // no file was named
        NoFolder,         // the folder it would go into does not exist
        IsFolder,         // the name is that of a folder
        NotWritable,      // the folder refuses a new file (read-only, immutable, /proc)
        Exists,           // the file exists and overwriting was not allowed
        PartialInTheWay,  // a partial dump is there and this is not its resume
        NothingToResume,  // a resume was asked for, but there is no partial dump
        ResumeOtherRange, // the partial dump is of another range
    };

    struct Check
    {
        Problem problem = Problem::None;
        QString detail;                    // technical, for the log
        QString reason;                    // NotWritable: the system's own words for why
        std::optional<ResumeState> resume; // for a resume: what the partial dump holds

        bool ok() const { return problem == Problem::None; }
        // The refusal as a dump failure (code and detail).
        DumpError error() const;
    };

    // The one check before a dump starts: by a front end, to ask the user
    // first (replace? continue?), and by the dump itself, before it waits
    // for a phone. The first problem found, in the order the list above has.
    Check check(const DumpRequest &request) const;

    // Makes and removes a probe file: the one sure test, before the user
    // plugs a phone in, that the dump will be able to start.
    static bool folderTakesFiles(const QString &folder, QString *why);

private:
    Check refuse(Problem problem, const QString &detail, const QString &reason = {}) const;

    QString m_path;
};
