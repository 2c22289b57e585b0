// SPDX-License-Identifier: Unlicense
// The main window's side of the dump history: each dump recorded as it
// starts, when its phone is known and when it ends; the sentence that says a
// phone was dumped before; the unfinished dumps to offer after a restart.
#pragma once

#include "DumpEvent.h"
#include "DumpHistory.h"
#include "UnfinishedDumps.h"

#include <QCoreApplication>
#include <QObject>

class SessionRecorder : public QObject
{
    Q_OBJECT
public:
    explicit SessionRecorder(DumpHistory::Program program, QObject *parent = nullptr);

    DumpHistory *history() const { return m_history; }

    void begin(const DumpRequest &request);
    void identified(const PhoneInfo &phone);
    void finished(const DumpResult &result);
    void failed(const DumpResult &partial, const DumpError &error);

    // "This phone was dumped before: 1 Dec 2026 14:03, to …": the newest
    // finished dump of this ME ID other than the one running; empty if none.
    QString previouslyDumped(const QByteArray &meId);
    QList<UnfinishedDump> unfinished(const QStringList &folders);

signals:
    // The history's one-time notice, for the user.
    void problem(const QString &sentence);

private:
    DumpHistory *m_history;
    qint64 m_attempt = 0;
};
