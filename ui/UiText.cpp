// SPDX-License-Identifier: Unlicense
#include "UiText.h"

#include "DumpTarget.h"
#include "Isolate.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QLineEdit>
#include <QRegularExpression>

QString UiText::leftToRight(const QString &text)
{
    return Isolate::value(text);
}

void UiText::followTextDirection(QLineEdit *edit)
{
    auto follow = [edit] {
        // Only where the window is right to left: elsewhere a field is
        // never in another direction than its text.
        const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft
            && (edit->text().isEmpty() || edit->text().isRightToLeft());
        // Set even when it already is: only a direction set on the field
        // itself stays when the window's changes.
        edit->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    };
    QObject::connect(edit, &QLineEdit::textChanged, edit, follow);
    // The window's direction changes with its language.
    QObject::connect(qGuiApp, &QGuiApplication::layoutDirectionChanged, edit, follow);
    follow();
}

QString UiText::nextFreeName(const QString &path, const std::function<bool(const QString &)> &alsoTaken)
{
    auto taken = [&alsoTaken](const QString &p) {
        // A partial dump under the name counts too: the job would refuse it.
        return QFileInfo::exists(p) || DumpTarget(p).hasPartial() || (alsoTaken && alsoTaken(p));
    };
    if (!taken(path))
        return path;
    const QFileInfo fi(path);
    const QString suffix = fi.completeSuffix().isEmpty() ? QString() : QLatin1Char('.') + fi.completeSuffix();
    QString stem = fi.fileName().chopped(suffix.size());
    // phone-2.bin goes on to phone-3.bin, not phone-2-2.bin; a time in the
    // name (-221500) is no number to count on.
    static const QRegularExpression numbered(QStringLiteral("^(.*)-(\\d{1,3})$"));
    int n = 2;
    if (const QRegularExpressionMatch m = numbered.match(stem); m.hasMatch()) {
        stem = m.captured(1);
        n = m.captured(2).toInt() + 1;
    }
    QString next;
    do {
        next = fi.dir().filePath(QStringLiteral("%1-%2%3").arg(stem).arg(n++).arg(suffix));
    } while (taken(next));
    return next;
}

QString UiText::automaticFileName(const QString &folder, const QString &chip, const QDateTime &when,
                                  const std::function<bool(const QString &)> &alsoTaken)
{
    const QString stem = QStringLiteral("%1_%2").arg(chip, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return nextFreeName(QDir(folder).filePath(stem + QStringLiteral(".bin")), alsoTaken);
}
