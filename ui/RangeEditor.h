// SPDX-License-Identifier: Unlicense
// Which bytes to read: a whole-flash preset or a custom start and length in
// hex or decimal, checked as the user types, each with its size in words.
#pragma once

#include "FlashRange.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

class RangeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RangeEditor(QWidget *parent = nullptr);

    std::optional<FlashRange> range() const;
    bool isValid() const { return range().has_value(); }
    // Empty when valid; otherwise the sentence shown under the fields.
    QString errorText() const;

    int preset() const;
    void setPreset(int index);
    QString startText() const;
    QString lengthText() const;
    // Used for Custom; presets fill the fields themselves.
    void setCustom(const QString &start, const QString &length);

    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *lengthEdit() const { return m_length; }

    static constexpr int kCustomPreset = 3;

signals:
    void validityChanged(bool valid);
    void rangeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onPresetChanged(int index);
    void revalidate();
    void retranslateUi();

    QComboBox *m_preset;
    QLineEdit *m_start;
    QLineEdit *m_length;
    QLabel *m_startSize;
    QLabel *m_lengthSize;
    QLabel *m_error;
    QLabel *m_startLabel;
    QLabel *m_lengthLabel;
    QString m_customStart = QStringLiteral("0x0");
    QString m_customLength = QStringLiteral("0x400000");
    bool m_wasValid = true;
};
