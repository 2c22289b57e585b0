// SPDX-License-Identifier: Unlicense
#include "JobText.h"

#include "DumpTarget.h"
#include "ErrorText.h"
#include "PortArrivalWait.h"
#include "StageText.h"
#include "UiText.h"
#include "Isolate.h"

#include <QDir>
#include <QFileInfo>

QString JobText::range(const DumpRequest &r, const std::optional<DumpEvents::RangeSized> &sized)
{
    if (!r.wholeFlash)
        return tr("%1 from %2").arg(UiText::leftToRight(humanSize(qint64(r.length))), Isolate::hex(r.start));
    if (sized)
        return tr("Whole flash, %1").arg(UiText::leftToRight(humanSize(qint64(sized->length))));
    return tr("Whole flash");
}

QString JobText::kept(const QString &outputPath, quint64 length)
{
    const QFileInfo partial(DumpTarget(outputPath).partialPath());
    const QString kept = UiText::leftToRight(humanSize(partial.size()));
    const QString where = UiText::leftToRight(QDir::toNativeSeparators(partial.fileName()));
    if (length == 0)
        return tr("%1 is kept in %2: connect the same phone again and click Continue to read the rest.")
            .arg(kept, where);
    return tr("%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.")
        .arg(kept, UiText::leftToRight(humanSize(qint64(length))), where);
}

QString JobText::port(const QString &spec)
{
    return PortArrivalWait::isAuto(spec) ? tr("Automatic") : spec;
}

QString JobText::jobName(int number, const QString &port)
{
    return tr("job %1 (%2)").arg(number).arg(UiText::leftToRight(port));
}

QString JobText::logLine(const QString &port, const QString &line)
{
    //: A line of one job in the log: the job's port, then the line.
    return tr("[%1] %2").arg(UiText::leftToRight(port), line);
}

QString JobText::started(const DumpRequest &r)
{
    const QString file = UiText::leftToRight(QDir::toNativeSeparators(r.outputPath));
    if (r.resume)
        return tr("Continuing the dump into %1").arg(file);
    if (r.wholeFlash)
        return tr("Dump of the whole flash into %1").arg(file);
    return tr("Dump of %1 from %2 into %3")
        .arg(UiText::leftToRight(humanSize(qint64(r.length))), Isolate::hex(r.start), file);
}

QString JobText::stage(Mt::DumpStage stage)
{
    return tr("Stage: %1").arg(StageText::title(stage));
}

QString JobText::done(const DumpResult &r)
{
    return tr("Done: %1 (%2), SHA-256 %3")
        .arg(UiText::leftToRight(QDir::toNativeSeparators(r.path)), UiText::leftToRight(humanSize(qint64(r.length))),
             UiText::leftToRight(QString::fromLatin1(r.sha256.toHex())));
}

QString JobText::failed(Mt::DumpStage stage, const DumpError &error)
{
    return tr("%1: %2").arg(StageText::title(stage), ErrorText::forError(error).what);
}
