// SPDX-License-Identifier: Unlicense
#include "DumpSummary.h"

#include "FlashMapWidget.h"
#include "DumpTypes.h"
#include "IdentityText.h"
#include "UiText.h"

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

DumpSummary::DumpSummary(QWidget *parent)
    : QWidget(parent),
      m_firmware(new QLabel(this)),
      m_size(new QLabel(this)),
      m_chip(new QLabel(this)),
      m_userData(new QLabel(this)),
      m_content(new QLabel(this)),
      m_warnings(new QLabel(this)),
      m_map(new FlashMapWidget(this)),
      m_saveMap(new QPushButton(this))
{
    setObjectName(QStringLiteral("dumpSummary"));
    m_firmware->setObjectName(QStringLiteral("summaryFirmware"));
    m_size->setObjectName(QStringLiteral("summaryFlashSize"));
    m_chip->setObjectName(QStringLiteral("summaryFlashChip"));
    m_userData->setObjectName(QStringLiteral("summaryUserData"));
    m_warnings->setObjectName(QStringLiteral("summaryWarnings"));
    m_saveMap->setObjectName(QStringLiteral("saveMap"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QLabel *values[] = {m_firmware, m_size, m_chip, m_userData, m_content};
    for (int i = 0; i < 5; ++i) {
        m_labels[i] = new QLabel(this);
        values[i]->setWordWrap(true);
        values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(m_labels[i], values[i]);
    }
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    auto *mapRow = new QHBoxLayout;
    mapRow->addStretch();
    mapRow->addWidget(m_saveMap);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addWidget(m_map);
    layout->addLayout(mapRow);
    connect(m_saveMap, &QPushButton::clicked, this, &DumpSummary::saveMap);
    retranslateUi();
}

void DumpSummary::retranslateUi()
{
    m_labels[0]->setText(tr("Firmware:"));
    m_labels[1]->setText(tr("Flash size:"));
    m_labels[2]->setText(tr("Flash chip:"));
    m_labels[3]->setText(tr("User data:"));
    m_labels[4]->setText(tr("Content:"));
    m_saveMap->setText(tr("Save the map as an &image\u2026"));
    m_saveMap->setAccessibleName(tr("Save the map of the flash as a picture"));
    m_map->setAccessibleName(tr("Map of the flash"));
    if (m_identity)
        showIdentity(*m_identity);
    else if (!m_unavailable.isEmpty())
        setUnavailable(m_unavailable);
}

void DumpSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DumpSummary::setIdentity(const DumpIdentity &identity)
{
    m_identity = identity;
    m_unavailable.clear();
    m_map->setIdentity(identity);
    showIdentity(identity);
}

void DumpSummary::showIdentity(const DumpIdentity &id)
{
    m_firmware->setText(IdentityText::firmware(id));
    m_size->setText(IdentityText::flashSize(id));
    m_chip->setText(IdentityText::flashChip(id));
    m_userData->setText(IdentityText::userData(id));
    m_content->setText(IdentityText::content(id));
    m_warnings->setText(id.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!id.warnings.isEmpty());
    m_map->setVisible(true);
    m_saveMap->setVisible(true);
    m_map->setToolTip(
        tr("Each cell is 4 KiB of the flash, %1 to a row.").arg(UiText::leftToRight(humanSize(64 * 4096))));
}

void DumpSummary::setUnavailable(const QString &why)
{
    m_identity.reset();
    m_unavailable = why;
    m_map->clear();
    for (QLabel *l : {m_firmware, m_size, m_chip, m_userData, m_content})
        l->clear();
    m_warnings->setText(tr("What the dump holds is not known: %1").arg(why));
    m_warnings->setVisible(true);
    m_map->setVisible(false);
    m_saveMap->setVisible(false);
}

QString DumpSummary::firmwareText() const
{
    return m_firmware->text();
}

QString DumpSummary::warningsText() const
{
    return m_warnings->isVisible() ? m_warnings->text() : QString();
}

void DumpSummary::saveMap()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the map"), start, tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_map->savePng(path))
        QMessageBox::warning(this, tr("Save the map"), tr("The map could not be saved to %1.").arg(path));
}
