// SPDX-License-Identifier: Unlicense
// The MTreader window: application identity, command line, translations,
// and the main window. Everything else lives in the ui and core libraries.
#include "GuiOptions.h"
#include "JobRow.h"
#include "JobsWindow.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <memory>

namespace {
// --help and --version print and quit: they must work without a display
// (an ssh session, a packaging script), so no QApplication for them.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

void setIdentity()
{
    QApplication::setOrganizationName(QStringLiteral("MTreader"));
    QApplication::setApplicationName(QStringLiteral("MTreader"));
    QApplication::setApplicationVersion(QStringLiteral(MTREADER_VERSION));
    // Lets Wayland docks match the window to the installed .desktop file and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.mtreader.MTreader"));
}

// The command line speaks the language asked for, else the one chosen in
// the window last time, else the system's.
std::unique_ptr<LanguageManager> commandLineLanguage(int argc, char *argv[])
{
    auto languages = std::make_unique<LanguageManager>();
    const QString asked = GuiOptions::languageArgument(argc, argv);
    if (!asked.isEmpty()) {
        languages->setLanguage(asked);
        return languages;
    }
    Settings saved;
    saved.load(*Settings::open());
    languages->setLanguage(saved.language);
    return languages;
}

// --demo-jobs N: the jobs window with N virtual phones dumping at once.
void startDemoJobs(MainWindow &window, int count)
{
    window.startDemo(false);
    JobsWindow *jobs = window.showJobs();
    for (int i = 0; i < count; ++i) {
        const int row = jobs->addJob();
        jobs->job(row)->setPortSpec(window.demoPhones().plugIn());
        jobs->startJob(row);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app = onlyPrints(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                                                   : std::make_unique<QApplication>(argc, argv);
    setIdentity();
    // The window has its own LanguageManager, so this one goes before the window comes.
    auto cliLanguage = commandLineLanguage(argc, argv);
    GuiOptions options;
    if (const int exitCode = options.parse(*app, cliLanguage->available()); exitCode >= 0)
        return exitCode;

    QApplication::setApplicationDisplayName(QStringLiteral("MTreader"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/art/mtreader.svg")));
    cliLanguage.reset();
    MainWindow window;
    if (!options.language.isEmpty())
        window.languages()->setLanguage(options.language); // for this run only: not remembered
    window.show();
    window.demoPhones().setFaults(options.demoFaults);
    if (options.demoFlash > 0)
        window.demoPhones().setFlashSize(options.demoFlash);
    if (options.demo || !options.demoFaults.isEmpty() || options.demoFlash > 0)
        window.startDemo(true);
    if (options.demoJobs > 0)
        startDemoJobs(window, options.demoJobs);
    return app->exec();
}
