// SPDX-License-Identifier: Unlicense
// The options most people never touch, folded away under "Advanced": block
// size, read-twice verification and careful (unpipelined) mode.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

class AdvancedOptions : public QWidget
{
    Q_OBJECT
public:
    explicit AdvancedOptions(QWidget *parent = nullptr);

    quint32 blockSize() const;
    void setBlockSize(quint32 bytes);
    bool verify() const;
    void setVerify(bool on);
    bool careful() const;
    void setCareful(bool on);
    // READ32 commands in flight: one in careful mode, else sized to the link.
    int pipelineDepth() const;

    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton *toggleButton() const { return m_toggle; }
    QComboBox *blockSizeBox() const { return m_blockSize; }
    QCheckBox *verifyBox() const { return m_verify; }
    QCheckBox *carefulBox() const { return m_careful; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QToolButton *m_toggle;
    QWidget *m_body;
    QComboBox *m_blockSize;
    QLabel *m_blockSizeLabel;
    QCheckBox *m_verify;
    QCheckBox *m_careful;
};
