// SPDX-License-Identifier: Unlicense
#include "ShowInFolder.h"

#include "UiText.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

void ShowInFolder::show(QWidget *parent, const QString &file, const Opener &opener)
{
    const QString folder = QFileInfo(file).absolutePath();
    const bool opened = opener ? opener(folder) : QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    if (opened)
        return;
    QMessageBox box(QMessageBox::Information, tr("Show in folder"),
                    tr("No file manager opened the folder. The dump is in:\n%1")
                        .arg(UiText::leftToRight(QDir::toNativeSeparators(folder))),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("showInFolderFallback"));
    QPushButton *copy = box.addButton(tr("Copy the path"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == copy)
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()));
}
