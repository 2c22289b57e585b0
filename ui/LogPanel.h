// SPDX-License-Identifier: Unlicense
// The log, in a dock the user can hide: timestamped worker messages, stage
// changes and the technical side of every error, to copy into a bug report.
#pragma once

#include <QDockWidget>

class QPlainTextEdit;
class QPushButton;

class LogPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit LogPanel(QWidget *parent = nullptr);

    void append(const QString &line);
    // Showing the newest line (the user has not scrolled up).
    bool isFollowing() const;
    QString text() const;
    // Public: the window sets its own text on the dock's toggle action after
    // this, and the dock resets that text whenever its title changes.
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();

    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_clear;
    bool m_following = true;
    bool m_keepingUp = false; // moving the view to the end ourselves
};
