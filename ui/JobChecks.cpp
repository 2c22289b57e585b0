// SPDX-License-Identifier: Unlicense
#include "JobChecks.h"

#include "DumpTarget.h"
#include "ErrorText.h"
#include "JobRow.h"
#include "PortArrivalWait.h"
#include "UiText.h"

#include <QDir>
#include <QFileInfo>

namespace {
#ifdef Q_OS_WIN
constexpr Qt::CaseSensitivity kPathCase = Qt::CaseInsensitive; // COM5 is com5, C:\a is c:\A
#else
constexpr Qt::CaseSensitivity kPathCase = Qt::CaseSensitive;
#endif
} // namespace

JobChecks::JobChecks(QList<JobRow *> rows, std::optional<DumpRequest> mainDump)
    : m_rows(std::move(rows)), m_mainDump(std::move(mainDump))
{}

bool JobChecks::samePort(const QString &a, const QString &b)
{
    if (PortArrivalWait::isAuto(a) || PortArrivalWait::isAuto(b))
        return PortArrivalWait::isAuto(a) && PortArrivalWait::isAuto(b);
    return a.trimmed().compare(b.trimmed(), kPathCase) == 0;
}

bool JobChecks::samePath(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty()
        && QFileInfo(a).absoluteFilePath().compare(QFileInfo(b).absoluteFilePath(), kPathCase) == 0;
}

JobChecks::Words JobChecks::conflictFor(const JobRow *job, const DumpRequest &r) const
{
    if (Words why = portConflict(job, r))
        return why;
    if (Words why = fileConflict(job, r))
        return why;
    return targetProblem(r);
}

JobChecks::Words JobChecks::portConflict(const JobRow *job, const DumpRequest &r) const
{
    const QString port = r.port;
    const QString portText = UiText::leftToRight(port);
    for (const JobRow *other : m_rows) {
        if (other == job || !other->isRunning())
            continue;
        if (samePort(port, other->request().port)
            || (!other->openedPort().isEmpty() && samePort(port, other->openedPort()))) {
            if (PortArrivalWait::isAuto(port))
                return [] {
                    return tr("Another job already uses Automatic, which takes the first MediaTek phone. "
                              "Choose a port for this one.");
                };
            return [portText] {
                return tr("Another job is already dumping from %1. Choose another port for this one.").arg(portText);
            };
        }
    }
    if (m_mainDump && samePort(port, m_mainDump->port))
        return [port, portText] {
            return tr("The main window is already dumping from %1. Choose another port for this job.")
                .arg(PortArrivalWait::isAuto(port) ? tr("Automatic") : portText);
        };
    return nullptr;
}

JobChecks::Words JobChecks::fileConflict(const JobRow *job, const DumpRequest &r) const
{
    const QString file = UiText::leftToRight(QDir::toNativeSeparators(r.outputPath));
    for (const JobRow *other : m_rows) {
        if (other != job && other->isRunning() && samePath(r.outputPath, other->request().outputPath))
            return [file] { return tr("Another job is already writing %1. Choose another file name.").arg(file); };
    }
    if (m_mainDump && samePath(r.outputPath, m_mainDump->outputPath))
        return [file] { return tr("The main window is already writing %1. Choose another file name.").arg(file); };
    return nullptr;
}

JobChecks::Words JobChecks::targetProblem(const DumpRequest &r)
{
    const DumpTarget::Check check = DumpTarget(r.outputPath).check(r);
    const QString name = UiText::leftToRight(QFileInfo(r.outputPath).fileName());
    const QString folder = UiText::leftToRight(QDir::toNativeSeparators(QFileInfo(r.outputPath).absolutePath()));
    switch (check.problem) {
    case DumpTarget::Problem::None: return nullptr;
    case DumpTarget::Problem::NoPath: return [] { return tr("Choose where to save this dump first."); };
    case DumpTarget::Problem::NoFolder: return [folder] { return tr("The folder %1 does not exist.").arg(folder); };
    case DumpTarget::Problem::NotWritable:
        return [folder] { return tr("MTreader cannot save into the folder %1. Choose another folder.").arg(folder); };
    case DumpTarget::Problem::IsFolder:
        return [name] { return tr("%1 is a folder. Choose a file name for the dump.").arg(name); };
    case DumpTarget::Problem::Exists:
        return [name] { return tr("%1 already exists. Choose another file name.").arg(name); };
    case DumpTarget::Problem::PartialInTheWay:
        return [name] {
            return tr("A partial dump of %1 is already there. Choose another file name, "
                      "or continue it from the main window.")
                .arg(name);
        };
    case DumpTarget::Problem::NothingToResume:
    case DumpTarget::Problem::ResumeOtherRange:
        return [error = check.error()] { return ErrorText::oneParagraph(error); };
    }
    return nullptr;
}
