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
    : QDockWidget(parent),
      m_text(new QPlainTextEdit(this)),
      m_copy(new QPushButton(this)),
      m_save(new QPushButton(this)),
      m_clear(new QPushButton(this))
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

    // Follow new lines unless the user scrolled up to read. Whether the view
    // is at the end is decided by the user's scrolling, not by comparing
    // positions at each line: when a long line brings the horizontal bar,
    // the view loses a line and would otherwise stop following for good.
    QScrollBar *bar = m_text->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_keepingUp)
            m_following = value >= bar->maximum();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (!m_following)
            return;
        m_keepingUp = true;
        bar->setValue(maximum);
        m_keepingUp = false;
    });
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
    // A new line does not scroll the view sideways from where the user put it.
    const int column = m_text->horizontalScrollBar()->value();
    m_text->appendPlainText(stamp + QLatin1Char(' ') + line);
    m_text->horizontalScrollBar()->setValue(column);
}

bool LogPanel::isFollowing() const
{
    return m_following;
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
