// SPDX-License-Identifier: Unlicense
// Helpers shared by the window's tests and the GUI benchmark: reading the
// window's state, setting a range, hashing a file, and listing a pty as the
// MediaTek BROM port a real phone would show.
#pragma once

#include "MainWindow.h"
#include "PortInfo.h"
#include "RangeEditor.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QStackedWidget>

namespace guitest {

constexpr int kSafetyNetMs = 60000; // only for a hung test; a pass takes far less

// The object name of the status panel the window shows now.
inline QString pageOf(const MainWindow &window)
{
    const auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("statusStack"));
    return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
}

inline void setCustomRange(MainWindow &window, const QString &start, const QString &length)
{
    window.findChild<QComboBox *>(QStringLiteral("rangePreset"))->setCurrentIndex(RangeEditor::kCustomPreset);
    window.findChild<QLineEdit *>(QStringLiteral("rangeStart"))->setText(start);
    window.findChild<QLineEdit *>(QStringLiteral("rangeLength"))->setText(length);
}

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// A pty is no USB device: while path exists, list it as a BROM port (0E8D:0003).
inline PortLister mediatekPortAt(const QString &path)
{
    return [path] {
        QList<PortInfo> ports;
        if (QFileInfo::exists(path)) {
            PortInfo p;
            p.portName = QFileInfo(path).fileName();
            p.systemLocation = path;
            p.description = QStringLiteral("MT65xx Preloader");
            p.hasUsbId = true;
            p.vendorId = 0x0E8D;
            p.productId = 0x0003;
            ports << p;
        }
        return ports;
    };
}

} // namespace guitest
