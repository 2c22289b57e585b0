// SPDX-License-Identifier: Unlicense
#include "BusyBar.h"

BusyBar::BusyBar(QWidget *parent) : QProgressBar(parent)
{
    setRange(0, kSteps);
    setValue(0);
    setTextVisible(false);
    m_timer.setInterval(kStepMs);
    connect(&m_timer, &QTimer::timeout, this, &BusyBar::step);
}

void BusyBar::showEvent(QShowEvent *event)
{
    m_timer.start();
    QProgressBar::showEvent(event);
}

void BusyBar::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QProgressBar::hideEvent(event);
}

void BusyBar::step()
{
    // Fills from the leading edge, then drains from it: a sweep that says
    // "alive" and never "almost done". At each end it turns for one step.
    const bool draining = invertedAppearance();
    const int next = value() + (draining ? -1 : 1);
    if (next < minimum() || next > maximum())
        setInvertedAppearance(!draining);
    else
        setValue(next);
}
