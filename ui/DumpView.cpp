// SPDX-License-Identifier: Unlicense
#include "DumpView.h"

#include "DumpSummary.h"
#include "TextFormat.h"
#include "UiText.h"
#include "identity/DumpReport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScrollArea>
#include <QThread>
#include <QVBoxLayout>

DumpView::DumpView(const QString &path, QWidget *parent)
    : QDialog(parent),
      m_path(path),
      m_file(new QLabel(this)),
      m_phone(new QLabel(this)),
      m_sha(new QLineEdit(this)),
      m_summary(new DumpSummary(this))
{
    setObjectName(QStringLiteral("dumpView"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phone->setWordWrap(true);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha->setReadOnly(true);
    m_sha->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *content = new QWidget(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("SHA-256:"), m_sha);
    auto *inner = new QVBoxLayout(content);
    inner->addLayout(form);
    inner->addWidget(m_summary);
    inner->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(640, 620);

    // The report says where in the flash the file starts, from which phone it
    // came and how big its flash is; without one, the bytes alone.
    const std::optional<QJsonObject> report = DumpReport::read(DumpReport::pathFor(path));
    if (report)
        m_phoneInfo = DumpReport::phoneOf(*report);
    const quint64 start = report
        ? quint64(report->value(QStringLiteral("range")).toObject().value(QStringLiteral("start")).toDouble())
        : 0;
    const FlashSize size = report ? DumpReport::flashSizeOf(*report) : FlashSize{};
    QPointer<DumpView> self(this);
    m_thread = QThread::create([self, path, start, size] {
        QString why;
        const std::optional<DumpIdentity> id = DumpIdentity::ofFile(path, start, size, &why);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, why] {
                if (self)
                    self->showIdentity(id, why);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    retranslateUi();
}

DumpView::~DumpView()
{
    // The reading thread only touches the file; its answer finds no dialog.
    m_thread->wait();
    delete m_thread;
}

void DumpView::retranslateUi()
{
    setWindowTitle(tr("MTreader \u2014 %1").arg(QFileInfo(m_path).fileName()));
    m_file->setText(UiText::leftToRight(QDir::toNativeSeparators(m_path)));
    m_phone->setText(m_phoneInfo
                         ? tr("%1, ME ID %2")
                               .arg(TextFormat::phoneSummary(*m_phoneInfo), UiText::leftToRight(m_phoneInfo->meIdHex()))
                         : tr("not known: no report next to the file"));
    m_sha->setAccessibleName(tr("SHA-256 of the file"));
}

void DumpView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DumpView::showIdentity(const std::optional<DumpIdentity> &identity, const QString &why)
{
    if (identity) {
        m_summary->setIdentity(*identity);
        m_sha->setText(QString::fromLatin1(identity->content.sha256.toHex()));
        m_sha->setCursorPosition(0);
    } else {
        m_summary->setUnavailable(why);
    }
    m_ready = true;
    emit ready();
}
