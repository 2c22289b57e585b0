// SPDX-License-Identifier: Unlicense
// The main window's menu bar: File, View (the log, the language) and Help.
// It only says what was chosen; the window decides what that does.
#pragma once

#include <QObject>

class LanguageManager;
class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

class MainMenus : public QObject
{
    Q_OBJECT
public:
    // logAction: the log dock's own toggle action, put under View.
    MainMenus(QMenuBar *bar, QAction *logAction, LanguageManager *languages, QObject *parent = nullptr);

    // Every text, in the current language; called by the window on a change.
    void retranslateUi();

signals:
    void dumpTriggered();
    void cancelTriggered();
    void openDumpTriggered();
    void historyTriggered();
    void jobsTriggered();
    void quitTriggered();
    void demoTriggered();
    void aboutTriggered();
    // A language from View > Language: empty for the system's.
    void languageChosen(const QString &choice);

private:
    void buildFileMenu(QMenuBar *bar);
    void buildLanguageMenu();
    void checkLanguageInForce();

    LanguageManager *m_languages;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_dumpAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_openDumpAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_jobsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
