// SPDX-License-Identifier: Unlicense
// File > Dump several phones at once: a non-modal window with one row per
// phone, each on its own port and with its own worker thread, so a bench of
// phones is read at the same time. It refuses two jobs on one port or into
// one file, records every attempt in the dump history, hands each job's log
// lines to the main window, and asks before closing while dumps run.
#pragma once

#include "DumpEnvironment.h"
#include "DumpTypes.h"

#include <QHash>
#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class DumpHistory;
class JobRow;
class JobsTable;
class PortCatalog;
class QLabel;
class QPushButton;

// What a new or restarted job reads, from the main window's settings.
struct JobDefaults
{
    std::optional<DumpRequest> request; // range, block size, verify, pipelining; none when invalid
    QString problem;                    // why there is none
    QString folder;                     // where automatic names go
};
using JobDefaultsSource = std::function<JobDefaults()>;
// The main window's own dump while one runs: its port and file are taken.
using MainDumpSource = std::function<std::optional<DumpRequest>()>;

class JobsWindow : public QWidget
{
    Q_OBJECT
public:
    JobsWindow(const DumpEnvironment &env, PortCatalog *ports, JobDefaultsSource defaults, MainDumpSource mainDump,
               QWidget *parent = nullptr);
    ~JobsWindow() override;

    // A new row: the first MediaTek port no other row has, or Automatic,
    // and a fresh automatic file name. Returns its index (its number - 1).
    int addJob();
    int jobCount() const { return int(m_jobs.size()); }
    JobRow *job(int index) const { return m_jobs.value(index); }
    // False, with the reason in the row and above the table, when the job
    // may not start.
    bool startJob(int index);
    // Starts every row that can start (ready, or failed with a partial to
    // continue), each through startJob's checks; says above the table which
    // could not and why. Returns how many started.
    int startAll();
    void removeJob(int index);

    bool hasRunningJobs() const;
    // A row (but except) writes or will write path, or the main window's
    // running dump does.
    bool isUsingFile(const QString &path, const JobRow *except = nullptr) const;
    // Closing was asked for and agreed to: the jobs are being cancelled.
    bool isClosing() const { return m_closing; }
    QString message() const;
    // Where the jobs' attempts are recorded.
    DumpHistory *history() const { return m_history; }

signals:
    // Every job has stopped after a close that cancelled them.
    void allStopped();
    // A line for the main window's log; a job's lines start with its port.
    void logLine(const QString &line);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Messages are kept as a way to say them, so a change of language redoes them.
    using Words = std::function<QString()>;
    void showMessage(const Words &words);
    // Starts job or says why not (nothing when it started).
    Words tryStart(JobRow *job);
    QString freshName(const QString &folder, const JobRow *except) const;
    void refreshIdleRows();
    void updateTabOrder();
    void onJobEnded();
    void recordEnd(JobRow *job);
    int indexOf(const QObject *job) const;

    DumpEnvironment m_env;
    PortCatalog *m_ports;
    JobDefaultsSource m_defaults;
    MainDumpSource m_mainDump;
    QList<JobRow *> m_jobs;
    // Made in the GUI thread, where every row's outcome arrives.
    DumpHistory *m_history;
    QHash<const JobRow *, qint64> m_attempts; // the running rows' history handles

    QLabel *m_intro;
    QPushButton *m_add;
    QPushButton *m_startAll;
    QLabel *m_message;
    JobsTable *m_table;
    Words m_messageWords;
    QString m_historyProblem; // said once by the history, shown for the rest of the session
    bool m_closing = false;
};
