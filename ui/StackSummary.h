// SPDX-License-Identifier: Unlicense
// Keep going's tally, always in view while a stack of phones is worked
// through: how many were dumped and how many failed, and what happened to
// each, newest first, so nobody has to watch the screen to lose no phone.
#pragma once

#include "KeepGoingFlow.h"

#include <QWidget>

class QLabel;
class QListWidget;

class StackSummary : public QWidget
{
    Q_OBJECT
public:
    explicit StackSummary(const KeepGoingFlow *flow, QWidget *parent = nullptr);

    QString countsText() const;
    int rows() const;
    QString rowText(int row) const; // row 0 is the newest

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const KeepGoingFlow *m_flow;
    QLabel *m_counts;
    QListWidget *m_list;
};
