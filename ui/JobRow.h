// SPDX-License-Identifier: Unlicense
// One row of the jobs window: one phone on one port, dumped by its own
// DumpController (so its own worker thread), with the widgets that show it.
// The window decides whether a row may start; the row runs it and tells.
#pragma once

#include "DumpEnvironment.h"
#include "DumpTypes.h"

#include <QObject>
#include <functional>
#include <optional>

class DumpController;
class PortPicker;
class PortCatalog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
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

    QString portSpec() const;
    void setPortSpec(const QString &spec);
    // A bare name goes into the folder.
    QString outputPath() const;
    void setOutputPath(const QString &path);
    // A name made up by the window, renewed after each dump.
    void setAutomaticPath(const QString &path);
    bool isAutomaticPath() const { return m_automatic; }
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder) { m_folder = folder; }

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
    QString statusText() const;
    std::optional<DumpResult> result() const { return m_result; }

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

private:
    void onFinished(const DumpResult &result);
    void onFailed(const DumpError &error);
    void setState(State state);
    void updateWidgets();
    void browse();
    void showPath(const QString &path);

    DumpController *m_controller;
    PortPicker *m_port;
    QWidget *m_outputCell;
    QLineEdit *m_output;
    QToolButton *m_browse;
    QLabel *m_range;
    QProgressBar *m_bar;
    QLabel *m_status;
    QWidget *m_actions;
    QPushButton *m_start;
    QPushButton *m_stop;

    DumpRequest m_request;
    State m_state = State::Ready;
    Mt::DumpStage m_stage = Mt::DumpStage::Idle;
    std::optional<DumpProgress> m_progress;
    std::optional<DumpResult> m_result;
    std::optional<DumpError> m_error;
    std::function<QString()> m_refusal;
    QString m_openedPort;
    QString m_folder;
    bool m_automatic = true;
    bool m_cancelling = false;
};
