// SPDX-License-Identifier: Unlicense
// Shown while waiting for the phone: what to do, as words and a picture,
// since most failed dumps are a phone that was never put into its BootROM.
#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_instruction;
    QLabel *m_watching;
    QLabel *m_previous; // set by the window, which redoes it on a change of language
    QLabel *m_battery;
    QWidget *m_picture = nullptr;
    QProgressBar *m_busy = nullptr;
    std::optional<QString> m_portSpec;
    bool m_unplugFirst = false;
};
