// SPDX-License-Identifier: Unlicense
#include "DumpTarget.h"

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
    case Problem::None:
        return e;
    case Problem::NoPath:
        e.code = ErrorCode::InvalidArgument;
        break;
    case Problem::NoFolder:
    case Problem::IsFolder:
    case Problem::NotWritable:
        e.code = ErrorCode::OutputError;
        break;
    case Problem::Exists:
        e.code = ErrorCode::OutputExists;
        break;
    case Problem::PartialInTheWay:
    case Problem::NothingToResume:
    case Problem::ResumeOtherRange:
        e.code = ErrorCode::ResumeInvalid;
        break;
    }
    e.detail = detail;
    return e;
}

DumpTarget::Check DumpTarget::refuse(Problem problem, const QString &detail) const
{
    Check c;
    c.problem = problem;
    c.detail = detail;
    return c;
}

DumpTarget::Check DumpTarget::check(const DumpRequest &request) const
{
    if (m_path.isEmpty())
        return refuse(Problem::NoPath, QStringLiteral("no output file given"));
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists())
        return refuse(Problem::NoFolder, QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
    if (info.isDir())
        return refuse(Problem::IsFolder, QStringLiteral("%1 is a folder").arg(m_path));
    if (QString why; !folderTakesFiles(info.absolutePath(), &why))
        return refuse(Problem::NotWritable,
                      QStringLiteral("cannot write in the folder %1: %2").arg(info.absolutePath(), why));
    // Refused before the phone is plugged in, not after it has been read.
    if (info.exists() && !request.overwrite)
        return refuse(Problem::Exists, QStringLiteral("%1 exists").arg(m_path));

    if (!request.resume) {
        // Never overwrite a partial dump we did not make: it may be the only copy.
        if (hasPartial())
            return refuse(Problem::PartialInTheWay,
                          QStringLiteral("a partial dump %1 is in the way: resume it or remove it").arg(partialPath()));
        return {};
    }
    if (!hasPartial())
        return refuse(Problem::NothingToResume, QStringLiteral("nothing to resume for %1: no partial file").arg(m_path));
    QString why;
    const std::optional<ResumeState> state = ResumeState::load(sidecarPath(), &why);
    if (!state)
        return refuse(Problem::NothingToResume, QStringLiteral("nothing to resume for %1: %2").arg(m_path, why));
    // A whole-flash dump continues whatever size the partial one found; the
    // phone must find the same size again (the dump checks).
    const bool sameRange = request.wholeFlash ? state->wholeFlash && state->start == 0
                                              : !state->wholeFlash && state->start == request.start
                                                    && state->length == request.length;
    if (!sameRange)
        return refuse(Problem::ResumeOtherRange,
                      QStringLiteral("the partial dump is of 0x%1+0x%2, not the range asked for")
                          .arg(state->start, 0, 16)
                          .arg(state->length, 0, 16));
    Check ok;
    ok.resume = state;
    return ok;
}
