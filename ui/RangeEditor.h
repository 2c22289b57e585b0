// SPDX-License-Identifier: Unlicense
// Which bytes to read: the whole flash (its size found from the phone), a
// fixed size, or a custom start and length in hex, decimal or with a unit
// (4M), checked as the user types, each with its size in words.
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

    // The custom or fixed range; nothing for the whole flash or when not valid.
    std::optional<FlashRange> range() const;
    bool isWholeFlash() const { return preset() == kWholeFlashPreset; }
    bool isValid() const { return isWholeFlash() || range().has_value(); }
    // RAM and registers above the mapped flash are refused unless allowed.
    void setAnyAddress(bool allowed);
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

    static constexpr int kWholeFlashPreset = 0;
    static constexpr int kCustomPreset = 4;
    // Saved by word, so a change in the list never misreads a setting.
    static QString presetKey(int preset);
    static int presetFromKey(const QString &key);

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
    bool m_anyAddress = false;
};
