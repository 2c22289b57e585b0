// SPDX-License-Identifier: Unlicense
// A busy bar that costs next to nothing for as long as a user waits: the
// style's own busy animation repaints about 30 times a second (measured at
// 2.5% of a core offscreen, more than everything else while waiting). This
// one sweeps in steps, four a second, and only while it is shown.
#pragma once

#include <QProgressBar>
#include <QTimer>

class BusyBar : public QProgressBar
{
    Q_OBJECT
public:
    explicit BusyBar(QWidget *parent = nullptr);

    static constexpr int kSteps = 8;
    static constexpr int kStepMs = 250;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void step();

    QTimer m_timer;
};
