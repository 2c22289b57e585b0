// SPDX-License-Identifier: Unlicense
// The MTreader window: application identity, command line, translations,
// and the main window. Everything else lives in the ui and core libraries.
#include "JobRow.h"
#include "JobsWindow.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"
#include "virtual/VirtualPhoneConfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <memory>

namespace {
// --help and --version print and quit: they must work without a display
// (an ssh session, a packaging script), so no QApplication for them.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version"
            || arg == "-?")
            return true;
    }
    return false;
}

// --language CODE, looked for before the parser so that --help speaks it too.
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--language") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QLatin1String("--language=")))
            return arg.section(QLatin1Char('='), 1);
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app = onlyPrints(argc, argv)
                                                ? std::make_unique<QCoreApplication>(argc, argv)
                                                : std::make_unique<QApplication>(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MTreader"));
    QApplication::setApplicationName(QStringLiteral("MTreader"));
    QApplication::setApplicationVersion(QStringLiteral(MTREADER_VERSION));
    // Lets Wayland docks match the window to the installed .desktop file and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.mtreader.MTreader"));

    // The command line speaks the language asked for, else the one chosen in
    // the window last time, else the system's. The window has its own
    // LanguageManager, so this one goes before the window comes.
    auto cliLanguage = std::make_unique<LanguageManager>();
    QString language = languageArgument(argc, argv);
    if (language.isEmpty()) {
        Settings saved;
        saved.load(*Settings::open());
        cliLanguage->setLanguage(saved.language);
    } else {
        cliLanguage->setLanguage(language);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start a dump against a built-in virtual phone at once "
                                        "(as Help > Try with a virtual phone, then Dump)."));
    const QCommandLineOption demoFault(
        QStringLiteral("demo-fault"),
        QApplication::translate("main", "With --demo: the virtual phone plays this fault, e.g. "
                                        "cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). "
                                        "Repeatable."),
        QApplication::translate("main", "kind[@offset][xtimes]"));
    const QCommandLineOption demoJobs(
        QStringLiteral("demo-jobs"),
        QApplication::translate("main", "Open File > Dump several phones at once with this many virtual phones "
                                        "dumping at the same time."),
        QApplication::translate("main", "count"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the window in this language for this run, e.g. ru, ar or zh_CN "
                                        "(en for English). View > Language chooses it for good."),
        QApplication::translate("main", "code"));
    parser.addOption(demo);
    parser.addOption(demoFault);
    parser.addOption(demoJobs);
    parser.addOption(languageOption);
    parser.process(*app);

    if (parser.isSet(languageOption)) {
        language = parser.value(languageOption);
        QStringList codes;
        for (const LanguageManager::Language &l : cliLanguage->available())
            codes << l.code;
        if (!codes.contains(language) && !LanguageManager::isSystem(language)) {
            QTextStream(stderr) << QApplication::translate("main", "mtreader: unknown language %1; known: %2")
                                       .arg(language, codes.join(QLatin1String(", ")))
                                << Qt::endl;
            return 2;
        }
    }
    bool countOk = true;
    const int jobCount = parser.isSet(demoJobs) ? parser.value(demoJobs).toInt(&countOk) : 0;
    if (!countOk || jobCount < 0 || jobCount > 16) {
        QTextStream(stderr) << QApplication::translate("main", "mtreader: --demo-jobs takes a number from 1 to 16")
                            << Qt::endl;
        return 2;
    }

    QList<Fault> faults;
    for (const QString &spec : parser.values(demoFault)) {
        Fault f;
        QString why;
        if (!VirtualFaults::parse(spec, f, &why)) {
            QTextStream(stderr) << QApplication::translate("main", "mtreader: bad --demo-fault %1: %2")
                                       .arg(spec, why)
                                << Qt::endl;
            return 2;
        }
        faults << f;
    }

    QApplication::setApplicationDisplayName(QStringLiteral("MTreader"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/art/mtreader.svg")));
    cliLanguage.reset();
    MainWindow window;
    if (parser.isSet(languageOption))
        window.languages()->setLanguage(language); // for this run only: not remembered
    window.show();
    window.demoPhones().setFaults(faults);
    if (parser.isSet(demo) || !faults.isEmpty())
        window.startDemo(true);
    if (jobCount > 0) {
        window.startDemo(false);
        JobsWindow *jobs = window.showJobs();
        for (int i = 0; i < jobCount; ++i) {
            const int row = jobs->addJob();
            jobs->job(row)->setPortSpec(window.demoPhones().plugIn());
            jobs->startJob(row);
        }
    }
    return app->exec();
}
