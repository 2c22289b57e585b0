// SPDX-License-Identifier: Unlicense
// The dump is saved: where, how big, its SHA-256 to paste into a ticket, and
// the two things people do next.
#pragma once

#include "DumpTypes.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

class DonePanel : public QWidget
{
    Q_OBJECT
public:
    explicit DonePanel(QWidget *parent = nullptr);

    void setResult(const DumpResult &result);
    QString shaText() const;
    QPushButton *anotherButton() const { return m_another; }

signals:
    void dumpAnotherRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The sentences about the dump, in the current language.
    void showDetails(const DumpResult &result);
    QString pathText(const QString &path) const;

    QLabel *m_title;
    QLabel *m_path;
    QLabel *m_details;
    QLineEdit *m_sha;
    QPushButton *m_copy;
    QPushButton *m_showFolder;
    QPushButton *m_another;
    QLabel *m_fileLabel;
    QLabel *m_shaLabel;
    QString m_folder;
    std::optional<DumpResult> m_result;
};
