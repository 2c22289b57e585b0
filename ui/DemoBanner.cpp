// SPDX-License-Identifier: Unlicense
#include "DemoBanner.h"

#include "DumpFlow.h"
#include "DumpTypes.h"
#include "UiText.h"
#include "virtual/FlashImage.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_sizeLabel(new QLabel(this)), m_size(new QComboBox(this))
{
    setObjectName(QStringLiteral("demoStrip"));
    m_text->setObjectName(QStringLiteral("demoBanner"));
    m_size->setObjectName(QStringLiteral("demoFlashSize"));
    setStyleSheet(QStringLiteral("#demoStrip { background: #fff4c2; border: 1px solid #e0c060; }"
                                 "#demoStrip QLabel { color: #5c4500; }"));
    m_text->setWordWrap(true);
    m_sizeLabel->setBuddy(m_size);
    for (const qint64 size : FlashImage::kCommonSizes)
        m_size->addItem(QString(), size);
    setFlashSize(4 * FlashImage::kMiB);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_sizeLabel);
    layout->addWidget(m_size);
    connect(m_size, &QComboBox::currentIndexChanged, this, [this] { emit flashSizeChosen(flashSize()); });
    retranslateUi();
}

qint64 DemoBanner::flashSize() const
{
    return m_size->currentData().toLongLong();
}

void DemoBanner::setFlashSize(qint64 bytes)
{
    const int i = m_size->findData(bytes);
    if (i >= 0)
        m_size->setCurrentIndex(i);
}

void DemoBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void DemoBanner::retranslateUi()
{
    m_text->setText(tr("Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.")
                        .arg(UiText::leftToRight(QDir::toNativeSeparators(DumpFlow::demoFolder()))));
    m_sizeLabel->setText(tr("Its &flash:"));
    m_size->setAccessibleName(tr("Flash size of the virtual phone"));
    for (int i = 0; i < m_size->count(); ++i)
        m_size->setItemText(i, UiText::leftToRight(humanSize(m_size->itemData(i).toLongLong())));
}
