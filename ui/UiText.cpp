// SPDX-License-Identifier: Unlicense
#include "UiText.h"

#include "DumpTarget.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>






QString UiText::leftToRight(const QString &text)
{
    if (text.isEmpty() || !QGuiApplication::isRightToLeft())
        return text;
    // A left-to-right isolate: the value keeps its own order ("/tmp/x",
    // "4.00 MiB", "0x1000") and does not reorder the sentence around it,
    // which a pair of marks alone does not prevent.
    return QChar(0x2066) + text + QChar(0x2069);
}

QString UiText::automaticFileName(const QString &folder, const QString &chip, const QDateTime &when,
                                  const std::function<bool(const QString &)> &alsoTaken)
{
    const QDir dir(folder);
    const QString stem = QStringLiteral("%1_%2").arg(chip, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    auto taken = [&alsoTaken](const QString &path) {
        // A partial dump under the name counts too: the job would refuse it.
        return QFileInfo::exists(path) || DumpTarget(path).hasPartial()
               || (alsoTaken && alsoTaken(path));
    };
    QString path = dir.filePath(stem + QStringLiteral(".bin"));
    for (int n = 2; taken(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.bin").arg(stem).arg(n));
    return path;
}
