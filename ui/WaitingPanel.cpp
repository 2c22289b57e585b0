// SPDX-License-Identifier: Unlicense
#include "WaitingPanel.h"

#include "BusyBar.h"
#include "ErrorText.h"
#include "PortArrivalWait.h"
#include "UiText.h"

#include <QEvent>
#include <QLabel>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace {
// Keeps the drawing's proportions whatever room the layout gives it.
class AspectSvgWidget : public QSvgWidget
{
public:
    using QSvgWidget::QSvgWidget;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w * 3 / 5; }
    QSize sizeHint() const override { return {320, 192}; }
    QSize minimumSizeHint() const override { return {200, 120}; }
};
} // namespace

WaitingPanel::WaitingPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_instruction(new QLabel(this)),
      m_watching(new QLabel(this)), m_previous(new QLabel(this)), m_battery(new QLabel(this))
{
    setObjectName(QStringLiteral("waitingPanel"));
    m_title->setObjectName(QStringLiteral("waitingTitle"));
    m_instruction->setObjectName(QStringLiteral("waitingInstruction"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);

    QFont strong = m_instruction->font();
    strong.setPointSizeF(strong.pointSizeF() * 1.2);
    m_instruction->setFont(strong);
    m_instruction->setWordWrap(true);
    m_instruction->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *picture = new AspectSvgWidget(QStringLiteral(":/art/connect-phone.svg"), this);
    m_picture = picture;
    picture->setObjectName(QStringLiteral("connectPicture"));
    QSizePolicy pol(QSizePolicy::Preferred, QSizePolicy::Preferred);
    pol.setHeightForWidth(true);
    picture->setSizePolicy(pol);
    picture->setMaximumSize(480, 288);

    m_battery->setWordWrap(true);
    m_battery->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto *busy = new BusyBar(this); // nothing to count yet
    m_busy = busy;
    busy->setMaximumHeight(busy->sizeHint().height() / 2 + 2);

    m_watching->setWordWrap(true);
    m_previous->setWordWrap(true);
    m_previous->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previous->setObjectName(QStringLiteral("waitingPrevious"));
    m_previous->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    m_previous->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_previous);
    layout->addWidget(m_instruction);
    layout->addWidget(picture, 1, Qt::AlignHCenter);
    layout->addWidget(m_battery);
    layout->addWidget(busy);
    layout->addWidget(m_watching);
    layout->addStretch();
    retranslateUi();
}

void WaitingPanel::retranslateUi()
{
    m_title->setText(ErrorText::stageTitle(Mt::DumpStage::WaitingForPort));
    m_picture->setAccessibleName(tr("Picture: a phone with a finger on the Call key and a USB cable"));
    m_battery->setText(tr("Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: "
                          "take it out, connect the cable, then put it back only after the dump."));
    m_busy->setAccessibleName(tr("Waiting"));
    if (m_portSpec)
        setWatching(*m_portSpec);
    setUnplugFirst(m_unplugFirst);
}

void WaitingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WaitingPanel::setWatching(const QString &portSpec)
{
    m_portSpec = portSpec;
    m_watching->setText(PortArrivalWait::isAuto(portSpec)
                            ? tr("Watching for any MediaTek phone (USB id 0E8D:0003).")
                            : tr("Watching for %1.").arg(UiText::leftToRight(portSpec)));
}

void WaitingPanel::setPrevious(const QString &text)
{
    m_previous->setText(text);
    m_previous->setVisible(!text.isEmpty());
}

void WaitingPanel::setUnplugFirst(bool unplug)
{
    m_unplugFirst = unplug;
    m_instruction->setText(unplug ? tr("Unplug the phone you just dumped, then connect the next one: "
                                       "turned off, boot key (usually Call) held.")
                                  : ErrorText::connectInstruction());
}
