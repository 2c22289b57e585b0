// SPDX-License-Identifier: Unlicense
#include "JobText.h"

#include "DumpTarget.h"
#include "PortWaiter.h"
#include "UiText.h"

#include <QDir>
#include <QFileInfo>

QString JobText::range(const DumpRequest &r, const std::optional<DumpEvents::RangeSized> &sized)
{
    if (!r.wholeFlash)
        return tr("%1 from 0x%2")
            .arg(UiText::leftToRight(humanSize(qint64(r.length))), UiText::leftToRight(QString::number(r.start, 16)));
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
    return PortWaiter::isAuto(spec) ? tr("Automatic") : spec;
}

QString JobText::jobName(int number, const QString &port)
{
    return tr("job %1 (%2)").arg(number).arg(UiText::leftToRight(port));
}
