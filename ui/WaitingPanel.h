// SPDX-License-Identifier: Unlicense
// Shown while waiting for the phone: what to do, as words and a picture,
// since most failed dumps are a phone that was never put into its BootROM.
#pragma once

#include <QWidget>

class QLabel;

class WaitingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WaitingPanel(QWidget *parent = nullptr);

    // What is watched: "any MediaTek phone" or a port path.
    void setWatching(const QString &portSpec);
    // A line about the dump just saved, when Keep going moved on to the next phone.
    void setPrevious(const QString &text);
    // While the last phone's port is still there (Keep going): ask to unplug it.
    void setUnplugFirst(bool unplug);

private:
    QLabel *m_title;
    QLabel *m_instruction;
    QLabel *m_watching;
    QLabel *m_previous;
};
