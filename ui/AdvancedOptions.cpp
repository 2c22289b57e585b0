// SPDX-License-Identifier: Unlicense
#include "AdvancedOptions.h"

#include "DumpTypes.h"
#include "WireConstants.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace {
// 1 and 4 KiB were read from real phones; bigger blocks are faster on paper
// but untested on hardware (docs/protocol.md §5.4).
constexpr quint32 kUnprovenSizes[] = {16 * 1024, 64 * 1024};
} // namespace

AdvancedOptions::AdvancedOptions(QWidget *parent)
    : QWidget(parent), m_toggle(new QToolButton(this)), m_body(new QWidget(this)),
      m_blockSize(new QComboBox(m_body)), m_blockSizeLabel(new QLabel(m_body)), m_verify(new QCheckBox(m_body)),
      m_careful(new QCheckBox(m_body))
{
    m_toggle->setObjectName(QStringLiteral("advancedToggle"));
    m_blockSize->setObjectName(QStringLiteral("blockSize"));
    m_verify->setObjectName(QStringLiteral("verify"));
    m_careful->setObjectName(QStringLiteral("careful"));

    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);

    for (quint32 size : Wire::kProvenBlockSizes)
        m_blockSize->addItem(QString(), size);
    for (quint32 size : kUnprovenSizes)
        m_blockSize->addItem(QString(), size);
    m_blockSizeLabel->setBuddy(m_blockSize);

    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(18, 0, 0, 0);
    form->addRow(m_blockSizeLabel, m_blockSize);
    form->addRow(m_verify);
    form->addRow(m_careful);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
    m_body->setVisible(false);
    connect(m_toggle, &QToolButton::toggled, this, &AdvancedOptions::setExpanded);
    retranslateUi();
}

void AdvancedOptions::retranslateUi()
{
    m_verify->setText(tr("Verify (read &twice)"));
    m_careful->setText(tr("Careful &mode: wait for every answer, for phones that dislike pipelining"));
    m_toggle->setText(tr("&Advanced"));
    m_toggle->setAccessibleName(tr("Show advanced options"));
    for (int i = 0; i < m_blockSize->count(); ++i) {
        const quint32 size = m_blockSize->itemData(i).toUInt();
        const bool proven = std::find(std::begin(Wire::kProvenBlockSizes), std::end(Wire::kProvenBlockSizes), size)
                            != std::end(Wire::kProvenBlockSizes);
        m_blockSize->setItemText(i, proven ? humanSize(size) : tr("%1 (unproven on real phones)").arg(humanSize(size)));
    }
    m_blockSize->setAccessibleName(tr("Block size"));
    m_blockSize->setToolTip(tr("How much is asked for in one read command. 1 KiB is what the original tool used."));
    m_blockSizeLabel->setText(tr("&Block size:"));
    m_verify->setAccessibleName(tr("Verify by reading twice"));
    m_verify->setToolTip(tr("Reads the range a second time and compares. Takes twice as long."));
    m_careful->setAccessibleName(tr("Careful mode"));
    m_careful->setToolTip(tr("Sends one read command at a time. Slower; try it when a phone keeps failing."));
}

void AdvancedOptions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

quint32 AdvancedOptions::blockSize() const
{
    return m_blockSize->currentData().toUInt();
}

void AdvancedOptions::setBlockSize(quint32 bytes)
{
    const int i = m_blockSize->findData(bytes);
    m_blockSize->setCurrentIndex(i >= 0 ? i : 0);
}

bool AdvancedOptions::verify() const
{
    return m_verify->isChecked();
}

void AdvancedOptions::setVerify(bool on)
{
    m_verify->setChecked(on);
}

bool AdvancedOptions::careful() const
{
    return m_careful->isChecked();
}

void AdvancedOptions::setCareful(bool on)
{
    m_careful->setChecked(on);
}

int AdvancedOptions::pipelineDepth() const
{
    return careful() ? DumpDefaults::kCarefulDepth : DumpDefaults::kAutoDepth;
}

bool AdvancedOptions::isExpanded() const
{
    return m_toggle->isChecked();
}

void AdvancedOptions::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}
