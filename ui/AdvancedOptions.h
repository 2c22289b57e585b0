// SPDX-License-Identifier: Unlicense
// The options most people never touch, folded away under "Advanced": block
// size, careful (unpipelined) mode, and reading above the flash.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

class AdvancedOptions : public QWidget
{
    Q_OBJECT
public:
    explicit AdvancedOptions(QWidget *parent = nullptr);

    quint32 blockSize() const;
    void setBlockSize(quint32 bytes);
    bool careful() const;
    void setCareful(bool on);
    // READ32 commands in flight: one in careful mode, else sized to the link.
    int pipelineDepth() const;
    // Ranges at or above 0x10000000 (RAM and registers) allowed.
    bool anyAddress() const;
    void setAnyAddress(bool on);

    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton *toggleButton() const { return m_toggle; }
    QComboBox *blockSizeBox() const { return m_blockSize; }
    QCheckBox *carefulBox() const { return m_careful; }
    QCheckBox *anyAddressBox() const { return m_anyAddress; }

signals:
    void anyAddressChanged(bool allowed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // A check box with a short name and, below it, what it does in as many
    // lines as the language needs: a long check box text cannot wrap.
    void addExplained(QVBoxLayout *body, QCheckBox *box, QLabel *hint);

    QToolButton *m_toggle;
    QWidget *m_body;
    QComboBox *m_blockSize;
    QLabel *m_blockSizeLabel;
    QCheckBox *m_careful;
    QLabel *m_carefulHint;
    QCheckBox *m_anyAddress;
    QLabel *m_anyAddressHint;
};
