// SPDX-License-Identifier: Unlicense
// The details line of a job: rich text for the eye, the same words as plain
// text for tests and screen readers, and the SHA-256 in a field of its own
// so it can be selected whole.
#include "JobDetails.h"

#include "ErrorText.h"
#include "UiText.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
const QString kRed = QStringLiteral("#b00020");
const QString kGreen = QStringLiteral("#1b7f3b");
} // namespace

JobDetails::JobDetails(QWidget *parent)
    : QWidget(parent),
      m_text(new QLabel(this)),
      m_shaRow(new QWidget(this)),
      m_shaLabel(new QLabel(m_shaRow)),
      m_sha(new QLineEdit(m_shaRow)),
      m_copy(new QPushButton(m_shaRow))
{
    m_text->setObjectName(QStringLiteral("jobDetails"));
    m_sha->setObjectName(QStringLiteral("jobSha256"));
    m_copy->setObjectName(QStringLiteral("jobCopySha256"));

    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    // Mouse only: a keyboard-selectable label would take a Tab stop in every row.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha->setReadOnly(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_sha->setFont(mono);
    // The whole digest in view: it is compared by eye with a ticket's.
    const int frame = 2 * m_sha->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_sha);
    m_sha->setFixedWidth(QFontMetrics(mono).horizontalAdvance(QString(64, QLatin1Char('0'))) + frame + 12);
    m_shaLabel->setBuddy(m_sha);

    auto *shaLayout = new QHBoxLayout(m_shaRow);
    shaLayout->setContentsMargins(0, 0, 0, 0);
    shaLayout->addWidget(m_shaLabel);
    shaLayout->addWidget(m_sha);
    shaLayout->addWidget(m_copy);
    shaLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_text);
    layout->addWidget(m_shaRow);
    m_shaRow->hide();

    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_sha->text()); });
    retranslateUi();
}

void JobDetails::showResult(const DumpResult &r)
{
    const QFileInfo file(r.path);
    QStringList facts;
    const QString version = r.identity ? r.identity->firmwareVersion() : QString();
    facts << (version.isEmpty() ? tr("Firmware not recognised.")
                                : tr("Firmware %1.").arg(UiText::leftToRight(version)));
    if (!r.phone.meId.isEmpty())
        facts << tr("ME ID %1.").arg(UiText::leftToRight(r.phone.meIdHex()));
    if (r.verified)
        facts << tr("Verified: a second read matched.");
    present(tr("Saved as %1 (%2).")
                .arg(UiText::leftToRight(file.fileName()), UiText::leftToRight(humanSize(qint64(r.length)))),
            kGreen, facts, true);
    m_text->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    m_sha->setText(QString::fromLatin1(r.sha256.toHex()));
    m_sha->setCursorPosition(0);
    m_shaRow->show();
}

void JobDetails::showFailure(const DumpError &error, const QString &kept)
{
    const ErrorText::Message m = ErrorText::forError(error);
    present(m.what, error.code == Mt::ErrorCode::Cancelled ? QString() : kRed, {m.next, kept}, false);
}

void JobDetails::showRefusal(const QString &why)
{
    present(why, kRed, {}, false);
}

void JobDetails::clear()
{
    present({}, {}, {}, false);
}

void JobDetails::present(const QString &headline, const QString &colour, QStringList body, bool keepWhole)
{
    body.removeAll(QString());
    m_plain = QStringList(QStringList{headline} + body).join(QLatin1Char(' ')).trimmed();
    const QString style = colour.isEmpty() ? QString() : QStringLiteral(" style=\"color: %1;\"").arg(colour);
    QString html = QStringLiteral("<b%1>%2</b>").arg(style, headline.toHtmlEscaped());
    // A short fact (a firmware, an ME ID) breaks before or after, never
    // inside; advice keeps the line breaks and indented commands it has.
    const QString span = keepWhole ? QStringLiteral(" <span style=\"white-space: nowrap;\">%1</span>")
                                   : QStringLiteral(" <span style=\"white-space: pre-wrap;\">%1</span>");
    for (const QString &piece : std::as_const(body))
        html += span.arg(piece.toHtmlEscaped());
    m_text->setText(m_plain.isEmpty() ? QString() : html);
    m_text->setToolTip({});
    m_sha->clear();
    m_shaRow->hide();
}

QString JobDetails::sha256Text() const
{
    return m_sha->text();
}

void JobDetails::setJobName(const QString &name)
{
    m_jobName = name;
    retranslateUi();
}

QList<QWidget *> JobDetails::focusOrder() const
{
    return {m_sha, m_copy};
}

void JobDetails::retranslateUi()
{
    m_shaLabel->setText(tr("SHA-256:"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the SHA-256 to the clipboard"));
    m_text->setAccessibleName(tr("Result of %1").arg(m_jobName));
    m_sha->setAccessibleName(tr("SHA-256 of %1").arg(m_jobName));
    m_copy->setAccessibleName(tr("Copy the SHA-256 of %1").arg(m_jobName));
}
