// SPDX-License-Identifier: Unlicense
// The main window: the settings column on the left, the stage of the dump
// on the right, the log in a dock, the menus. It wires those parts to a
// DumpController and presents what the dump says; the dump itself is the
// core's business.
#pragma once

#include "DemoPhones.h"
#include "DumpEnvironment.h"
#include "DumpEvent.h"
#include "DumpTypes.h"

#include <QMainWindow>
#include <functional>
#include <optional>

class DumpController;
class JobsWindow;
class KeepGoingFlow;
class LanguageManager;
class LogPanel;
class MainMenus;
class QLabel;
class SettingsColumn;
class StagePanels;

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
    void buildUi();
    void buildMenus();
    void loadSettings();
    void saveSettings() const;
    void retranslateUi();
    void chooseLanguage(const QString &choice);
    void showAbout();
    void log(const QString &line);
    void updateBusy();

    void startRequest(const DumpRequest &request);
    void resume();
    void dumpAnother();
    void startNextPhone();
    void onDumpEvent(const DumpEvent &event);
    void onStageChanged(Mt::DumpStage stage);
    void onFinished(const DumpResult &result);
    void onFailed(const DumpError &error);
    // Closing was asked for while a dump ran: whether to go on closing.
    bool mayCloseWhileDumping();

    bool portPresent(const QString &location) const;
    QString keptText() const;
    QString previousSummary() const;
    // The chip automatic names carry: the last phone's, before any, MT6261.
    QString chipForNames() const;
    // Names the jobs window's dumps will write: not for an automatic name here.
    std::function<bool(const QString &)> usedByJobs() const;

    DemoPhones m_demo;
    DumpEnvironment m_env;
    PortLister m_lister;
    DumpController *m_controller = nullptr;
    LanguageManager *m_languages = nullptr;
    QString m_languageChoice; // as remembered: empty for the system language
    JobsWindow *m_jobs = nullptr;

    QLabel *m_demoBanner = nullptr;
    SettingsColumn *m_settings = nullptr;
    StagePanels *m_panels = nullptr;
    LogPanel *m_log = nullptr;
    MainMenus *m_menus = nullptr;
    KeepGoingFlow *m_keepGoing = nullptr;

    DumpRequest m_request;             // the dump running now, or the last one
    PhoneInfo m_lastPhone;             // names the next automatic file
    Mt::DumpStage m_stage = Mt::DumpStage::Idle;
    std::optional<DumpError> m_lastError; // shown in the Failed panel
    bool m_closeWhenIdle = false;
};
