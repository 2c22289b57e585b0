// SPDX-License-Identifier: Unlicense
#include "MainMenus.h"

#include "LanguageManager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>

MainMenus::MainMenus(QMenuBar *bar, QAction *logAction, LanguageManager *languages, QObject *parent)
    : QObject(parent), m_languages(languages), m_logAction(logAction)
{
    buildFileMenu(bar);

    m_viewMenu = bar->addMenu(QString());
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->addAction(m_logAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    buildLanguageMenu();

    m_helpMenu = bar->addMenu(QString());
    m_demoAction = m_helpMenu->addAction(QString(), this, &MainMenus::demoTriggered);
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainMenus::aboutTriggered);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    retranslateUi();
}

void MainMenus::buildFileMenu(QMenuBar *bar)
{
    m_fileMenu = bar->addMenu(QString());
    m_dumpAction = m_fileMenu->addAction(QString(), this, &MainMenus::dumpTriggered);
    m_dumpAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancelAction = m_fileMenu->addAction(QString(), this, &MainMenus::cancelTriggered);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_fileMenu->addSeparator();
    m_openDumpAction = m_fileMenu->addAction(QString(), this, &MainMenus::openDumpTriggered);
    m_openDumpAction->setObjectName(QStringLiteral("openDumpAction"));
    m_openDumpAction->setShortcut(QKeySequence::Open);
    m_historyAction = m_fileMenu->addAction(QString(), this, &MainMenus::historyTriggered);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_jobsAction = m_fileMenu->addAction(QString(), this, &MainMenus::jobsTriggered);
    m_jobsAction->setObjectName(QStringLiteral("jobsAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainMenus::quitTriggered);
    m_quitAction->setShortcut(QKeySequence::Quit);
}

void MainMenus::buildLanguageMenu()
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
        connect(a, &QAction::triggered, this, [this, a] {
            const QString choice = a->data().toString();
            emit languageChosen(LanguageManager::isSystem(choice) ? QString() : choice);
        });
    }
    // Checked by what is in force, whoever chose it (the menu, --language, the settings).
    connect(m_languages, &LanguageManager::languageChanged, this, &MainMenus::checkLanguageInForce);
    checkLanguageInForce();
}

void MainMenus::checkLanguageInForce()
{
    const QString choice = m_languages->choice();
    const QList<QAction *> all = m_languageGroup->actions();
    for (QAction *a : all)
        a->setChecked(a->data().toString() == choice);
}

void MainMenus::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_dumpAction->setText(tr("&Dump"));
    m_cancelAction->setText(tr("&Cancel the dump"));
    m_openDumpAction->setText(tr("&Open a dump\u2026"));
    m_historyAction->setText(tr("&History\u2026"));
    m_jobsAction->setText(tr("Dump &several phones at once\u2026"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_logAction->setText(tr("Lo&g"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_demoAction->setText(tr("&Try with a virtual phone"));
    m_aboutAction->setText(tr("&About MTreader"));
    m_aboutQtAction->setText(tr("About &Qt"));
}
