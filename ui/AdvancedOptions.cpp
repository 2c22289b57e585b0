// SPDX-License-Identifier: Unlicense
#include "AdvancedOptions.h"

#include "DumpTypes.h"
#include "WireConstants.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// 1 and 4 KiB were read from real phones; bigger blocks are faster on paper
// but untested on hardware (protocol.md section 5).
constexpr quint32 kUnprovenSizes[] = {16 * 1024, 64 * 1024};
} // namespace

AdvancedOptions::AdvancedOptions(QWidget *parent)
    : QWidget(parent), m_toggle(new QToolButton(this)), m_body(new QWidget(this)),
      m_blockSize(new QComboBox(m_body)), m_verify(new QCheckBox(tr("Verify (read &twice)"), m_body)),
      m_careful(new QCheckBox(tr("Careful &mode: wait for every answer, for phones that dislike pipelining"), m_body))
{
    m_toggle->setObjectName(QStringLiteral("advancedToggle"));
    m_blockSize->setObjectName(QStringLiteral("blockSize"));
    m_verify->setObjectName(QStringLiteral("verify"));
    m_careful->setObjectName(QStringLiteral("careful"));

    m_toggle->setText(tr("&Advanced"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAccessibleName(tr("Show advanced options"));

    for (quint32 size : Wire::kProvenBlockSizes)
        m_blockSize->addItem(humanSize(size), size);
    for (quint32 size : kUnprovenSizes)
        m_blockSize->addItem(tr("%1 (unproven on real phones)").arg(humanSize(size)), size);
    m_blockSize->setAccessibleName(tr("Block size"));
    m_blockSize->setToolTip(tr("How much is asked for in one read command. 1 KiB is what the original tool used."));
    m_verify->setAccessibleName(tr("Verify by reading twice"));
    m_verify->setToolTip(tr("Reads the range a second time and compares. Takes twice as long."));
    m_careful->setAccessibleName(tr("Careful mode"));
    m_careful->setToolTip(tr("Sends one read command at a time. Slower; try it when a phone keeps failing."));

    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(18, 0, 0, 0);
    form->addRow(tr("&Block size:"), m_blockSize);
    form->addRow(m_verify);
    form->addRow(m_careful);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
    m_body->setVisible(false);
    connect(m_toggle, &QToolButton::toggled, this, &AdvancedOptions::setExpanded);
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
