// SPDX-License-Identifier: Unlicense
#include "JobsTable.h"

#include "JobDetails.h"
#include "JobRow.h"

#include <QHeaderView>
#include <QResizeEvent>

#include <algorithm>

namespace {
// Widths that leave the file name column room inside a window of 990 pixels
// (JobsWindow's default, for a 1024x768 screen with a frame and a taskbar):
// the port's name, "Whole flash, 16.0 MiB", the bar, a stage in two words,
// and Continue next to Remove.
constexpr int kPortWidth = 170;
constexpr int kRangeWidth = 130;
constexpr int kProgressWidth = 100;
constexpr int kStatusWidth = 150;
constexpr int kActionsWidth = 170;
} // namespace

JobsTable::JobsTable(QWidget *parent) : QTableWidget(0, JobRow::ColumnCount, parent)
{
    setObjectName(QStringLiteral("jobsTable"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The table itself is no Tab stop and Tab does not walk its cells: Tab
    // goes through the controls in the cells, in the order the window sets.
    setFocusPolicy(Qt::NoFocus);
    setTabKeyNavigation(false);
    setWordWrap(false);
    // Rows are sized by hand when their widgets change: ResizeToContents does
    // not see cell widgets that arrive after the row.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(JobRow::OutputColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    setColumnWidth(JobRow::PortColumn, kPortWidth);
    setColumnWidth(JobRow::RangeColumn, kRangeWidth);
    setColumnWidth(JobRow::ProgressColumn, kProgressWidth);
    setColumnWidth(JobRow::StatusColumn, kStatusWidth);
    setColumnWidth(JobRow::ActionsColumn, kActionsWidth);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        for (int i = 0; i < jobCount(); ++i)
            fitJob(i);
    });
}

void JobsTable::appendJob(const JobRow *job)
{
    const int index = jobCount();
    insertRow(controlsRow(index));
    insertRow(detailsRow(index));
    for (int c = 0; c < JobRow::ColumnCount; ++c)
        setCellWidget(controlsRow(index), c, job->cell(JobRow::Column(c)));
    setSpan(detailsRow(index), 0, 1, JobRow::ColumnCount);
    setCellWidget(detailsRow(index), 0, job->detailsCell());
    renumber();
    fitJob(index);
}

void JobsTable::removeJob(int index)
{
    if (index < 0 || index >= jobCount())
        return;
    removeRow(detailsRow(index));
    removeRow(controlsRow(index));
    renumber();
}

void JobsTable::renumber()
{
    for (int i = 0; i < jobCount(); ++i) {
        setVerticalHeaderItem(controlsRow(i), new QTableWidgetItem(QString::number(i + 1)));
        setVerticalHeaderItem(detailsRow(i), new QTableWidgetItem(QString()));
    }
}

int JobsTable::fitHeight(int row, int column) const
{
    QWidget *cell = cellWidget(row, column);
    if (!cell)
        return 0;
    int width = columnWidth(column);
    for (int c = column + 1; c < column + columnSpan(row, column); ++c)
        width += columnWidth(c);
    if (showGrid())
        width -= 1; // the table keeps a pixel of each cell for the grid line
    return cell->hasHeightForWidth() ? cell->heightForWidth(width) : cell->sizeHint().height();
}

void JobsTable::fitJob(int index)
{
    // A column never narrower than what its cells show in one line (a range,
    // two buttons, in any language); the stretched one takes what is left.
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < JobRow::ColumnCount; ++c) {
        const QWidget *cell = cellWidget(controlsRow(index), c);
        if (!cell || cell->hasHeightForWidth() || header->sectionResizeMode(c) == QHeaderView::Stretch)
            continue;
        const int needs = cell->sizeHint().width() + (showGrid() ? 1 : 0);
        if (columnWidth(c) < needs)
            setColumnWidth(c, needs);
    }
    int height = 0;
    for (int c = 0; c < JobRow::ColumnCount; ++c)
        height = std::max(height, fitHeight(controlsRow(index), c));
    setRowHeight(controlsRow(index), height + 2);

    const auto *details = qobject_cast<const JobDetails *>(cellWidget(detailsRow(index), 0));
    const bool empty = !details || details->isEmpty();
    setRowHidden(detailsRow(index), empty);
    if (!empty)
        setRowHeight(detailsRow(index), fitHeight(detailsRow(index), 0) + 2);
}

void JobsTable::reveal(const QWidget *widget)
{
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            const QWidget *cell = cellWidget(r, c);
            if (cell && (cell == widget || cell->isAncestorOf(widget))) {
                scrollTo(model()->index(r, c));
                return;
            }
        }
    }
}

void JobsTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    // The details lines wrap: their heights follow the table's width.
    if (viewport()->width() == m_fittedWidth)
        return;
    m_fittedWidth = viewport()->width();
    for (int i = 0; i < jobCount(); ++i)
        fitJob(i);
}
