// SPDX-License-Identifier: Unlicense
// Connecting, identified, reading, verifying, resetting: the stage in words,
// who the phone is, and how far the read has got.
#pragma once

#include "DumpEvent.h"
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
    // What will be read, once the phone is known: its total and the flash size.
    void setRange(const DumpEvents::RangeSized &range);
    // The history knows this phone: when and to which file it was dumped.
    void setPreviously(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Texts come from the state below, so a change of language redoes them.
    void retranslateUi();
    void showStageText(Mt::DumpStage stage);
    void showPhone(const PhoneInfo &phone);
    void showNumbers(const DumpProgress &progress);
    static QString rangeText(const DumpEvents::RangeSized &range);

    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_port;
    QLabel *m_chip;
    QLabel *m_versions;
    QLabel *m_meId;
    QLabel *m_flash;
    QLabel *m_previously;
    QProgressBar *m_bar;
    QLabel *m_numbers;
    QLabel *m_formLabels[5] = {};
    Mt::DumpStage m_stage = Mt::DumpStage::Connecting;
    QString m_portName;
    std::optional<PhoneInfo> m_phone;
    std::optional<DumpProgress> m_progress;
    std::optional<DumpEvents::RangeSized> m_range;
};
