// SPDX-License-Identifier: Unlicense
// Shown while waiting for the phone: what to do, as words and a picture,
// since most failed dumps are a phone that was never put into its BootROM.
#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

class WaitingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WaitingPanel(QWidget *parent = nullptr);

    // What is watched: "any MediaTek phone" or a port path.
    void setWatching(const QString &portSpec);
    // A line about the phone just done, when Keep going moved on to the
    // next one: green for a dump, red for a failure.
    void setPrevious(const QString &text, bool ok = true);
    // While the last phone's port is still there (Keep going): ask to unplug it.
    void setUnplugFirst(bool unplug);
    // The phone just dumped came back (its ME ID): say to unplug it, and
    // offer to dump it again anyway. Empty: not that.
    void setSamePhone(const QString &meIdHex);

signals:
    void dumpAgainRequested();

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
    QPushButton *m_again = nullptr;
    QString m_samePhone;
    std::optional<QString> m_portSpec;
    bool m_unplugFirst = false;
};
