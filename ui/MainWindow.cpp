// SPDX-License-Identifier: Unlicense
#include "MainWindow.h"

#include "DemoBanner.h"
#include "DumpFlow.h"
#include "DumpView.h"
#include "FailurePanel.h"
#include "HistoryWindow.h"
#include "JobsWindow.h"
#include "KeepGoingFlow.h"
#include "LanguageManager.h"
#include "LogPanel.h"
#include "MainMenus.h"
#include "OutputChooser.h"
#include "PortCatalog.h"
#include "PortPicker.h"
#include "RangeEditor.h"
#include "SessionRecorder.h"
#include "Settings.h"
#include "SettingsColumn.h"
#include "StackSummary.h"
#include "StagePanels.h"
#include "UiText.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : MainWindow(DumpEnvironment{}, systemSerialPorts, parent) {}

MainWindow::MainWindow(const DumpEnvironment &env, PortLister lister, QWidget *parent)
    : QMainWindow(parent), m_env(m_demo.wrap(env)), m_lister(m_demo.wrap(std::move(lister)))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_languages = new LanguageManager(this);
    buildUi();
    buildMenus();
    loadSettings();
    retranslateUi();
    m_flow->refreshUnfinished();
    updateBusy();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    m_demoBanner = new DemoBanner(central);
    m_demoBanner->hide();
    connect(m_demoBanner, &DemoBanner::flashSizeChosen, this, [this](qint64 bytes) { m_demo.setFlashSize(bytes); });
    m_settings = new SettingsColumn(m_lister, central);
    m_panels = new StagePanels(central);
    m_log = new LogPanel(this);
    DumpFlow::Parts parts{this,
                          m_settings,
                          m_panels,
                          &m_demo,
                          [this](const QString &l) { log(l); },
                          [this](const QString &text, int ms) {
                              if (text.isEmpty())
                                  statusBar()->clearMessage();
                              else
                                  statusBar()->showMessage(text, ms);
                          }};
    m_flow = new DumpFlow(m_env, parts, this);
    m_flow->setNamesInUse([this](const QString &path) { return m_jobs && m_jobs->isUsingFile(path); });
    m_stack = new StackSummary(m_flow->keepGoing(), central);

    auto *right = new QVBoxLayout;
    right->addWidget(m_panels, 1);
    right->addWidget(m_stack);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_settings);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addLayout(columns, 1);
    setCentralWidget(central);

    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    resizeDocks({m_log}, {140}, Qt::Vertical);
    statusBar()->setSizeGripEnabled(true);

    connect(m_settings, &SettingsColumn::dumpRequested, this, &MainWindow::dump);
    connect(m_settings, &SettingsColumn::cancelRequested, this, &MainWindow::cancelDump);
    connect(m_flow, &DumpFlow::busyChanged, this, &MainWindow::updateBusy);
    connect(m_flow, &DumpFlow::idleForClose, this, &QWidget::close, Qt::QueuedConnection);
    connect(m_panels->failure(), &FailurePanel::showLogRequested, this, [this] {
        m_log->show();
        m_log->raise();
    });
}

void MainWindow::buildMenus()
{
    m_menus = new MainMenus(menuBar(), m_log->toggleViewAction(), m_languages, this);
    connect(m_menus, &MainMenus::dumpTriggered, this, &MainWindow::dump);
    connect(m_menus, &MainMenus::cancelTriggered, this, &MainWindow::cancelDump);
    connect(m_menus, &MainMenus::openDumpTriggered, this, &MainWindow::chooseDumpToOpen);
    connect(m_menus, &MainMenus::historyTriggered, this, &MainWindow::showHistory);
    connect(m_menus, &MainMenus::jobsTriggered, this, &MainWindow::showJobs);
    connect(m_menus, &MainMenus::quitTriggered, this, &QWidget::close);
    connect(m_menus, &MainMenus::demoTriggered, this, [this] { startDemo(false); });
    connect(m_menus, &MainMenus::aboutTriggered, this, &MainWindow::showAbout);
    connect(m_menus, &MainMenus::languageChosen, this, &MainWindow::chooseLanguage);
}

void MainWindow::loadSettings()
{
    Settings s;
    s.load(*Settings::open());
    m_languageChoice = s.language;
    m_recentFolders = s.recentFolders;
    m_languages->setLanguage(s.language);
    m_settings->load(s);
    if (s.geometry.isEmpty() || !restoreGeometry(s.geometry))
        resize(980, 700); // fits a 1024x768 screen with room for a taskbar
    if (!s.windowState.isEmpty())
        restoreState(s.windowState);
}

void MainWindow::saveSettings() const
{
    Settings s;
    m_settings->save(s);
    s.recentFolders = m_recentFolders;
    s.rememberFolder(s.folder);
    s.language = m_languageChoice;
    s.geometry = saveGeometry();
    s.windowState = saveState();
    s.save(*Settings::open());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("MTreader \u2014 MediaTek flash reader"));
    // The dock names its toggle action after its title: that first, the menu's words after.
    m_log->retranslateUi();
    m_menus->retranslateUi();
    m_flow->retranslate();
}

void MainWindow::chooseLanguage(const QString &choice)
{
    m_languageChoice = choice;
    Settings::saveLanguage(*Settings::open(), m_languageChoice);
    m_languages->setLanguage(m_languageChoice);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MTreader"),
                       tr("<h3>MTreader %1</h3>"
                          "<p>Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM "
                          "USB port, without opening the phone.</p>"
                          "<p>Released into the public domain (the Unlicense): use, copy and change it freely.</p>"
                          "<p>With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, "
                          "and to mtk-open-tools.</p>")
                           .arg(QStringLiteral(MTREADER_VERSION)));
}

void MainWindow::log(const QString &line)
{
    m_log->append(line);
}

void MainWindow::updateBusy()
{
    m_settings->setBusy(m_flow->isBusy());
}

bool MainWindow::isDumpRunning() const
{
    return m_flow->isRunning();
}

void MainWindow::dump()
{
    m_flow->dump();
}

void MainWindow::cancelDump()
{
    m_flow->cancel();
}

JobsWindow *MainWindow::showJobs()
{
    if (!m_jobs) {
        auto defaults = [this] {
            JobDefaults d;
            d.request = m_settings->request(&d.problem);
            d.folder = m_settings->output()->folder();
            return d;
        };
        auto mainDump = [this]() -> std::optional<DumpRequest> {
            if (m_flow->isRunning())
                return m_flow->request();
            return std::nullopt;
        };
        m_jobs = new JobsWindow(m_env, m_settings->portPicker()->watcher(), defaults, mainDump, this);
        connect(m_jobs, &JobsWindow::logLine, m_log, &LogPanel::append);
    }
    m_jobs->show();
    m_jobs->raise();
    m_jobs->activateWindow();
    return m_jobs;
}

HistoryWindow *MainWindow::showHistory()
{
    if (!m_history) {
        m_history = new HistoryWindow(m_flow->recorder()->history(), this);
        connect(m_history, &HistoryWindow::continueRequested, m_flow, &DumpFlow::continueDump);
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

void MainWindow::chooseDumpToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a dump"), m_settings->output()->folder(),
                                                      tr("Flash dumps (*.bin);;All files (*)"));
    if (!path.isEmpty())
        openDump(path);
}

void MainWindow::openDump(const QString &path)
{
    auto *view = new DumpView(path, this);
    view->show();
}

void MainWindow::startDemo(bool dumpNow)
{
    m_demo.setEnabled(true);
    m_demoBanner->setFlashSize(m_demo.flashSize());
    m_demoBanner->show();
    m_settings->portPicker()->setPortSpec(DumpDefaults::autoPort());
    // The whole flash of the demo phone, whatever its size.
    if (m_settings->range()->preset() != RangeEditor::kCustomPreset)
        m_settings->range()->setPreset(RangeEditor::kWholeFlashPreset);
    log(tr("Demo: when you click Dump, a virtual MT6261 is connected %1 s later.")
            .arg(std::chrono::duration<double>(DemoPhones::kPlugDelay).count()));
    if (dumpNow)
        dump();
}

bool MainWindow::mayCloseWhileDumping()
{
    // Waiting for a phone loses nothing: stop without asking.
    if (!m_flow->isReading())
        return true;
    // The question follows the dump: if it ends while the box is up, the box
    // goes and the window closes, for there is nothing left to stop.
    QMessageBox box(QMessageBox::Question, tr("Stop the dump?"),
                    tr("A dump is running. Stop it and quit? What was read so far is kept as a partial "
                       "file and can be continued later."),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("stopTheDump"));
    box.setDefaultButton(QMessageBox::No);
    const QMetaObject::Connection ended = connect(m_flow, &DumpFlow::busyChanged, &box, [this, &box] {
        if (!m_flow->isRunning())
            box.done(QMessageBox::Yes);
    });
    const int answer = box.exec();
    disconnect(ended);
    return answer == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The jobs window asks about its own dumps; the window closes once they are over.
    if (m_jobs && m_jobs->hasRunningJobs()) {
        m_jobs->show();
        m_jobs->raise();
        if (!m_jobs->close() && m_jobs->isClosing())
            connect(m_jobs, &JobsWindow::allStopped, this, &QWidget::close,
                    Qt::ConnectionType(Qt::UniqueConnection | Qt::SingleShotConnection));
        if (m_jobs->hasRunningJobs()) {
            event->ignore();
            return;
        }
    }
    if (m_flow->isRunning() && !m_flow->closingWhenIdle()) {
        if (!mayCloseWhileDumping()) {
            event->ignore();
            return;
        }
        if (m_flow->isRunning()) {
            // The worker must be gone before the window: close again when it is.
            event->ignore();
            m_flow->closeWhenIdle();
            m_flow->cancel();
            statusBar()->showMessage(tr("Stopping the dump\u2026"));
            setEnabled(false);
            return;
        }
    } else if (m_flow->isRunning()) {
        event->ignore();
        return;
    }
    m_flow->cancel(); // Keep going waiting for the next phone: nothing to keep
    saveSettings();
    event->accept();
}
