// SPDX-License-Identifier: Unlicense
#include "AdvancedOptions.h"

#include "DumpTypes.h"
#include "UiText.h"
#include "WireConstants.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
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
    : QWidget(parent),
      m_toggle(new QToolButton(this)),
      m_body(new QWidget(this)),
      m_blockSize(new QComboBox(m_body)),
      m_blockSizeLabel(new QLabel(m_body)),
      m_careful(new QCheckBox(m_body)),
      m_carefulHint(new QLabel(m_body)),
      m_anyAddress(new QCheckBox(m_body)),
      m_anyAddressHint(new QLabel(m_body))
{
    m_toggle->setObjectName(QStringLiteral("advancedToggle"));
    m_blockSize->setObjectName(QStringLiteral("blockSize"));
    // As wide as a size, not as its longest note ("unproven on real phones"
    // in Russian is 340 px): the list shows the notes whole.
    m_blockSize->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_blockSize->setMinimumContentsLength(12);
    m_careful->setObjectName(QStringLiteral("careful"));
    m_anyAddress->setObjectName(QStringLiteral("anyAddress"));

    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);

    for (quint32 size : Wire::kProvenBlockSizes)
        m_blockSize->addItem(QString(), size);
    for (quint32 size : kUnprovenSizes)
        m_blockSize->addItem(QString(), size);
    m_blockSizeLabel->setBuddy(m_blockSize);

    // One column of rows, no form: a form layout gave a wrapping hint's row
    // less height than its lines need, and the check boxes above were cut.
    auto *blockSizeRow = new QHBoxLayout;
    blockSizeRow->addWidget(m_blockSizeLabel);
    blockSizeRow->addWidget(m_blockSize, 1);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(18, 0, 0, 0);
    body->addLayout(blockSizeRow);
    addExplained(body, m_careful, m_carefulHint);
    addExplained(body, m_anyAddress, m_anyAddressHint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
    m_body->setVisible(false);
    connect(m_toggle, &QToolButton::toggled, this, &AdvancedOptions::setExpanded);
    connect(m_anyAddress, &QCheckBox::toggled, this, &AdvancedOptions::anyAddressChanged);
    retranslateUi();
}

void AdvancedOptions::addExplained(QVBoxLayout *body, QCheckBox *box, QLabel *hint)
{
    hint->setWordWrap(true);
    hint->setContentsMargins(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 0);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    hint->setBuddy(box);
    body->addWidget(box);
    body->addWidget(hint);
}

void AdvancedOptions::retranslateUi()
{
    m_careful->setText(tr("Careful &mode"));
    m_carefulHint->setText(tr("Waits for every answer before asking for more. Slower; for phones that "
                              "keep failing."));
    m_anyAddress->setText(tr("A&ny address"));
    m_anyAddressHint->setText(tr("Allows ranges at %1 and above: RAM and registers, not flash.")
                                  .arg(UiText::leftToRight(QStringLiteral("0x10000000"))));
    m_toggle->setText(tr("&Advanced"));
    m_toggle->setAccessibleName(tr("Show advanced options"));
    for (int i = 0; i < m_blockSize->count(); ++i) {
        const quint32 size = m_blockSize->itemData(i).toUInt();
        const bool proven = std::find(std::begin(Wire::kProvenBlockSizes), std::end(Wire::kProvenBlockSizes), size)
            != std::end(Wire::kProvenBlockSizes);
        const QString value = UiText::leftToRight(humanSize(size));
        m_blockSize->setItemText(i, proven ? value : tr("%1 (unproven on real phones)").arg(value));
    }
    m_blockSize->setAccessibleName(tr("Block size"));
    m_blockSize->setToolTip(tr("How much is asked for in one read command. 1 KiB is what the original tool used."));
    m_blockSizeLabel->setText(tr("&Block size:"));
    m_careful->setAccessibleName(tr("Careful mode"));
    m_careful->setAccessibleDescription(m_carefulHint->text());
    m_anyAddress->setAccessibleName(tr("Allow any address"));
    m_anyAddress->setAccessibleDescription(m_anyAddressHint->text());
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

bool AdvancedOptions::anyAddress() const
{
    return m_anyAddress->isChecked();
}

void AdvancedOptions::setAnyAddress(bool on)
{
    m_anyAddress->setChecked(on);
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
