// SPDX-License-Identifier: Unlicense
// The main window: settings on the left, the state of the dump on the right,
// the log in a dock. It wires the widgets to a DumpController and presents
// what the controller says; the dump itself is the core's business.
#pragma once

#include "DemoPhones.h"
#include "DumpEnvironment.h"
#include "DumpEvent.h"
#include "DumpTypes.h"

#include <QMainWindow>
#include <functional>
#include <optional>

class AdvancedOptions;
class DonePanel;
class DumpController;
class FailurePanel;
class JobsWindow;
class LanguageManager;
class LogPanel;
class OutputChooser;
class PortPicker;
class ProgressPanel;
class QAction;
class QActionGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QMenu;
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

    // View > Language. The choice made there is remembered; setLanguage()
    // from elsewhere (the --language option) is not.
    LanguageManager *languages() const { return m_languages; }
    // File > Dump several phones at once: created on first use.
    JobsWindow *showJobs();

public slots:
    void dump();
    void cancelDump();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Page { Ready, Waiting, Progress, Done, Failed };

    // Building (MainWindow.cpp).
    void buildUi();
    QWidget *buildSettingsColumn();
    void loadSettings();
    void saveSettings() const;
    void showPage(Page page);
    void log(const QString &line);
    void updateButtons();
    std::optional<DumpRequest> currentSettings(QString *why) const;

    // Menus and words (MainWindowText.cpp).
    void buildMenus();
    void buildLanguageMenu();
    void chooseLanguage(const QString &choice);
    void retranslateUi();
    void showAbout();

    // The dump flow (MainWindowFlow.cpp).
    bool confirmTarget(DumpRequest &request);
    void startRequest(const DumpRequest &request);
    void resume();
    void dumpAnother();
    void onDumpEvent(const DumpEvent &event);
    void onStageChanged(Mt::DumpStage stage);
    void onFinished(const DumpResult &result);
    void onFailed(const DumpError &error);
    void waitForNextPhone();
    void checkPreviousPhoneGone();
    void stopKeepGoing();
    bool portPresent(const QString &location) const;
    QString keptText() const;
    QString previousSummary() const;
    // Names the jobs window's dumps will write: not for an automatic name here.
    std::function<bool(const QString &)> usedByJobs() const;

    DemoPhones m_demo;
    DumpEnvironment m_env;
    DumpController *m_controller = nullptr;

    LanguageManager *m_languages = nullptr;
    QString m_languageChoice; // as remembered: empty for the system language
    JobsWindow *m_jobs = nullptr;

    QLabel *m_demoBanner = nullptr;
    QWidget *m_settingsBox = nullptr;
    QGroupBox *m_phoneBox = nullptr;
    QGroupBox *m_rangeBox = nullptr;
    QGroupBox *m_saveBox = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_readyTitle = nullptr;
    QLabel *m_readyText = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_dumpAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_jobsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
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
    std::optional<DumpResult> m_previousResult; // Keep going: shown while waiting for the next phone
    std::optional<DumpError> m_lastError;       // shown in the Failed panel
    bool m_closeWhenIdle = false;
};
