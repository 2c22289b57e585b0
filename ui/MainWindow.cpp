// SPDX-License-Identifier: Unlicense
#include "MainWindow.h"

#include "DonePanel.h"
#include "DumpController.h"
#include "DumpTarget.h"
#include "ErrorText.h"
#include "FailurePanel.h"
#include "JobsWindow.h"
#include "KeepGoingFlow.h"
#include "LanguageManager.h"
#include "LogPanel.h"
#include "MainMenus.h"
#include "OutputChooser.h"
#include "PortPicker.h"
#include "PortWatcher.h"
#include "ProgressPanel.h"
#include "RangeEditor.h"
#include "Settings.h"
#include "SettingsColumn.h"
#include "StagePanels.h"
#include "StageText.h"
#include "TargetQuestions.h"
#include "UiText.h"
#include "WaitingPanel.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using Mt::DumpStage;
using Mt::ErrorCode;
using Page = StagePanels::Page;

MainWindow::MainWindow(QWidget *parent) : MainWindow(DumpEnvironment{}, systemSerialPorts, parent) {}

MainWindow::MainWindow(const DumpEnvironment &env, PortLister lister, QWidget *parent)
    : QMainWindow(parent), m_env(m_demo.wrap(env)), m_lister(m_demo.wrap(std::move(lister)))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_languages = new LanguageManager(this);
    m_controller = new DumpController(m_env, this);
    m_keepGoing = new KeepGoingFlow([this](const QString &port) { return portPresent(port); }, this);
    buildUi();
    buildMenus();
    loadSettings();
    retranslateUi();

    connect(m_controller, &DumpController::dumpEvent, this, &MainWindow::onDumpEvent);
    connect(m_controller, &DumpController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &DumpController::failed, this, &MainWindow::onFailed);
    connect(m_keepGoing, &KeepGoingFlow::readyForNextPhone, this, &MainWindow::startNextPhone);
    updateBusy();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    m_demoBanner = new QLabel(central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4c2; color: #5c4500; border: 1px solid #e0c060; padding: 6px; }"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->hide();
    m_settings = new SettingsColumn(m_lister, central);
    m_panels = new StagePanels(central);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_settings);
    columns->addWidget(m_panels, 1);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addLayout(columns, 1);
    setCentralWidget(central);

    m_log = new LogPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    resizeDocks({m_log}, {140}, Qt::Vertical);
    statusBar()->setSizeGripEnabled(true);

    connect(m_settings, &SettingsColumn::dumpRequested, this, &MainWindow::dump);
    connect(m_settings, &SettingsColumn::cancelRequested, this, &MainWindow::cancelDump);
    connect(m_panels->done(), &DonePanel::dumpAnotherRequested, this, &MainWindow::dumpAnother);
    connect(m_panels->failure(), &FailurePanel::resumeRequested, this, &MainWindow::resume);
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
    m_demoBanner->setText(tr("Demo: a virtual phone will be connected for you."));
    // The dock names its toggle action after its title: that first, the menu's words after.
    m_log->retranslateUi();
    m_menus->retranslateUi();
    // Texts made from the state of the dump, in the new language.
    m_panels->waiting()->setPrevious(previousSummary());
    if (m_lastError)
        m_panels->failure()->setError(*m_lastError, keptText());
}

void MainWindow::chooseLanguage(const QString &choice)
{
    m_languageChoice = choice;
    Settings::saveLanguage(*Settings::open(), m_languageChoice);
    m_languages->setLanguage(m_languageChoice);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About MTreader"),
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
    m_settings->setBusy(m_controller->isRunning() || m_keepGoing->isWaitingForUnplug());
}

bool MainWindow::isDumpRunning() const
{
    return m_controller->isRunning();
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
            if (m_controller->isRunning())
                return m_request;
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

void MainWindow::startDemo(bool dumpNow)
{
    m_demo.setEnabled(true);
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

void MainWindow::dump()
{
    if (!m_settings->canDump())
        return;
    if (m_settings->output()->isAutomatic())
        m_settings->output()->renewAutomaticName(chipForNames(), usedByJobs());
    std::optional<DumpRequest> r = m_settings->request();
    if (!r || !TargetQuestions::confirm(this, *r))
        return;
    m_keepGoing->forgetPrevious();
    startRequest(*r);
}

void MainWindow::startRequest(const DumpRequest &request)
{
    m_request = request;
    m_stage = DumpStage::Idle;
    m_panels->progress()->reset();
    m_panels->waiting()->setWatching(request.port);
    m_panels->waiting()->setPrevious(previousSummary());
    m_panels->waiting()->setUnplugFirst(false);
    if (!m_controller->start(request))
        return;
    log(tr("Dump of %1 bytes from 0x%2 to %3%4")
            .arg(request.length)
            .arg(request.start, 0, 16)
            .arg(QDir::toNativeSeparators(request.outputPath), request.resume ? tr(" (resuming)") : QString()));
    if (m_demo.isEnabled()) {
        const QString port = m_demo.plugIn(request.resume);
        log(tr("Demo: virtual phone %1 plugs in in %2 s")
                .arg(port)
                .arg(std::chrono::duration<double>(DemoPhones::kPlugDelay).count()));
    }
    statusBar()->clearMessage();
    updateBusy();
}

void MainWindow::resume()
{
    DumpRequest r = m_request;
    r.resume = true;
    startRequest(r);
}

void MainWindow::dumpAnother()
{
    m_settings->output()->renewAutomaticName(chipForNames());
    m_keepGoing->forgetPrevious();
    dump();
}

void MainWindow::cancelDump()
{
    if (m_keepGoing->isWaitingForUnplug()) {
        m_keepGoing->stop();
        m_settings->portPicker()->setWaiting(false);
        m_panels->show(Page::Ready);
        statusBar()->showMessage(tr("Stopped waiting for the next phone."), 5000);
        updateBusy();
        return;
    }
    if (!m_controller->isRunning())
        return;
    log(tr("Cancelling\u2026"));
    m_settings->cancelButton()->setEnabled(false);
    m_controller->cancel();
}

void MainWindow::onDumpEvent(const DumpEvent &event)
{
    std::visit(Overloaded{
                   [this](const DumpEvents::StageChanged &e) { onStageChanged(e.stage); },
                   [this](const DumpEvents::PortOpened &e) { m_panels->progress()->setPort(e.location); },
                   [this](const DumpEvents::Identified &e) {
                       m_lastPhone = e.phone;
                       m_panels->progress()->setPhone(e.phone);
                   },
                   [this](const DumpEvents::RangeSized &e) { m_panels->progress()->setRange(e); },
                   [this](const DumpEvents::Progress &e) { m_panels->progress()->setProgress(e.progress); },
                   [this](const DumpEvents::Log &e) { log(e.line); },
               },
               event);
}

void MainWindow::onStageChanged(DumpStage stage)
{
    m_stage = stage;
    log(tr("Stage: %1").arg(StageText::title(stage)));
    // Fast polling only while a phone is expected: a BROM port may live 0.3 s.
    m_settings->portPicker()->setWaiting(stage == DumpStage::WaitingForPort);
    switch (stage) {
    case DumpStage::WaitingForPort:
        m_panels->show(Page::Waiting);
        break;
    case DumpStage::Connecting:
    case DumpStage::Identified:
    case DumpStage::Reading:
    case DumpStage::Verifying:
    case DumpStage::Resetting:
        m_panels->progress()->setStage(stage);
        m_panels->show(Page::Progress);
        break;
    default:
        break; // Done, Failed, Cancelled: the outcome signal presents them
    }
}

void MainWindow::onFinished(const DumpResult &result)
{
    m_stage = DumpStage::Done;
    m_lastPhone = result.phone;
    m_panels->done()->setResult(result);
    log(tr("Saved %1, SHA-256 %2")
            .arg(QDir::toNativeSeparators(result.path), QString::fromLatin1(result.sha256.toHex())));
    m_settings->output()->setFolder(QFileInfo(result.path).absolutePath());
    // The next Dump must not offer to overwrite this one.
    if (m_settings->output()->isAutomatic())
        m_settings->output()->renewAutomaticName(chipForNames());
    if (m_closeWhenIdle) {
        QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    if (m_settings->keepGoing()) {
        m_panels->show(Page::Waiting);
        m_panels->waiting()->setUnplugFirst(true);
        m_settings->portPicker()->setWaiting(true);
        m_keepGoing->afterDump(result);
        m_panels->waiting()->setPrevious(previousSummary());
        updateBusy();
        return;
    }
    m_panels->show(Page::Done);
    m_panels->done()->anotherButton()->setFocus();
    updateBusy();
}

void MainWindow::startNextPhone()
{
    log(tr("Keep going: waiting for the next phone"));
    DumpRequest r = m_request;
    r.resume = false;
    r.overwrite = false;
    // The next phone's chip is unknown until it is read and a file cannot be
    // renamed before it exists, so the name carries the last phone's chip.
    r.outputPath = UiText::automaticFileName(m_settings->output()->folder(), chipForNames(),
                                             QDateTime::currentDateTime(), usedByJobs());
    if (m_settings->output()->isAutomatic())
        m_settings->output()->renewAutomaticName(chipForNames());
    startRequest(r);
    m_panels->waiting()->setUnplugFirst(false);
}

void MainWindow::onFailed(const DumpError &error)
{
    m_stage = error.code == ErrorCode::Cancelled ? DumpStage::Cancelled : DumpStage::Failed;
    m_settings->portPicker()->setWaiting(false);
    if (m_demo.isEnabled())
        m_demo.unplugAll(); // a phone plugged for a dump that never happened
    const ErrorText::Message m = ErrorText::forError(error);
    log(tr("%1: %2").arg(StageText::title(m_stage), m.what));
    if (m_closeWhenIdle) {
        QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    if (error.code == ErrorCode::Cancelled && !DumpTarget(m_request.outputPath).hasPartial()) {
        m_panels->show(Page::Ready);
        statusBar()->showMessage(m.what, 8000);
    } else {
        m_lastError = error;
        m_panels->failure()->setError(error, keptText());
        m_panels->show(Page::Failed);
    }
    updateBusy();
}

bool MainWindow::portPresent(const QString &location) const
{
    const QList<PortInfo> ports = m_settings->portPicker()->watcher()->ports();
    for (const PortInfo &p : ports) {
        if (p.systemLocation == location)
            return true;
    }
    // A pty or adapter typed as a path never shows in the list.
    return QDir::isAbsolutePath(location) && m_env.pathExists(location);
}

QString MainWindow::keptText() const
{
    const QFileInfo partial(DumpTarget(m_request.outputPath).partialPath());
    const bool canResume = m_lastError && partial.exists() && m_lastError->code != ErrorCode::ResumeInvalid
                           && m_lastError->code != ErrorCode::InvalidArgument;
    return canResume ? tr("%1 of %2 is kept in %3.")
                           .arg(humanSize(partial.size()), humanSize(qint64(m_request.length)),
                                UiText::leftToRight(QDir::toNativeSeparators(partial.filePath())))
                     : QString();
}

QString MainWindow::previousSummary() const
{
    const std::optional<DumpResult> &r = m_keepGoing->previous();
    if (!r)
        return {};
    return tr("Saved %1 (%2). SHA-256 %3")
        .arg(QFileInfo(r->path).fileName(), humanSize(qint64(r->length)), QString::fromLatin1(r->sha256.toHex()));
}

QString MainWindow::chipForNames() const
{
    return m_lastPhone.isKnownChip() ? m_lastPhone.chipName() : QStringLiteral("MT6261");
}

std::function<bool(const QString &)> MainWindow::usedByJobs() const
{
    return [jobs = QPointer<JobsWindow>(m_jobs)](const QString &path) { return jobs && jobs->isUsingFile(path); };
}

bool MainWindow::mayCloseWhileDumping()
{
    // Waiting for a phone loses nothing: stop without asking.
    const bool reading = m_stage != DumpStage::WaitingForPort && m_stage != DumpStage::Idle;
    if (!reading || m_closeWhenIdle)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Stop the dump?"),
        tr("A dump is running. Stop it and quit? What was read so far is kept as a partial "
           "file and can be continued later."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
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
    if (m_controller->isRunning()) {
        event->ignore();
        if (!mayCloseWhileDumping())
            return;
        // The worker must be gone before the window: close again when it is.
        m_closeWhenIdle = true;
        cancelDump();
        statusBar()->showMessage(tr("Stopping the dump\u2026"));
        setEnabled(false);
        return;
    }
    m_keepGoing->stop();
    m_settings->portPicker()->setWaiting(false);
    saveSettings();
    event->accept();
}
