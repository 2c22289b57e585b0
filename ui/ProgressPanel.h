// SPDX-License-Identifier: Unlicense
// Connecting, identified, reading, verifying, resetting: the stage in words,
// who the phone is, and how far the read has got.
#pragma once

#include "DumpTypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;

class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    void reset();
    void setStage(Mt::DumpStage stage);
    void setPort(const QString &systemLocation);
    void setPhone(const PhoneInfo &phone);
    void setProgress(const DumpProgress &progress);

private:
    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_port;
    QLabel *m_chip;
    QLabel *m_versions;
    QLabel *m_meId;
    QProgressBar *m_bar;
    QLabel *m_numbers;
};
