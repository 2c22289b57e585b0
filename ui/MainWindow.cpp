// SPDX-License-Identifier: Unlicense
// Building the window, its menus and settings; the dump flow is in
// MainWindowFlow.cpp.
#include "MainWindow.h"

#include "AdvancedOptions.h"
#include "DonePanel.h"
#include "DumpController.h"
#include "ErrorText.h"
#include "FailurePanel.h"
#include "JobsWindow.h"
#include "LanguageManager.h"
#include "LogPanel.h"
#include "OutputChooser.h"
#include "PortCatalog.h"
#include "PortPicker.h"
#include "ProgressPanel.h"
#include "RangeEditor.h"
#include "Settings.h"
#include "WaitingPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : MainWindow(DumpEnvironment{}, systemSerialPorts, parent) {}

MainWindow::MainWindow(const DumpEnvironment &env, PortLister lister, QWidget *parent)
    : QMainWindow(parent), m_env(m_demo.wrap(env))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_languages = new LanguageManager(this);
    m_controller = new DumpController(m_env, this);
    m_goneTimer = new QTimer(this);
    m_goneTimer->setInterval(50); // a stat() or a list of ports: cheap
    connect(m_goneTimer, &QTimer::timeout, this, &MainWindow::checkPreviousPhoneGone);
    m_portPicker = new PortPicker(m_demo.wrap(std::move(lister)), this);
    buildUi();
    buildMenus();
    loadSettings();
    retranslateUi();

    connect(m_controller, &DumpController::stageChanged, this, &MainWindow::onStageChanged);
    connect(m_controller, &DumpController::portOpened, this, [this](const QString &port) {
        m_progress->setPort(port);
    });
    connect(m_controller, &DumpController::identified, this, [this](const PhoneInfo &phone) {
        m_lastPhone = phone;
        m_progress->setPhone(phone);
    });
    connect(m_controller, &DumpController::progress, m_progress, &ProgressPanel::setProgress);
    connect(m_controller, &DumpController::logMessage, this, &MainWindow::log);
    connect(m_controller, &DumpController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &DumpController::failed, this, &MainWindow::onFailed);

    updateButtons();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildSettingsColumn()
{
    m_settingsBox = new QWidget(this);
    m_range = new RangeEditor(m_settingsBox);
    m_advanced = new AdvancedOptions(m_settingsBox);
    m_output = new OutputChooser(m_settingsBox);
    m_keepGoing = new QCheckBox(m_settingsBox);
    m_keepGoing->setObjectName(QStringLiteral("keepGoing"));

    m_phoneBox = new QGroupBox(m_settingsBox);
    auto *phoneForm = new QFormLayout(m_phoneBox);
    m_portLabel = new QLabel(m_phoneBox);
    m_portLabel->setBuddy(m_portPicker->comboBox());
    phoneForm->addRow(m_portLabel, m_portPicker);

    m_rangeBox = new QGroupBox(m_settingsBox);
    auto *rangeLayout = new QVBoxLayout(m_rangeBox);
    rangeLayout->addWidget(m_range);
    rangeLayout->addWidget(m_advanced);

    m_saveBox = new QGroupBox(m_settingsBox);
    auto *saveLayout = new QVBoxLayout(m_saveBox);
    saveLayout->addWidget(m_output);
    saveLayout->addWidget(m_keepGoing);

    auto *layout = new QVBoxLayout(m_settingsBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phoneBox);
    layout->addWidget(m_rangeBox);
    layout->addWidget(m_saveBox);
    layout->addStretch();

    m_dumpButton = new QPushButton(tr("&Dump"), this);
    m_dumpButton->setObjectName(QStringLiteral("dumpButton"));
    QFont bold = m_dumpButton->font();
    bold.setBold(true);
    m_dumpButton->setFont(bold);
    m_dumpButton->setMinimumHeight(m_dumpButton->sizeHint().height() * 3 / 2);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setMinimumHeight(m_dumpButton->minimumHeight());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dumpButton, 2);
    buttons->addWidget(m_cancelButton, 1);

    auto *column = new QWidget(this);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_settingsBox, 1);
    columnLayout->addLayout(buttons);
    column->setMinimumWidth(380);
    column->setMaximumWidth(560);

    connect(m_range, &RangeEditor::validityChanged, this, &MainWindow::updateButtons);
    connect(m_dumpButton, &QPushButton::clicked, this, &MainWindow::dump);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelDump);
    // Return in a text field means "go", as in a dialog.
    for (QLineEdit *edit : {m_range->startEdit(), m_range->lengthEdit(), m_output->pathEdit(),
                            m_portPicker->comboBox()->lineEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &MainWindow::dump);
    return column;
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    m_demoBanner = new QLabel(central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4c2; color: #5c4500; border: 1px solid #e0c060; padding: 6px; }"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->hide();

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("statusStack"));
    m_stack->setFrameShape(QFrame::StyledPanel);

    m_readyPage = new QWidget(m_stack);
    m_readyPage->setObjectName(QStringLiteral("readyPage"));
    m_readyTitle = new QLabel(m_readyPage);
    QFont big = m_readyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_readyTitle->setFont(big);
    m_readyText = new QLabel(m_readyPage);
    m_readyText->setWordWrap(true);
    auto *readyLayout = new QVBoxLayout(m_readyPage);
    readyLayout->addWidget(m_readyTitle);
    readyLayout->addWidget(m_readyText);
    readyLayout->addStretch();

    m_waiting = new WaitingPanel(m_stack);
    m_progress = new ProgressPanel(m_stack);
    m_done = new DonePanel(m_stack);
    m_failure = new FailurePanel(m_stack);
    for (QWidget *page : {m_readyPage, static_cast<QWidget *>(m_waiting), static_cast<QWidget *>(m_progress),
                          static_cast<QWidget *>(m_done), static_cast<QWidget *>(m_failure)})
        m_stack->addWidget(page);

    auto *columns = new QHBoxLayout;
    columns->addWidget(buildSettingsColumn());
    columns->addWidget(m_stack, 1);

    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addLayout(columns, 1);
    setCentralWidget(central);

    m_log = new LogPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    resizeDocks({m_log}, {140}, Qt::Vertical);

    connect(m_done, &DonePanel::dumpAnotherRequested, this, &MainWindow::dumpAnother);
    connect(m_failure, &FailurePanel::resumeRequested, this, &MainWindow::resume);
    connect(m_failure, &FailurePanel::showLogRequested, this, [this] {
        m_log->show();
        m_log->raise();
    });

    setTabOrder(m_portPicker->comboBox(), m_range->presetBox());
    setTabOrder(m_range->presetBox(), m_range->startEdit());
    setTabOrder(m_range->startEdit(), m_range->lengthEdit());
    setTabOrder(m_range->lengthEdit(), m_advanced->toggleButton());
    setTabOrder(m_advanced->toggleButton(), m_advanced->blockSizeBox());
    setTabOrder(m_advanced->blockSizeBox(), m_advanced->verifyBox());
    setTabOrder(m_advanced->verifyBox(), m_advanced->carefulBox());
    setTabOrder(m_advanced->carefulBox(), m_output->pathEdit());
    setTabOrder(m_output->pathEdit(), m_output->browseButton());
    setTabOrder(m_output->browseButton(), m_keepGoing);
    setTabOrder(m_keepGoing, m_dumpButton);
    setTabOrder(m_dumpButton, m_cancelButton);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::loadSettings()
{
    Settings s;
    s.load(*Settings::open());
    m_languageChoice = s.language;
    m_languages->setLanguage(s.language);
    m_portPicker->setPortSpec(s.port);
    m_range->setCustom(s.start, s.length);
    m_range->setPreset(s.rangePreset);
    m_advanced->setBlockSize(s.blockSize);
    m_advanced->setVerify(s.verify);
    m_advanced->setCareful(s.careful);
    m_keepGoing->setChecked(s.keepGoing);
    m_output->setFolder(s.folder);
    m_output->renewAutomaticName();
    if (s.geometry.isEmpty() || !restoreGeometry(s.geometry))
        resize(980, 700); // fits a 1024x768 screen with room for a taskbar
    if (!s.windowState.isEmpty())
        restoreState(s.windowState);
}

void MainWindow::saveSettings() const
{
    Settings s;
    // Virtual ports do not survive a restart; Automatic finds them anyway.
    s.port = DemoPhones::isVirtual(m_portPicker->portSpec()) ? QStringLiteral("auto") : m_portPicker->portSpec();
    s.rangePreset = m_range->preset();
    s.start = m_range->preset() == RangeEditor::kCustomPreset ? m_range->startText() : s.start;
    s.length = m_range->preset() == RangeEditor::kCustomPreset ? m_range->lengthText() : s.length;
    s.folder = m_output->folder();
    s.blockSize = m_advanced->blockSize();
    s.verify = m_advanced->verify();
    s.careful = m_advanced->careful();
    s.keepGoing = m_keepGoing->isChecked();
    s.language = m_languageChoice;
    s.geometry = saveGeometry();
    s.windowState = saveState();
    s.save(*Settings::open());
}

void MainWindow::showPage(Page page)
{
    QWidget *pages[] = {m_readyPage, m_waiting, m_progress, m_done, m_failure};
    m_stack->setCurrentWidget(pages[int(page)]);
}

void MainWindow::log(const QString &line)
{
    m_log->append(line);
}

void MainWindow::updateButtons()
{
    const bool busy = m_controller->isRunning() || m_goneTimer->isActive();
    m_dumpButton->setEnabled(!busy && m_range->isValid());
    m_cancelButton->setEnabled(busy);
    m_settingsBox->setEnabled(!busy);
    m_dumpButton->setToolTip(m_range->isValid() ? tr("Start, then connect the phone when asked (Ctrl+Return)")
                                                : m_range->errorText());
}

std::optional<DumpRequest> MainWindow::currentSettings(QString *why) const
{
    const auto range = m_range->range();
    if (!range) {
        if (why)
            *why = m_range->errorText();
        return std::nullopt;
    }
    DumpRequest r;
    r.start = range->start;
    r.length = range->length;
    r.blockSize = m_advanced->blockSize();
    r.verify = m_advanced->verify();
    r.pipelineDepth = m_advanced->pipelineDepth();
    return r;
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
        // Waiting for a phone loses nothing: stop without asking.
        const bool reading = m_stage != Mt::DumpStage::WaitingForPort && m_stage != Mt::DumpStage::Idle;
        if (reading && !m_closeWhenIdle) {
            const auto answer = QMessageBox::question(
                this, tr("Stop the dump?"),
                tr("A dump is running. Stop it and quit? What was read so far is kept as a partial "
                   "file and can be continued later."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                event->ignore();
                return;
            }
        }
        // The worker must be gone before the window: close again when it is.
        m_closeWhenIdle = true;
        cancelDump();
        statusBar()->showMessage(tr("Stopping the dump\u2026"));
        setEnabled(false);
        event->ignore();
        return;
    }
    stopKeepGoing();
    saveSettings();
    event->accept();
}
