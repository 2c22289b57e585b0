// SPDX-License-Identifier: Unlicense
// The history window: a search field, the table and one row of actions.
// The actions ask the record (canContinue, continueRequest) rather than
// judge files themselves; DumpTarget stays the one owner of those rules.
#include "HistoryWindow.h"

#include "DumpHistory.h"
#include "HeaderFit.h"
#include "HistoryCsv.h"
#include "HistoryModel.h"

#include "UiText.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

HistoryWindow::HistoryWindow(DumpHistory *history, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_history(history),
      m_model(new HistoryModel(this)),
      m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this)),
      m_openFolder(new QPushButton(this)),
      m_openReport(new QPushButton(this)),
      m_copySha(new QPushButton(this)),
      m_continue(new QPushButton(this)),
      m_export(new QPushButton(this)),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("historyWindow"));
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_openFolder->setObjectName(QStringLiteral("historyOpenFolder"));
    m_openReport->setObjectName(QStringLiteral("historyOpenReport"));
    m_copySha->setObjectName(QStringLiteral("historyCopySha256"));
    m_continue->setObjectName(QStringLiteral("historyContinue"));
    m_export->setObjectName(QStringLiteral("historyExport"));

    m_searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->hide();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_table->setColumnWidth(HistoryModel::MeIdColumn, 150);
    m_table->setColumnWidth(HistoryModel::Sha256Column, 120);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_openFolder, m_openReport, m_copySha, m_continue})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    // Within a 1024x768 screen, with room for the panel and the frame.
    resize(960, 600);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryWindow::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateButtons);
    connect(m_openFolder, &QPushButton::clicked, this, &HistoryWindow::openFolder);
    connect(m_openReport, &QPushButton::clicked, this, &HistoryWindow::openReport);
    connect(m_copySha, &QPushButton::clicked, this, &HistoryWindow::copySha256);
    connect(m_continue, &QPushButton::clicked, this, &HistoryWindow::continueSelected);
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::chooseAndExport);
    connect(m_history, &DumpHistory::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_history, &DumpHistory::problem, this, [this](const QString &s) { showMessage(s, true); });
    retranslateUi();
    updateButtons();
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::retranslateUi()
{
    setWindowTitle(tr("Dump history"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("ME ID, firmware or file name"));
    m_search->setAccessibleName(tr("Search the history by ME ID, firmware or file name"));
    m_table->setAccessibleName(tr("Dump attempts, newest first"));
    m_openFolder->setText(tr("Open &folder"));
    m_openFolder->setAccessibleName(tr("Open the folder of the selected dump"));
    m_openReport->setText(tr("Open &report"));
    m_openReport->setAccessibleName(tr("Open the report of the selected dump"));
    m_copySha->setText(tr("Copy SHA-&256"));
    m_copySha->setAccessibleName(tr("Copy the SHA-256 of the selected dump"));
    m_continue->setText(tr("&Continue"));
    m_continue->setAccessibleName(tr("Continue the selected partial dump"));
    m_continue->setToolTip(tr("Reads the rest of a dump that stopped before the end, into the same file."));
    m_export->setText(tr("&Export CSV…"));
    m_export->setAccessibleName(tr("Export the attempts shown to a CSV file"));
    m_count->setText(tr("%n attempt(s)", nullptr, int(m_model->records().size())));
    m_model->retranslate();
    HeaderFit::widenToTitles(m_table->horizontalHeader());
}

void HistoryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryWindow::showEvent(QShowEvent *event)
{
    refresh();
    fitColumns();
    m_search->setFocus();
    QWidget::showEvent(event);
}

void HistoryWindow::refresh()
{
    HistoryFilter filter;
    filter.text = m_search->text();
    m_model->setRecords(m_history->query(filter));
    m_count->setText(tr("%n attempt(s)", nullptr, int(m_model->records().size())));
}

void HistoryWindow::fitColumns()
{
    // Each column as wide as what it holds, within reason: a long firmware
    // name or file name is cut rather than pushing the rest out of sight.
    // The SHA-256 keeps its width: Copy SHA-256 gives all of it. Done when
    // the window opens, so a column the user widened stays while they search.
    constexpr int kWidest = 280;
    for (int c = 0; c < HistoryModel::ColumnCount; ++c) {
        if (c == HistoryModel::Sha256Column)
            continue;
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), kWidest));
    }
    HeaderFit::widenToTitles(m_table->horizontalHeader());
}

const HistoryRecord *HistoryWindow::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->recordAt(rows.first().row());
}

void HistoryWindow::updateButtons()
{
    const HistoryRecord *r = selected();
    m_openFolder->setEnabled(r && !r->file.isEmpty() && QFileInfo(QFileInfo(r->file).absolutePath()).isDir());
    m_openReport->setEnabled(r && !r->details.reportPath.isEmpty() && QFileInfo::exists(r->details.reportPath));
    m_copySha->setEnabled(r && !r->sha256.isEmpty());
    m_continue->setEnabled(r && r->canContinue());
    m_export->setEnabled(!m_model->records().isEmpty());
}

void HistoryWindow::openFolder()
{
    if (const HistoryRecord *r = selected())
        m_openUrl(QUrl::fromLocalFile(QFileInfo(r->file).absolutePath()));
}

void HistoryWindow::openReport()
{
    if (const HistoryRecord *r = selected())
        m_openUrl(QUrl::fromLocalFile(r->details.reportPath));
}

void HistoryWindow::copySha256()
{
    if (const HistoryRecord *r = selected())
        QGuiApplication::clipboard()->setText(QString::fromLatin1(r->sha256.toHex()));
}

void HistoryWindow::continueSelected()
{
    const HistoryRecord *r = selected();
    // Checked again: the partial file may have gone since the row was read.
    if (!r || !r->canContinue()) {
        updateButtons();
        return;
    }
    emit continueRequested(r->continueRequest());
}

void HistoryWindow::chooseAndExport()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/mtreader-history.csv");
    const QString path = m_chooseSaveFile
        ? m_chooseSaveFile(suggested)
        : QFileDialog::getSaveFileName(this, tr("Export the history"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool HistoryWindow::exportCsv(const QString &path)
{
    QString why;
    if (!HistoryCsv::write(path, m_model->records(), &why)) {
        showMessage(tr("The history could not be saved to %1 (%2). Choose another folder and try again.")
                        .arg(UiText::leftToRight(QDir::toNativeSeparators(path)), why),
                    true);
        return false;
    }
    showMessage(tr("%n attempt(s) saved to %1.", nullptr, int(m_model->records().size()))
                    .arg(UiText::leftToRight(QDir::toNativeSeparators(path))),
                false);
    return true;
}

void HistoryWindow::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { background: #fdecee; color: #b00020; padding: 6px; }")
                                     : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString HistoryWindow::message() const
{
    return m_message->text();
}
