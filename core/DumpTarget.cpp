// SPDX-License-Identifier: Unlicense
#include "DumpTarget.h"

#include "Isolate.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

using Mt::ErrorCode;

DumpTarget::DumpTarget(QString path) : m_path(std::move(path)) {}

QString DumpTarget::partialPath() const
{
    return m_path + QStringLiteral(".part");
}

QString DumpTarget::sidecarPath() const
{
    return m_path + QStringLiteral(".part.json");
}

QString DumpTarget::unverifiedPath() const
{
    const QFileInfo fi(m_path);
    const QString suffix = fi.completeSuffix();
    const QString base = suffix.isEmpty() ? fi.fileName() : fi.fileName().chopped(suffix.size() + 1);
    const QString dot = suffix.isEmpty() ? QString() : QStringLiteral(".") + suffix;
    // An earlier unverified dump of the same name is evidence too: keep it.
    QString name = base + QStringLiteral(".unverified") + dot;
    for (int n = 2; QFileInfo::exists(fi.dir().filePath(name)); ++n)
        name = QStringLiteral("%1.unverified-%2%3").arg(base).arg(n).arg(dot);
    return fi.dir().filePath(name);
}

bool DumpTarget::hasPartial() const
{
    return !m_path.isEmpty() && QFileInfo::exists(partialPath());
}

bool DumpTarget::hasResumablePartial() const
{
    return hasPartial() && QFileInfo::exists(sidecarPath());
}

bool DumpTarget::folderTakesFiles(const QString &folder, QString *why)
{
    // Permissions alone do not tell: root ignores them, a read-only mount or
    // an immutable folder refuses anyway, /proc looks writable to root.
    // A name of its own each time: several dumps may check one folder at once.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".mtreader-probe-XXXXXX")));
    if (probe.open() && probe.write("x", 1) == 1 && probe.flush())
        return true; // removed with probe
    if (why)
        *why = probe.errorString();
    return false;
}

DumpError DumpTarget::Check::error() const
{
    DumpError e;
    switch (problem) {
    case Problem::None: return e;
    case Problem::NoPath: e.code = ErrorCode::InvalidArgument; break;
    case Problem::NoFolder:
    case Problem::IsFolder:
    case Problem::NotWritable: e.code = ErrorCode::OutputError; break;
    case Problem::Exists: e.code = ErrorCode::OutputExists; break;
    case Problem::PartialInTheWay:
    case Problem::NothingToResume:
    case Problem::ResumeOtherRange: e.code = ErrorCode::ResumeInvalid; break;
    }
    e.detail = detail;
    return e;
}

DumpTarget::Check DumpTarget::refuse(Problem problem, const QString &detail, const QString &reason) const
{
    Check c;
    c.problem = problem;
    c.detail = detail;
    c.reason = reason;
    return c;
}

DumpTarget::Check DumpTarget::check(const DumpRequest &request) const
{
    if (m_path.isEmpty())
        return refuse(Problem::NoPath, tr("No output file was given."));
    const QFileInfo info(m_path);
    const QString path = Isolate::value(m_path);
    if (!info.absoluteDir().exists())
        return refuse(Problem::NoFolder, tr("The folder %1 does not exist.").arg(Isolate::value(info.absolutePath())));
    if (info.isDir())
        return refuse(Problem::IsFolder, tr("%1 is a folder.").arg(path));
    if (QString why; !folderTakesFiles(info.absolutePath(), &why))
        return refuse(Problem::NotWritable,
                      tr("Cannot write in the folder %1: %2.").arg(Isolate::value(info.absolutePath()), why), why);
    // Refused before the phone is plugged in, not after it has been read.
    if (info.exists() && !request.overwrite)
        return refuse(Problem::Exists, tr("%1 exists.").arg(path));

    if (!request.resume) {
        // Never overwrite a partial dump we did not make: it may be the only copy.
        if (hasPartial())
            return refuse(
                Problem::PartialInTheWay,
                tr("A partial dump %1 is in the way: resume it or remove it.").arg(Isolate::value(partialPath())));
        return {};
    }
    if (!hasPartial())
        return refuse(Problem::NothingToResume, tr("Nothing to resume for %1: there is no partial file.").arg(path));
    QString why;
    const std::optional<ResumeState> state = ResumeState::load(sidecarPath(), &why);
    if (!state)
        return refuse(Problem::NothingToResume, tr("Nothing to resume for %1.").arg(path) + QLatin1Char(' ') + why);
    // A whole-flash dump continues whatever size the partial one found; the
    // phone must find the same size again (the dump checks).
    const bool sameRange = request.wholeFlash
        ? state->wholeFlash && state->start == 0
        : !state->wholeFlash && state->start == request.start && state->length == request.length;
    if (!sameRange) {
        // One value, so a right-to-left sentence does not swap its two halves.
        const QString range = QStringLiteral("0x%1+0x%2").arg(state->start, 0, 16).arg(state->length, 0, 16);
        return refuse(Problem::ResumeOtherRange,
                      tr("The partial dump is of %1, not the range asked for.").arg(Isolate::value(range)));
    }
    Check ok;
    ok.resume = state;
    return ok;
}
