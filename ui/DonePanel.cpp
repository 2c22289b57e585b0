// SPDX-License-Identifier: Unlicense
#include "DonePanel.h"

#include "ErrorText.h"
#include "TextFormat.h"
#include "UiText.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

DonePanel::DonePanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_path(new QLabel(this)), m_details(new QLabel(this)),
      m_sha(new QLineEdit(this)), m_copy(new QPushButton(this)), m_showFolder(new QPushButton(this)),
      m_another(new QPushButton(this)), m_fileLabel(new QLabel(this)), m_shaLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("donePanel"));
    m_path->setObjectName(QStringLiteral("donePath"));
    m_sha->setObjectName(QStringLiteral("doneSha256"));
    m_another->setObjectName(QStringLiteral("dumpAnother"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setStyleSheet(QStringLiteral("color: #1b7f3b;"));

    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_sha->setFont(mono);
    m_sha->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(32, QLatin1Char('0'))));

    auto *shaRow = new QHBoxLayout;
    shaRow->addWidget(m_sha, 1);
    shaRow->addWidget(m_copy);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_fileLabel, m_path);
    form->addRow(m_shaLabel, shaRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showFolder);
    buttons->addStretch();
    buttons->addWidget(m_another);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_sha->text()); });
    connect(m_showFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    connect(m_another, &QPushButton::clicked, this, &DonePanel::dumpAnotherRequested);
    retranslateUi();
}

void DonePanel::retranslateUi()
{
    m_copy->setText(tr("Cop&y"));
    m_showFolder->setText(tr("Show in f&older"));
    m_another->setText(tr("Dump a&nother phone"));
    m_title->setText(tr("Done: the dump is saved"));
    m_path->setAccessibleName(tr("Saved file"));
    m_sha->setAccessibleName(tr("SHA-256 of the dump"));
    m_copy->setAccessibleName(tr("Copy the SHA-256"));
    m_showFolder->setAccessibleName(tr("Show the dump in its folder"));
    m_another->setAccessibleName(tr("Dump another phone"));
    m_fileLabel->setText(tr("File:"));
    m_shaLabel->setText(tr("SHA-256:"));
    if (m_result)
        showDetails(*m_result);
}

void DonePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LayoutDirectionChange && m_result)
        m_path->setText(pathText(m_result->path));
    QWidget::changeEvent(event);
}

QString DonePanel::pathText(const QString &path) const
{
    return UiText::leftToRight(QDir::toNativeSeparators(path));
}

void DonePanel::setResult(const DumpResult &r)
{
    m_folder = QFileInfo(r.path).absolutePath();
    m_path->setText(pathText(r.path));
    m_sha->setText(QString::fromLatin1(r.sha256.toHex()));
    m_sha->setCursorPosition(0);
    m_result = r;
    showDetails(r);
}

void DonePanel::showDetails(const DumpResult &r)
{
    QStringList lines;
    lines << tr("%1 (%2 bytes) from 0x%3, read in %4.")
                 .arg(humanSize(qint64(r.length))).arg(r.length).arg(r.start, 0, 16)
                 .arg(TextFormat::duration(r.seconds));
    lines << TextFormat::phoneSummary(r.phone);
    if (!r.phone.meId.isEmpty())
        lines << tr("ME ID %1").arg(r.phone.meIdHex());
    if (r.verified)
        lines << tr("Verified: a second read matched byte for byte.");
    if (r.resumed)
        lines << tr("Resumed from an earlier partial dump.");
    lines << (r.resetSent ? tr("The phone was told to restart; you can unplug it.")
                          : tr("Unplug the phone now."));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QString DonePanel::shaText() const
{
    return m_sha->text();
}
