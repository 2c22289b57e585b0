// SPDX-License-Identifier: Unlicense
// The dump is saved: where, how big, its SHA-256 to paste into a ticket,
// what it holds (firmware, flash, user data, the map), and the two things
// people do next.
#pragma once

#include "DumpTypes.h"
#include "ShowInFolder.h"

#include <QWidget>
#include <optional>

class DumpSummary;
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
    DumpSummary *summary() const { return m_summary; }
    // Tests stand in for the desktop's file manager.
    void setFolderOpener(ShowInFolder::Opener opener) { m_opener = std::move(opener); }

signals:
    void dumpAnotherRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildContent();
    void retranslateUi();
    // The sentences about the dump, in the current language.
    void showDetails(const DumpResult &result);
    QString timeText(const DumpResult &result) const;
    QString pathText(const QString &path) const;

    QLabel *m_title;
    QLabel *m_path;
    QLabel *m_details;
    QLineEdit *m_sha;
    QPushButton *m_copy;
    DumpSummary *m_summary;
    QPushButton *m_showFolder;
    QPushButton *m_openReport;
    QPushButton *m_another;
    QLabel *m_fileLabel;
    QLabel *m_shaLabel;
    std::optional<DumpResult> m_result;
    ShowInFolder::Opener m_opener;
};
