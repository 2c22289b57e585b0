// SPDX-License-Identifier: Unlicense
// The window's menus and words: every text is set in retranslateUi(), so a
// language chosen in View > Language applies at once, without a restart.
#include "MainWindow.h"

#include "AdvancedOptions.h"
#include "DumpController.h"
#include "ErrorText.h"
#include "FailurePanel.h"
#include "JobsWindow.h"
#include "LanguageManager.h"
#include "LogPanel.h"
#include "OutputChooser.h"
#include "PortPicker.h"
#include "RangeEditor.h"
#include "Settings.h"
#include "WaitingPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_dumpAction = m_fileMenu->addAction(QString(), this, &MainWindow::dump);
    m_dumpAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancelAction = m_fileMenu->addAction(QString(), this, &MainWindow::cancelDump);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_fileMenu->addSeparator();
    m_jobsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showJobs);
    m_jobsAction->setObjectName(QStringLiteral("jobsAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_logAction = m_log->toggleViewAction();
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->addAction(m_logAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    buildLanguageMenu();

    m_helpMenu = menuBar()->addMenu(QString());
    m_demoAction = m_helpMenu->addAction(QString(), this, [this] { startDemo(false); });
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::buildLanguageMenu()
{
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setObjectName(QStringLiteral("language_system"));
    m_systemLanguageAction->setData(QString());
    m_languageMenu->addSeparator();
    QList<QAction *> actions{m_systemLanguageAction};
    const QList<LanguageManager::Language> languages = m_languages->available();
    for (const LanguageManager::Language &l : languages) {
        // Each language in its own words: see LanguageManager::nativeName.
        QAction *a = m_languageMenu->addAction(l.nativeName);
        a->setObjectName(QStringLiteral("language_") + l.code);
        a->setData(l.code);
        actions << a;
    }
    for (QAction *a : std::as_const(actions)) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { chooseLanguage(a->data().toString()); });
    }
    // Checked by what is in force, whoever chose it (the menu, --language, the settings).
    connect(m_languages, &LanguageManager::languageChanged, this, [this] {
        const QString choice = m_languages->choice();
        const QList<QAction *> all = m_languageGroup->actions();
        for (QAction *a : all)
            a->setChecked(a->data().toString() == choice);
    });
}

void MainWindow::chooseLanguage(const QString &choice)
{
    m_languageChoice = LanguageManager::isSystem(choice) ? QString() : choice;
    Settings::saveLanguage(*Settings::open(), m_languageChoice);
    m_languages->setLanguage(m_languageChoice);
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
    m_keepGoing->setText(tr("&Keep going: after each dump, wait for the next phone"));
    m_keepGoing->setAccessibleName(tr("Keep going with the next phone"));
    m_keepGoing->setToolTip(tr("For a stack of phones: every dump gets its own file name in the same folder."));
    m_phoneBox->setTitle(tr("Phone"));
    m_portLabel->setText(tr("&Port:"));
    m_rangeBox->setTitle(tr("What to read"));
    m_saveBox->setTitle(tr("Save to"));
    m_dumpButton->setText(tr("&Dump"));
    m_dumpButton->setAccessibleName(tr("Dump the flash"));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the dump"));
    m_demoBanner->setText(tr("Demo: a virtual phone will be connected for you."));
    m_readyTitle->setText(ErrorText::stageTitle(Mt::DumpStage::Idle));
    m_readyText->setText(tr("Choose what to read and where to save it, then click Dump. "
                            "MTreader then tells you how to connect the phone and finds it by itself."));

    m_fileMenu->setTitle(tr("&File"));
    m_dumpAction->setText(tr("&Dump"));
    m_cancelAction->setText(tr("&Cancel the dump"));
    m_jobsAction->setText(tr("Dump &several phones at once\u2026"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    // The dock names its toggle action after its title: that first, ours after.
    m_log->retranslateUi();
    m_logAction->setText(tr("&Log"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_demoAction->setText(tr("&Try with a virtual phone"));
    m_aboutAction->setText(tr("&About MTreader"));
    m_aboutQtAction->setText(tr("About &Qt"));

    // Texts made from the state of the dump, in the new language.
    m_waiting->setPrevious(previousSummary());
    if (m_lastError)
        m_failure->setError(*m_lastError, keptText());
    updateButtons();
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

JobsWindow *MainWindow::showJobs()
{
    if (!m_jobs) {
        auto defaults = [this] {
            JobDefaults d;
            d.request = currentSettings(&d.problem);
            d.folder = m_output->folder();
            return d;
        };
        auto mainDump = [this]() -> std::optional<DumpRequest> {
            if (m_controller->isRunning())
                return m_request;
            return std::nullopt;
        };
        m_jobs = new JobsWindow(m_env, m_portPicker->watcher(), defaults, mainDump, this);
    }
    m_jobs->show();
    m_jobs->raise();
    m_jobs->activateWindow();
    return m_jobs;
}
