// SPDX-License-Identifier: Unlicense
#include "OutputChooser.h"

#include "UiText.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

OutputChooser::OutputChooser(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_browse(new QPushButton(this))
{
    m_edit->setObjectName(QStringLiteral("outputPath"));
    UiText::followTextDirection(m_edit);
    m_browse->setObjectName(QStringLiteral("outputBrowse"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);

    connect(m_browse, &QPushButton::clicked, this, &OutputChooser::browse);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_automatic = false; });
    retranslateUi();
}

void OutputChooser::retranslateUi()
{
    m_browse->setText(tr("Sav&e as\u2026"));
    m_edit->setAccessibleName(tr("Output file"));
    m_edit->setToolTip(tr("The dump is written here. A new name is made for every dump until you choose one."));
    m_browse->setAccessibleName(tr("Choose the output file"));
}

void OutputChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString OutputChooser::path() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    // A bare name goes into the remembered folder.
    return QDir::isAbsolutePath(text) ? QDir::cleanPath(text) : QDir(m_folder).filePath(text);
}

void OutputChooser::setPath(const QString &path)
{
    m_automatic = false;
    m_edit->setText(QDir::toNativeSeparators(path));
    setFolder(QFileInfo(path).absolutePath());
}

void OutputChooser::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged(folder);
}

void OutputChooser::renewAutomaticName(const QString &chip, const std::function<bool(const QString &)> &alsoTaken)
{
    m_automatic = true;
    m_edit->setText(
        QDir::toNativeSeparators(UiText::automaticFileName(m_folder, chip, QDateTime::currentDateTime(), alsoTaken)));
}

void OutputChooser::renewName(const QString &chip, const std::function<bool(const QString &)> &alsoTaken)
{
    if (m_automatic) {
        renewAutomaticName(chip, alsoTaken);
        return;
    }
    const QString next = UiText::nextFreeName(path(), alsoTaken);
    m_edit->setText(QDir::toNativeSeparators(next));
}

QString OutputChooser::userName() const
{
    return m_automatic ? QString() : path();
}

void OutputChooser::browse()
{
    const QString start = path().isEmpty() ? m_folder : path();
    // Our own overwrite question comes when Dump is clicked, with the file's
    // state at that moment; asking here too would ask twice.
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the dump as"), start,
                                                        tr("Flash dumps (*.bin);;All files (*)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setPath(chosen);
}
