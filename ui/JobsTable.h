// SPDX-License-Identifier: Unlicense
// The table of the jobs window: two table rows per job, its controls and,
// under them across every column, its details line (hidden while empty).
// Row heights follow the widgets, which a table does not do by itself for
// cell widgets; the columns are sized so the window fits a 1024x768 screen.
#pragma once

#include <QTableWidget>

class JobRow;

class JobsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit JobsTable(QWidget *parent = nullptr);

    // Job index is the index in the window; its rows are 2*index, 2*index+1.
    void appendJob(const JobRow *job);
    void removeJob(int index);
    int jobCount() const { return rowCount() / 2; }
    // After a job's widgets changed: its heights, its details shown or hidden.
    void fitJob(int index);
    // Scrolls the cell holding widget into view (Tab reaches rows out of sight).
    void reveal(const QWidget *widget);

    static int controlsRow(int index) { return 2 * index; }
    static int detailsRow(int index) { return 2 * index + 1; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void renumber();
    int fitHeight(int row, int column) const;
    int m_fittedWidth = -1;
};
