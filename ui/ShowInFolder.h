// SPDX-License-Identifier: Unlicense
// "Show in folder": asks the desktop to open the folder of a file. Where no
// file manager answers (a bare window manager, a kiosk), it says so and
// offers to copy the path instead of doing nothing.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

class ShowInFolder
{
    Q_DECLARE_TR_FUNCTIONS(ShowInFolder)

public:
    // Opens a URL; tests put their own in.
    using Opener = std::function<bool(const QString &folder)>;

    static void show(QWidget *parent, const QString &file, const Opener &opener = {});
};
