// SPDX-License-Identifier: Unlicense
// The dump is saved: where, how big, its SHA-256 to paste into a ticket, and
// the two things people do next.
#pragma once

#include "DumpTypes.h"

#include <QWidget>

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

private:
    QLabel *m_title;
    QLabel *m_path;
    QLabel *m_details;
    QLineEdit *m_sha;
    QPushButton *m_copy;
    QPushButton *m_showFolder;
    QPushButton *m_another;
    QString m_folder;
};
