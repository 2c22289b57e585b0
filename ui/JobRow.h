// SPDX-License-Identifier: Unlicense
// One row of the jobs window: one phone on one port, dumped by its own
// DumpController (so its own worker thread), with the widgets that show it
// and the details line under them. The window decides whether a row may
// start; the row runs it, shows what came of it and tells the log.
#pragma once

#include "DumpEnvironment.h"
#include "DumpEvent.h"
#include "DumpTypes.h"
#include "JobOutput.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

class DumpController;
class JobDetails;
class PortPicker;
class PortCatalog;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

class JobRow : public QObject
{
    Q_OBJECT
public:
    enum class State { Ready, Refused, Running, Done, Failed };
    enum Column { PortColumn, OutputColumn, RangeColumn, ProgressColumn, StatusColumn, ActionsColumn, ColumnCount };

    JobRow(const DumpEnvironment &env, PortCatalog *ports, QObject *parent = nullptr);
    ~JobRow() override;

    // The widget shown in a column; the table takes it over.
    QWidget *cell(Column column) const;
    // The line under the row, across the table; hidden while empty.
    QWidget *detailsCell() const;
    // The row's controls in Tab order: port, file, browse, start, stop,
    // then the SHA-256 field and its copy button.
    QList<QWidget *> focusOrder() const;
    // Its number in the window (from 1): the accessible names say it.
    void setNumber(int number);
    int number() const { return m_number; }
    // "job 2 (virtual:2)", for sentences about this row.
    QString jobName() const;

    QString portSpec() const;
    void setPortSpec(const QString &spec);
    // A bare name goes into the folder.
    QString outputPath() const { return m_output->path(); }
    void setOutputPath(const QString &path) { m_output->setPath(path); }
    // A name made up by the window, renewed after each dump.
    void setAutomaticPath(const QString &path) { m_output->setAutomaticPath(path); }
    bool isAutomaticPath() const { return m_output->isAutomatic(); }
    QString folder() const { return m_output->folder(); }
    void setFolder(const QString &folder) { m_output->setFolder(folder); }

    // The range, block size and checks this row reads with; shown in its
    // range column. Ignored while running.
    void setSettings(const DumpRequest &settings);
    DumpRequest request() const { return m_request; }

    State state() const { return m_state; }
    bool isRunning() const;
    // The port it is reading now, once opened (Automatic resolves to one).
    QString openedPort() const { return m_openedPort; }
    // Failed with a partial file kept: Start continues it.
    bool canContinue() const;
    // Ready, Refused, or Failed with a partial to continue: Start all starts it.
    bool isStartable() const;
    QString statusText() const;
    // The details line: the result, the failure and what to do, or why not started.
    QString detailsText() const;
    QString sha256Text() const;
    std::optional<DumpResult> result() const { return m_result; }
    std::optional<DumpError> error() const { return m_error; }
    // What a failed or cancelled dump got to, for the history: its file,
    // the port it opened, the phone that answered, the range it read.
    DumpResult partialResult() const;
    // The port for sentences about the row: while running the one opened,
    // else the one asked for; when idle the one Start would use. Automatic
    // in words.
    QString portText() const;

    bool start(const DumpRequest &request);
    void cancel();
    // The window would not start it: why, in the status column (asked
    // again on a change of language).
    void refuse(const std::function<QString()> &why);
    void retranslateUi();

signals:
    void startClicked();
    void removeClicked();
    // The dump is over (finished, failed or cancelled) and its thread gone.
    void ended();
    void stateChanged();
    // The phone answered (DumpEvents::Identified).
    void identified(const PhoneInfo &phone);
    // A line for the main window's log, with the port in front.
    void logLine(const QString &line);

private:
    void onDumpEvent(const DumpEvent &event);
    void showProgress(const DumpProgress &progress);
    void onFinished(const DumpResult &result);
    void onFailed(const DumpError &error);
    void setState(State state);
    void updateWidgets();
    void log(const QString &line);
    void updateNames();
    QString rangeText() const;
    QString keptText() const;

    DumpController *m_controller;
    PortPicker *m_port;
    JobOutput *m_output;
    QLabel *m_range;
    QProgressBar *m_bar;
    QLabel *m_status;
    QWidget *m_actions;
    QPushButton *m_start;
    QPushButton *m_stop;
    JobDetails *m_details;

    DumpRequest m_request;
    State m_state = State::Ready;
    Mt::DumpStage m_stage = Mt::DumpStage::Idle;
    std::optional<DumpProgress> m_progress;
    std::optional<DumpResult> m_result;
    std::optional<DumpError> m_error;
    std::optional<PhoneInfo> m_phone;
    std::optional<DumpEvents::RangeSized> m_sized;
    std::function<QString()> m_refusal;
    QString m_openedPort;
    int m_number = 0;
    bool m_cancelling = false;
};
