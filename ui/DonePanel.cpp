// SPDX-License-Identifier: Unlicense
#include "DonePanel.h"

#include "DumpSummary.h"
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
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

DonePanel::DonePanel(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_path(new QLabel(this)),
      m_details(new QLabel(this)),
      m_sha(new QLineEdit(this)),
      m_copy(new QPushButton(this)),
      m_summary(new DumpSummary(this)),
      m_showFolder(new QPushButton(this)),
      m_openReport(new QPushButton(this)),
      m_another(new QPushButton(this)),
      m_fileLabel(new QLabel(this)),
      m_shaLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("donePanel"));
    m_path->setObjectName(QStringLiteral("donePath"));
    m_details->setObjectName(QStringLiteral("doneDetails"));
    m_sha->setObjectName(QStringLiteral("doneSha256"));
    m_sha->setLayoutDirection(Qt::LeftToRight);
    m_another->setObjectName(QStringLiteral("dumpAnother"));
    m_showFolder->setObjectName(QStringLiteral("showInFolder"));
    m_openReport->setObjectName(QStringLiteral("openReport"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    m_title->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildContent());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showFolder);
    buttons->addWidget(m_openReport);
    buttons->addStretch();
    buttons->addWidget(m_another);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_sha->text()); });
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        if (m_result)
            ShowInFolder::show(this, m_result->path, m_opener);
    });
    connect(m_openReport, &QPushButton::clicked, this, [this] {
        if (m_result && !m_result->reportPath.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_result->reportPath));
    });
    connect(m_another, &QPushButton::clicked, this, &DonePanel::dumpAnotherRequested);
    retranslateUi();
}

QWidget *DonePanel::buildContent()
{
    auto *content = new QWidget(this);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha->setReadOnly(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_sha->setFont(mono);
    m_sha->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(32, QLatin1Char('0'))));

    auto *shaRow = new QHBoxLayout;
    shaRow->addWidget(m_sha, 1);
    shaRow->addWidget(m_copy);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_fileLabel, m_path);
    form->addRow(m_shaLabel, shaRow);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addStretch();
    return content;
}

void DonePanel::retranslateUi()
{
    m_copy->setText(tr("Cop&y"));
    m_showFolder->setText(tr("Show in f&older"));
    m_openReport->setText(tr("Open the &report"));
    m_another->setText(tr("Dump anot&her phone"));
    m_title->setText(tr("Done: the dump is saved"));
    m_path->setAccessibleName(tr("Saved file"));
    m_sha->setAccessibleName(tr("SHA-256 of the dump"));
    m_copy->setAccessibleName(tr("Copy the SHA-256"));
    m_showFolder->setAccessibleName(tr("Show the dump in its folder"));
    m_openReport->setAccessibleName(tr("Open the report written next to the dump"));
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
    m_path->setText(pathText(r.path));
    m_sha->setText(QString::fromLatin1(r.sha256.toHex()));
    m_sha->setCursorPosition(0);
    m_result = r;
    if (r.identity)
        m_summary->setIdentity(*r.identity);
    else
        m_summary->setUnavailable(tr("the dump could not be read back"));
    m_openReport->setEnabled(!r.reportPath.isEmpty());
    showDetails(r);
}

QString DonePanel::timeText(const DumpResult &r) const
{
    if (!r.resumed)
        return tr("read in %1").arg(TextFormat::duration(r.seconds));
    // A resumed dump: this session read only the part after the earlier one.
    return tr("read in %1 in all, %2 of it now (continued after %3)")
        .arg(TextFormat::duration(r.secondsTotal), TextFormat::duration(r.seconds),
             UiText::leftToRight(humanSize(r.resumedAt)));
}

void DonePanel::showDetails(const DumpResult &r)
{
    QStringList lines;
    lines << tr("%1 (%2 bytes) from %3, %4.")
                 .arg(UiText::leftToRight(humanSize(qint64(r.length))))
                 .arg(UiText::leftToRight(QString::number(r.length)))
                 .arg(UiText::leftToRight(QStringLiteral("0x%1").arg(r.start, 0, 16)))
                 .arg(timeText(r));
    lines << TextFormat::phoneSummary(r.phone);
    if (!r.phone.meId.isEmpty())
        lines << tr("ME ID %1").arg(UiText::leftToRight(r.phone.meIdHex()));
    if (r.verified)
        lines << tr("Verified: a second read matched byte for byte.");
    lines << (r.resetSent ? tr("The phone was told to restart; you can unplug it.") : tr("Unplug the phone now."));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QString DonePanel::shaText() const
{
    return m_sha->text();
}
