// SPDX-License-Identifier: Unlicense
#include "LogPanel.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
// Enough for a whole session of Keep going; old lines fall off the top.
constexpr int kMaxLines = 20000;
} // namespace

LogPanel::LogPanel(QWidget *parent) : QDockWidget(tr("Log"), parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(kMaxLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Log"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *copy = new QPushButton(tr("Copy log"), this);
    auto *save = new QPushButton(tr("Save log\u2026"), this);
    auto *clear = new QPushButton(tr("Clear"), this);
    copy->setAccessibleName(tr("Copy the log"));
    save->setAccessibleName(tr("Save the log to a file"));
    clear->setAccessibleName(tr("Clear the log"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addWidget(clear);
    buttons->addStretch();

    auto *body = new QWidget(this);
    auto *layout = new QHBoxLayout(body);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    setWidget(body);

    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(save, &QPushButton::clicked, this, &LogPanel::save);
    connect(clear, &QPushButton::clicked, m_text, &QPlainTextEdit::clear);
}

void LogPanel::append(const QString &line)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    m_text->appendPlainText(stamp + QLatin1Char(' ') + line);
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
