// SPDX-License-Identifier: Unlicense
// The main window: settings on the left, the state of the dump on the right,
// the log in a dock. It wires the widgets to a DumpController and presents
// what the controller says; the dump itself is the core's business.
#pragma once

#include "DemoPhones.h"
#include "DumpEnvironment.h"
#include "DumpTypes.h"

#include <QMainWindow>

class AdvancedOptions;
class DonePanel;
class DumpController;
class FailurePanel;
class LogPanel;
class OutputChooser;
class PortPicker;
class ProgressPanel;
class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class RangeEditor;
class WaitingPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The real serial ports of this computer.
    explicit MainWindow(QWidget *parent = nullptr);
    // Tests inject where the dump finds and opens ports, and what the port
    // picker lists. The demo's virtual phones are added to both.
    MainWindow(const DumpEnvironment &env, PortLister lister, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Help > Try with a virtual phone. With dumpNow, starts the dump too
    // (the --demo command-line option, used for screenshots).
    void startDemo(bool dumpNow = false);
    DemoPhones &demoPhones() { return m_demo; }
    bool isDumpRunning() const;

public slots:
    void dump();
    void cancelDump();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Page { Ready, Waiting, Progress, Done, Failed };

    // Building (MainWindow.cpp).
    void buildUi();
    QWidget *buildSettingsColumn();
    void buildMenus();
    void loadSettings();
    void saveSettings() const;
    void showAbout();
    void showPage(Page page);
    void log(const QString &line);
    void updateButtons();

    // The dump flow (MainWindowFlow.cpp).
    bool confirmTarget(DumpRequest &request);
    void startRequest(const DumpRequest &request);
    void resume();
    void dumpAnother();
    void onStageChanged(Mt::DumpStage stage);
    void onFinished(const DumpResult &result);
    void onFailed(const BromError &error);
    void waitForNextPhone();
    void checkPreviousPhoneGone();
    void stopKeepGoing();
    bool portPresent(const QString &location) const;

    DemoPhones m_demo;
    DumpEnvironment m_env;
    DumpController *m_controller = nullptr;

    QLabel *m_demoBanner = nullptr;
    QWidget *m_settingsBox = nullptr;
    PortPicker *m_portPicker = nullptr;
    RangeEditor *m_range = nullptr;
    AdvancedOptions *m_advanced = nullptr;
    OutputChooser *m_output = nullptr;
    QCheckBox *m_keepGoing = nullptr;
    QPushButton *m_dumpButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_readyPage = nullptr;
    WaitingPanel *m_waiting = nullptr;
    ProgressPanel *m_progress = nullptr;
    DonePanel *m_done = nullptr;
    FailurePanel *m_failure = nullptr;
    LogPanel *m_log = nullptr;
    QTimer *m_goneTimer = nullptr;

    DumpRequest m_request;          // the dump running now, or the last one
    PhoneInfo m_lastPhone;          // names the next automatic file
    Mt::DumpStage m_stage = Mt::DumpStage::Idle;
    QString m_previousPort;         // Keep going: the dumped phone's port, until it is gone
    QString m_previousSummary;
    bool m_closeWhenIdle = false;
};
