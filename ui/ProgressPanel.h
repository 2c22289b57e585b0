// SPDX-License-Identifier: Unlicense
// Connecting, identified, reading, verifying, resetting: the stage in words,
// who the phone is, and how far the read has got.
#pragma once

#include "DumpTypes.h"

#include <QWidget>
#include <optional>

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

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts come from the state below, so a change of language redoes them.
    void retranslateUi();
    void showStageText(Mt::DumpStage stage);
    void showPhone(const PhoneInfo &phone);
    void showNumbers(const DumpProgress &progress);

    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_port;
    QLabel *m_chip;
    QLabel *m_versions;
    QLabel *m_meId;
    QProgressBar *m_bar;
    QLabel *m_numbers;
    QLabel *m_formLabels[4] = {};
    Mt::DumpStage m_stage = Mt::DumpStage::Connecting;
    QString m_portName;
    std::optional<PhoneInfo> m_phone;
    std::optional<DumpProgress> m_progress;
};
