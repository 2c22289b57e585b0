// SPDX-License-Identifier: Unlicense
#include "JobOutput.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

JobOutput::JobOutput(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_browse(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("jobOutput"));
    m_browse->setObjectName(QStringLiteral("jobBrowse"));
    m_browse->setText(QStringLiteral("\u2026"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);

    connect(m_browse, &QToolButton::clicked, this, &JobOutput::browse);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_automatic = false;
        emit edited();
    });
    retranslateUi();
}

QString JobOutput::path() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    return QDir::isAbsolutePath(text) ? QDir::cleanPath(QDir::fromNativeSeparators(text))
                                      : QDir(m_folder).filePath(text);
}

void JobOutput::setPath(const QString &path)
{
    m_automatic = false;
    showPath(path);
}

void JobOutput::setAutomaticPath(const QString &path)
{
    m_automatic = true;
    showPath(path);
}

void JobOutput::showPath(const QString &path)
{
    // An automatic name in the main window's folder: the name alone says it,
    // and the column is narrow.
    const QFileInfo file(path);
    const bool inFolder = m_automatic && !m_folder.isEmpty()
        && file.absolutePath() == QFileInfo(m_folder).absoluteFilePath();
    m_edit->setText(inFolder ? file.fileName() : QDir::toNativeSeparators(path));
    m_edit->setCursorPosition(0);
    m_edit->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
}

QList<QWidget *> JobOutput::focusOrder() const
{
    return {m_edit, m_browse};
}

void JobOutput::setJobName(const QString &name)
{
    m_jobName = name;
    retranslateUi();
}

void JobOutput::retranslateUi()
{
    m_browse->setToolTip(tr("Choose the output file"));
    m_edit->setAccessibleName(tr("Output file of %1").arg(m_jobName));
    m_browse->setAccessibleName(tr("Choose the output file of %1").arg(m_jobName));
}

void JobOutput::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save the dump as"), path().isEmpty() ? m_folder : path(), tr("Flash dumps (*.bin);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    emit edited();
}
