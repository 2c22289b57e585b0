// SPDX-License-Identifier: Unlicense
// The strip that says the window is in demo mode, where the demo's dumps
// go, and lets the user choose how big the virtual phone's flash is: real
// MT6261 phones carry 4, 8 or 16 MiB, and the whole-flash dump finds which.
#pragma once

#include <QFrame>

class QComboBox;
class QLabel;

class DemoBanner : public QFrame
{
    Q_OBJECT
public:
    explicit DemoBanner(QWidget *parent = nullptr);

    // The next virtual phone's flash, in bytes.
    qint64 flashSize() const;
    void setFlashSize(qint64 bytes);

signals:
    void flashSizeChosen(qint64 bytes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QLabel *m_sizeLabel;
    QComboBox *m_size;
};
