// SPDX-License-Identifier: Unlicense
// The main window: the settings column on the left, the stage of the dump
// on the right with Keep going's tally under it, the log in a dock, the
// menus. It builds and wires those parts; DumpFlow runs the dump on them.
#pragma once

#include "DemoPhones.h"
#include "DumpEnvironment.h"
#include "DumpTypes.h"

#include <QMainWindow>
#include <QPointer>

class DemoBanner;
class DumpFlow;
class HistoryWindow;
class JobsWindow;
class LanguageManager;
class LogPanel;
class MainMenus;
class QLabel;
class SettingsColumn;
class StackSummary;
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
    DumpFlow *flow() const { return m_flow; }

    // View > Language. The choice made there is remembered; setLanguage()
    // from elsewhere (the --language option) is not.
    LanguageManager *languages() const { return m_languages; }
    // File > Dump several phones at once: created on first use.
    JobsWindow *showJobs();
    // File > History: created on first use.
    HistoryWindow *showHistory();
    // File > Open a dump: what a dump file on disk holds.
    void openDump(const QString &path);

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
    void chooseDumpToOpen();
    void showAbout();
    void log(const QString &line);
    void updateBusy();
    // Closing was asked for while a dump ran: whether to go on closing.
    bool mayCloseWhileDumping();

    DemoPhones m_demo;
    DumpEnvironment m_env;
    PortLister m_lister;
    LanguageManager *m_languages = nullptr;
    QString m_languageChoice; // as remembered: empty for the system language
    QStringList m_recentFolders;
    JobsWindow *m_jobs = nullptr;
    QPointer<HistoryWindow> m_history;

    DemoBanner *m_demoBanner = nullptr;
    SettingsColumn *m_settings = nullptr;
    StagePanels *m_panels = nullptr;
    StackSummary *m_stack = nullptr;
    LogPanel *m_log = nullptr;
    MainMenus *m_menus = nullptr;
    DumpFlow *m_flow = nullptr;
};
