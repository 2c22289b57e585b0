// SPDX-License-Identifier: Unlicense
// The MTreader window: application identity, command line, translations,
// and the main window. Everything else lives in the ui and core libraries.
#include "MainWindow.h"
#include "virtual/VirtualPhoneConfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
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

    // Qt's own strings (button texts) in the user's language, when installed.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mtreader"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
                                        "cable-pulled@0x100000 or error-status@0x80000x0. Repeatable."),
        QApplication::translate("main", "kind[@offset][xtimes]"));
    parser.addOption(demo);
    parser.addOption(demoFault);
    parser.process(*app);

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
    MainWindow window;
    window.show();
    if (parser.isSet(demo) || !faults.isEmpty()) {
        window.demoPhones().setFaults(faults);
        window.startDemo(true);
    }
    return app->exec();
}
