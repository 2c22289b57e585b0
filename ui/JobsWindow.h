// SPDX-License-Identifier: Unlicense
// File > Dump several phones at once: a non-modal window with one row per
// phone, each on its own port and with its own worker thread, so a bench of
// phones is read at the same time. It refuses two jobs on one port or into
// one file, and asks before closing while dumps run.
#pragma once

#include "DumpEnvironment.h"
#include "DumpTypes.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class JobRow;
class PortCatalog;
class QLabel;
class QPushButton;
class QTableWidget;

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
    // and a fresh automatic file name. Returns its index.
    int addJob();
    int jobCount() const { return int(m_jobs.size()); }
    JobRow *job(int index) const { return m_jobs.value(index); }
    // False, with the reason in the row and above the table, when the job
    // may not start.
    bool startJob(int index);
    void removeJob(int index);

    bool hasRunningJobs() const;
    // A row (but except) writes or will write path, or the main window's
    // running dump does.
    bool isUsingFile(const QString &path, const JobRow *except = nullptr) const;
    // Closing was asked for and agreed to: the jobs are being cancelled.
    bool isClosing() const { return m_closing; }
    QString message() const;

signals:
    // Every job has stopped after a close that cancelled them.
    void allStopped();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Messages are kept as a way to say them, so a change of language redoes them.
    using Words = std::function<QString()>;
    void showMessage(const Words &words);
    // Why the job may not start, or nothing.
    Words conflictFor(const JobRow *job, const DumpRequest &request) const;
    QString freshName(const QString &folder, const JobRow *except) const;
    void refreshIdleRows();
    void fitRow(JobRow *job);
    void onJobEnded();
    int indexOf(const QObject *job) const;

    DumpEnvironment m_env;
    PortCatalog *m_ports;
    JobDefaultsSource m_defaults;
    MainDumpSource m_mainDump;
    QList<JobRow *> m_jobs;

    QLabel *m_intro;
    QPushButton *m_add;
    QLabel *m_message;
    QTableWidget *m_table;
    Words m_messageWords;
    bool m_closing = false;
};
