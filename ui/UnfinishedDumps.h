// SPDX-License-Identifier: Unlicense
// The partial dumps waiting to be continued: the ones the history knows and
// any FILE.part with its sidecar in the folders dumps went to lately, each
// with a Continue button, so nothing cut short is forgotten after a restart.
#pragma once

#include "DumpTypes.h"

#include <QWidget>

struct HistoryRecord;
class QLabel;
class QVBoxLayout;

struct UnfinishedDump
{
    QString file;       // the dump it will become (FILE)
    qint64 kept = 0;    // bytes in FILE.part
    quint64 length = 0; // of the whole dump; 0 for a whole flash whose size is in the sidecar
    QByteArray meId;
    DumpRequest request; // continues it: resume on
};

class UnfinishedDumps : public QWidget
{
    Q_OBJECT
public:
    explicit UnfinishedDumps(QWidget *parent = nullptr);

    // From the history's continuable attempts and a look in folders; each
    // file once, newest known first.
    static QList<UnfinishedDump> find(const QList<HistoryRecord> &known, const QStringList &folders);

    void setDumps(const QList<UnfinishedDump> &dumps);
    int count() const { return int(m_dumps.size()); }

signals:
    void continueRequested(const DumpRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<UnfinishedDump> m_dumps;
    QLabel *m_title;
    QVBoxLayout *m_rows;
};
