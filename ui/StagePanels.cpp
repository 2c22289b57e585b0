// SPDX-License-Identifier: Unlicense
#include "StagePanels.h"

#include "DonePanel.h"
#include "FailurePanel.h"
#include "ProgressPanel.h"
#include "StageText.h"
#include "UnfinishedDumps.h"
#include "WaitingPanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

StagePanels::StagePanels(QWidget *parent)
    : QStackedWidget(parent),
      m_ready(buildReadyPage()),
      m_waiting(new WaitingPanel(this)),
      m_progress(new ProgressPanel(this)),
      m_done(new DonePanel(this)),
      m_failure(new FailurePanel(this))
{
    setObjectName(QStringLiteral("statusStack"));
    setFrameShape(QFrame::StyledPanel);
    // In the order of Page.
    for (QWidget *page : {m_ready, static_cast<QWidget *>(m_waiting), static_cast<QWidget *>(m_progress),
                          static_cast<QWidget *>(m_done), static_cast<QWidget *>(m_failure)})
        addWidget(page);
    retranslateUi();
}

QWidget *StagePanels::buildReadyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("readyPage"));
    m_readyTitle = new QLabel(page);
    QFont big = m_readyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_readyTitle->setFont(big);
    m_readyText = new QLabel(page);
    m_readyText->setWordWrap(true);
    m_unfinished = new UnfinishedDumps(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_readyTitle);
    layout->addWidget(m_readyText);
    layout->addSpacing(12);
    layout->addWidget(m_unfinished);
    layout->addStretch();
    return page;
}

void StagePanels::show(Page page)
{
    setCurrentIndex(int(page));
}

StagePanels::Page StagePanels::current() const
{
    return Page(currentIndex());
}

void StagePanels::retranslateUi()
{
    m_readyTitle->setText(StageText::title(Mt::DumpStage::Idle));
    m_readyText->setText(tr("Choose what to read and where to save it, then click Dump. "
                            "MTreader then tells you how to connect the phone and finds it by itself."));
}

void StagePanels::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStackedWidget::changeEvent(event);
}
