// SPDX-License-Identifier: Unlicense
// The right side of the main window: one page per state of a dump (ready,
// waiting for the phone, in progress, done, failed), one shown at a time.
#pragma once

#include <QStackedWidget>

class DonePanel;
class FailurePanel;
class ProgressPanel;
class QLabel;
class UnfinishedDumps;
class WaitingPanel;

class StagePanels : public QStackedWidget
{
    Q_OBJECT
public:
    enum class Page { Ready, Waiting, Progress, Done, Failed };

    explicit StagePanels(QWidget *parent = nullptr);

    void show(Page page);
    Page current() const;

    WaitingPanel *waiting() const { return m_waiting; }
    UnfinishedDumps *unfinished() const { return m_unfinished; }
    ProgressPanel *progress() const { return m_progress; }
    DonePanel *done() const { return m_done; }
    FailurePanel *failure() const { return m_failure; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildReadyPage();
    void retranslateUi();

    QLabel *m_readyTitle = nullptr;
    QLabel *m_readyText = nullptr;
    UnfinishedDumps *m_unfinished = nullptr;
    QWidget *m_ready;
    WaitingPanel *m_waiting;
    ProgressPanel *m_progress;
    DonePanel *m_done;
    FailurePanel *m_failure;
};
