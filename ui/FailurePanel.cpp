// SPDX-License-Identifier: Unlicense
#include "FailurePanel.h"

#include "ErrorText.h"
#include "StageText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FailurePanel::FailurePanel(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_what(new QLabel(this)),
      m_next(new QLabel(this)),
      m_kept(new QLabel(this)),
      m_phone(new QLabel(this)),
      m_resume(new QPushButton(this)),
      m_showLog(new QPushButton(this))
{
    setObjectName(QStringLiteral("failurePanel"));
    m_what->setObjectName(QStringLiteral("failureHeadline"));
    m_next->setObjectName(QStringLiteral("failureAdvice"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    QFont strong = m_what->font();
    strong.setPointSizeF(strong.pointSizeF() * 1.2);
    strong.setBold(true);
    m_what->setFont(strong);
    m_phone->setObjectName(QStringLiteral("failurePhone"));
    for (QLabel *l : {m_what, m_next, m_kept, m_phone}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showLog);
    buttons->addStretch();
    buttons->addWidget(m_resume);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_what);
    layout->addWidget(m_next);
    layout->addWidget(m_phone);
    layout->addWidget(m_kept);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_resume, &QPushButton::clicked, this, &FailurePanel::resumeRequested);
    connect(m_showLog, &QPushButton::clicked, this, &FailurePanel::showLogRequested);
    retranslateUi();
}

void FailurePanel::retranslateUi()
{
    m_resume->setText(tr("&Reconnect the phone to continue"));
    m_showLog->setText(tr("Show the lo&g"));
    m_what->setAccessibleName(tr("What happened"));
    m_next->setAccessibleName(tr("What to do next"));
    m_resume->setAccessibleName(tr("Reconnect the phone to continue the dump"));
    m_showLog->setAccessibleName(tr("Show the log with the technical details"));
    if (m_error)
        setError(*m_error, m_keptText, m_phoneRestarted);
}

void FailurePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FailurePanel::setError(const DumpError &error, const QString &kept, bool phoneRestarted)
{
    m_error = error;
    m_keptText = kept;
    m_phoneRestarted = phoneRestarted;
    const bool cancelled = error.code == Mt::ErrorCode::Cancelled;
    m_title->setText(StageText::title(cancelled ? Mt::DumpStage::Cancelled : Mt::DumpStage::Failed));
    m_title->setStyleSheet(cancelled ? QString() : QStringLiteral("color: #b00020;"));
    const ErrorText::Message m = ErrorText::forError(error);
    m_what->setText(m.what);
    m_next->setText(m.next);
    m_next->setVisible(!m.next.isEmpty());
    const bool canResume = !kept.isEmpty();
    // Is the phone still there, in its BootROM? Say what to do with it.
    const bool gone = error.code == Mt::ErrorCode::Disconnected || error.code == Mt::ErrorCode::NoPhone
        || error.code == Mt::ErrorCode::PortNotFound;
    m_phone->setText(phoneRestarted ? tr("The phone was told to restart: unplug it.")
                         : gone     ? QString()
                                    : tr("If the phone is still connected, unplug it: it stays in its BootROM until "
                                             "then."));
    m_phone->setVisible(!m_phone->text().isEmpty());
    m_kept->setText(canResume ? tr("%1 To continue: click below, then connect the phone again (turned off, boot key "
                                   "held). The dump continues where it stopped.")
                                    .arg(kept)
                              : QString());
    m_kept->setVisible(canResume);
    m_resume->setVisible(canResume);
}

QString FailurePanel::headline() const
{
    return m_what->text();
}

QString FailurePanel::advice() const
{
    return m_next->text();
}
