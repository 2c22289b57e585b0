// SPDX-License-Identifier: Unlicense
#include "LogPanel.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
// Enough for a whole session of Keep going; old lines fall off the top.
constexpr int kMaxLines = 20000;
} // namespace

LogPanel::LogPanel(QWidget *parent)
    : QDockWidget(parent), m_text(new QPlainTextEdit(this)), m_copy(new QPushButton(this)),
      m_save(new QPushButton(this)), m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("logDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(kMaxLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Timestamps, ports and the core's technical details read left to right
    // whatever the language; right-aligned, long lines lost their start.
    m_text->setLayoutDirection(Qt::LeftToRight);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_clear);
    buttons->addStretch();

    auto *body = new QWidget(this);
    auto *layout = new QHBoxLayout(body);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(m_save, &QPushButton::clicked, this, &LogPanel::save);
    connect(m_clear, &QPushButton::clicked, m_text, &QPlainTextEdit::clear);
    retranslateUi();
}

void LogPanel::retranslateUi()
{
    setWindowTitle(tr("Log"));
    m_text->setAccessibleName(tr("Log"));
    m_copy->setText(tr("Copy log"));
    m_save->setText(tr("Save log\u2026"));
    m_clear->setText(tr("Clear"));
    m_copy->setAccessibleName(tr("Copy the log"));
    m_save->setAccessibleName(tr("Save the log to a file"));
    m_clear->setAccessibleName(tr("Clear the log"));
}

void LogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void LogPanel::append(const QString &line)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    // Follow new lines unless the user scrolled up to read: appendPlainText
    // alone stops following once a long line brings the horizontal bar.
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    const int column = m_text->horizontalScrollBar()->value();
    m_text->appendPlainText(stamp + QLatin1Char(' ') + line);
    if (atEnd) {
        bar->setValue(bar->maximum());
        m_text->horizontalScrollBar()->setValue(column);
    }
}

bool LogPanel::isFollowing() const
{
    const QScrollBar *bar = m_text->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

QString LogPanel::text() const
{
    return m_text->toPlainText();
}

void LogPanel::save()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("mtreader-log.txt"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the log"), start, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text().toUtf8() + '\n') < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Save the log"),
                             tr("The log could not be saved to %1: %2").arg(path, file.errorString()));
    }
}
