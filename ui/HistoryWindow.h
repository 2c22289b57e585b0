// SPDX-License-Identifier: Unlicense
// File > History: every dump attempt, newest first, searchable by ME ID,
// firmware and file name, for the phone a customer brings back weeks later.
// From a row: open its folder or report, copy its SHA-256, continue a
// partial dump, or export the list to CSV. A non-modal window over the
// DumpHistory of the main window.
#pragma once

#include "DumpTypes.h"

#include <QUrl>
#include <QWidget>
#include <functional>

class DumpHistory;
class HistoryModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
struct HistoryRecord;

class HistoryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWindow(DumpHistory *history, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // How a folder or report is opened (QDesktopServices by default) and
    // where the CSV goes (a save dialog by default); tests replace them.
    using UrlOpener = std::function<bool(const QUrl &)>;
    using SaveFileChooser = std::function<QString(const QString &suggestedPath)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }

    // Writes the attempts shown now; false, with the reason shown, when it could not.
    bool exportCsv(const QString &path);
    // The sentence shown under the table (an export, a problem of the history).
    QString message() const;

public slots:
    // Reads the history again with the search as it is.
    void refresh();
    void fitColumns();

signals:
    // Continue was chosen on a partial dump: the request that resumes it.
    void continueRequested(const DumpRequest &request);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    const HistoryRecord *selected() const;
    void openFolder();
    void openReport();
    void copySha256();
    void continueSelected();
    void chooseAndExport();
    void showMessage(const QString &text, bool problem);

    DumpHistory *m_history;
    HistoryModel *m_model;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_openFolder;
    QPushButton *m_openReport;
    QPushButton *m_copySha;
    QPushButton *m_continue;
    QPushButton *m_export;
    UrlOpener m_openUrl;
    SaveFileChooser m_chooseSaveFile;
};
