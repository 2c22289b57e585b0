// SPDX-License-Identifier: Unlicense
// The dump history as rows for a table view: one attempt per row, newest
// first, in the words of the user's language.
#pragma once

#include "HistoryRecord.h"

#include <QAbstractTableModel>
#include <QList>

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        ResultColumn,
        MeIdColumn,
        PhoneColumn,
        FirmwareColumn,
        FileColumn,
        RangeColumn,
        Sha256Column,
        DurationColumn,
        ProgramColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setRecords(QList<HistoryRecord> records);
    const QList<HistoryRecord> &records() const { return m_records; }
    // The record of a row; nullptr outside the table.
    const HistoryRecord *recordAt(int row) const;
    // After a change of language: headers and cells say it anew.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString resultText(const HistoryRecord &record);

private:
    QString text(const HistoryRecord &r, int column) const;
    QString toolTip(const HistoryRecord &r, int column) const;

    QList<HistoryRecord> m_records;
};
