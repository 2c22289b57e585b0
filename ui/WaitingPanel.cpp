// SPDX-License-Identifier: Unlicense
#include "WaitingPanel.h"

#include "BusyBar.h"
#include "PortArrivalWait.h"
#include "StageText.h"
#include "UiText.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace {
// The drawing, in its proportions whatever room the layout gives it, with
// the word on its "hold" bubble in the user's language: a word inside an
// SVG file would stay English.
class ConnectPicture : public QSvgWidget
{
public:
    using QSvgWidget::QSvgWidget;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w * 3 / 5; }
    QSize sizeHint() const override { return {320, 192}; }
    QSize minimumSizeHint() const override { return {200, 120}; }
    void setHoldWord(const QString &word)
    {
        m_word = word;
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QSvgWidget::paintEvent(event);
        // The bubble in the drawing's own units (viewBox 500 x 300).
        const QRectF bubble(140, 96, 120, 36);
        const qreal scale = std::min(width() / 500.0, height() / 300.0);
        const QPointF origin((width() - 500 * scale) / 2, (height() - 300 * scale) / 2);
        const QRectF box(origin + bubble.topLeft() * scale, bubble.size() * scale);
        QPainter p(this);
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(std::max(8, int(box.height() * 0.55)));
        // A long word in some language shrinks until it fits the bubble.
        while (f.pixelSize() > 8 && QFontMetricsF(f).horizontalAdvance(m_word) > box.width() * 0.9)
            f.setPixelSize(f.pixelSize() - 1);
        p.setFont(f);
        p.setPen(QColor(0x3b, 0x2f, 0x00));
        p.drawText(box, Qt::AlignCenter, m_word);
    }

private:
    QString m_word;
};
} // namespace

WaitingPanel::WaitingPanel(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_instruction(new QLabel(this)),
      m_watching(new QLabel(this)),
      m_previous(new QLabel(this)),
      m_battery(new QLabel(this))
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

    auto *picture = new ConnectPicture(QStringLiteral(":/art/connect-phone.svg"), this);
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
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("dumpAgainAnyway"));
    m_again->hide();
    layout->addWidget(m_again, 0, Qt::AlignLeading);
    layout->addStretch();
    connect(m_again, &QPushButton::clicked, this, &WaitingPanel::dumpAgainRequested);
    retranslateUi();
}

void WaitingPanel::retranslateUi()
{
    m_title->setText(StageText::title(Mt::DumpStage::WaitingForPort));
    m_picture->setAccessibleName(tr("Picture: a phone with a finger on the Call key and a USB cable"));
    // The word on the drawing's bubble: hold the key.
    static_cast<ConnectPicture *>(m_picture)->setHoldWord(tr("HOLD"));
    m_battery->setText(tr("Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: "
                          "take it out, connect the cable, then put it back only after the dump."));
    m_busy->setAccessibleName(tr("Waiting"));
    m_again->setText(tr("Dump it a&gain anyway"));
    m_again->setAccessibleName(tr("Dump the same phone again"));
    if (m_portSpec)
        setWatching(*m_portSpec);
    setUnplugFirst(m_unplugFirst);
    setSamePhone(m_samePhone);
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
    m_watching->setText(PortArrivalWait::isAuto(portSpec) ? tr("Watching for any MediaTek phone (USB id 0E8D:0003).")
                                                          : tr("Watching for %1.").arg(UiText::leftToRight(portSpec)));
}

void WaitingPanel::setPrevious(const QString &text, bool ok)
{
    m_previous->setText(text);
    m_previous->setStyleSheet(ok ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #b00020;"));
    m_previous->setVisible(!text.isEmpty());
}

void WaitingPanel::setSamePhone(const QString &meIdHex)
{
    m_samePhone = meIdHex;
    m_again->setVisible(!meIdHex.isEmpty());
    if (meIdHex.isEmpty()) {
        setUnplugFirst(m_unplugFirst);
        return;
    }
    m_instruction->setText(tr("This is the phone you just dumped (ME ID %1): it came back because the boot key is "
                              "still held. Release the key and unplug it, then connect the next phone.")
                               .arg(UiText::leftToRight(meIdHex)));
}

void WaitingPanel::setUnplugFirst(bool unplug)
{
    m_unplugFirst = unplug;
    m_instruction->setText(unplug ? tr("Unplug the phone you just dumped, then connect the next one: "
                                       "turned off, boot key (usually Call) held.")
                                  : StageText::connectInstruction());
}
