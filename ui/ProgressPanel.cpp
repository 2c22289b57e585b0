// SPDX-License-Identifier: Unlicense
#include "ProgressPanel.h"

#include "StageText.h"
#include "TextFormat.h"
#include "UiText.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using Mt::DumpStage;

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_port(new QLabel(this)),
      m_chip(new QLabel(this)),
      m_versions(new QLabel(this)),
      m_meId(new QLabel(this)),
      m_flash(new QLabel(this)),
      m_previously(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_numbers(new QLabel(this))
{
    for (QLabel *&label : m_formLabels)
        label = new QLabel(this);
    setObjectName(QStringLiteral("progressPanel"));
    m_title->setObjectName(QStringLiteral("progressTitle"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_numbers->setObjectName(QStringLiteral("progressNumbers"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_hint->setWordWrap(true);
    for (QLabel *l : {m_port, m_chip, m_versions, m_meId, m_flash})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flash->setObjectName(QStringLiteral("progressFlash"));
    m_flash->setWordWrap(true);
    m_previously->setObjectName(QStringLiteral("progressPreviously"));
    m_previously->setWordWrap(true);
    m_previously->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previously->setStyleSheet(
        QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #b8cde6; padding: 4px; }"));
    m_previously->hide();
    m_bar->setRange(0, DumpProgress::kScale);
    m_numbers->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_formLabels[0], m_port);
    form->addRow(m_formLabels[1], m_chip);
    form->addRow(m_formLabels[2], m_versions);
    form->addRow(m_formLabels[3], m_meId);
    form->addRow(m_formLabels[4], m_flash);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_previously);
    layout->addSpacing(12);
    layout->addWidget(m_bar);
    layout->addWidget(m_numbers);
    layout->addStretch();
    reset();
}

void ProgressPanel::retranslateUi()
{
    m_bar->setAccessibleName(tr("Progress"));
    m_formLabels[0]->setText(tr("Port:"));
    m_formLabels[1]->setText(tr("Chip:"));
    m_formLabels[2]->setText(tr("Versions:"));
    m_formLabels[3]->setText(tr("ME ID:"));
    m_formLabels[4]->setText(tr("Flash:"));
    const QString unknown = tr("not known yet");
    m_port->setText(m_portName.isEmpty() ? unknown : UiText::leftToRight(m_portName));
    if (m_phone) {
        showPhone(*m_phone);
    } else {
        m_chip->setText(unknown);
        m_versions->setText(unknown);
        m_meId->setText(unknown);
    }
    m_flash->setText(m_range ? rangeText(*m_range) : unknown);
    showStageText(m_stage);
    if (m_progress)
        showNumbers(*m_progress);
}

void ProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProgressPanel::reset()
{
    m_portName.clear();
    m_phone.reset();
    m_progress.reset();
    m_range.reset();
    setPreviously({});
    m_bar->setValue(0);
    m_bar->setRange(0, 0);
    m_numbers->clear();
    m_stage = DumpStage::Connecting;
    retranslateUi();
    setStage(DumpStage::Connecting);
}

void ProgressPanel::setStage(DumpStage stage)
{
    m_stage = stage;
    showStageText(stage);
    switch (stage) {
    case DumpStage::Connecting:
    case DumpStage::Identified: m_bar->setRange(0, 0); break;
    case DumpStage::Verifying:
        m_bar->setRange(0, DumpProgress::kScale);
        m_bar->setValue(0);
        break;
    case DumpStage::Resetting:
        m_bar->setRange(0, DumpProgress::kScale);
        m_bar->setValue(DumpProgress::kScale);
        break;
    default: break;
    }
}

void ProgressPanel::showStageText(DumpStage stage)
{
    m_title->setText(StageText::title(stage));
    switch (stage) {
    case DumpStage::Connecting:
    case DumpStage::Identified: m_hint->setText(tr("Keep holding the boot key until the reading starts.")); break;
    case DumpStage::Reading: m_hint->setText(tr("You can let go of the key now. Do not unplug the phone.")); break;
    case DumpStage::Verifying:
        m_hint->setText(tr("Reading everything a second time to compare. Do not unplug the phone."));
        break;
    case DumpStage::Resetting: m_hint->setText(tr("The dump is saved. Restarting the phone.")); break;
    default: m_hint->clear(); break;
    }
}

void ProgressPanel::setPort(const QString &systemLocation)
{
    m_portName = systemLocation;
    m_port->setText(UiText::leftToRight(systemLocation));
}

void ProgressPanel::setPhone(const PhoneInfo &phone)
{
    m_phone = phone;
    showPhone(phone);
}

void ProgressPanel::showPhone(const PhoneInfo &phone)
{
    m_chip->setText(phone.chipName());
    m_versions->setText(tr("hardware %1, software %2, %3")
                            .arg(UiText::leftToRight(TextFormat::hex16(phone.hwVersion)),
                                 UiText::leftToRight(TextFormat::hex16(phone.swVersion)),
                                 TextFormat::bromVersion(phone.bromVersion)));
    m_meId->setText(phone.meId.isEmpty() ? tr("none") : UiText::leftToRight(phone.meIdHex()));
}

void ProgressPanel::setProgress(const DumpProgress &p)
{
    if (p.total <= 0)
        return;
    m_progress = p;
    m_bar->setRange(0, DumpProgress::kScale);
    m_bar->setValue(p.scaled());
    showNumbers(p);
}

void ProgressPanel::setPreviously(const QString &text)
{
    m_previously->setText(text);
    m_previously->setVisible(!text.isEmpty());
}

void ProgressPanel::setRange(const DumpEvents::RangeSized &range)
{
    m_range = range;
    m_flash->setText(rangeText(range));
    // The total is known from here on, though no byte is read yet.
    setProgress(DumpProgress{m_stage, 0, qint64(range.length), 0, -1});
}

QString ProgressPanel::rangeText(const DumpEvents::RangeSized &range)
{
    const QString what = tr("%1 from %2")
                             .arg(UiText::leftToRight(humanSize(qint64(range.length))),
                                  UiText::leftToRight(QStringLiteral("0x%1").arg(range.start, 0, 16)));
    if (range.flashSize.method == FlashSize::Method::NotProbed)
        return what;
    return tr("%1. %2").arg(what, range.flashSize.describe());
}

void ProgressPanel::showNumbers(const DumpProgress &p)
{
    m_numbers->setText(tr("%1 of %2 \u00b7 %3 \u00b7 %4")
                           .arg(UiText::leftToRight(humanSize(p.done)), UiText::leftToRight(humanSize(p.total)),
                                UiText::leftToRight(TextFormat::rate(p.bytesPerSecond)),
                                p.done >= p.total ? tr("finishing") : TextFormat::timeLeft(p.etaMs)));
}
