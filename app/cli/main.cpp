// SPDX-License-Identifier: Unlicense
// mtreader-cli: dumps a phone's flash from the command line. The dump runs
// right here in the main thread: DumpJob is plain blocking code, so there is
// no event loop, and Ctrl-C reaches it through the atomic cancel flag.
#include "CliExitCode.h"
#include "CliInfo.h"
#include "CliHistory.h"
#include "CliOptions.h"
#include "CliProgress.h"
#include "CliReport.h"
#include "Console.h"
#include "DumpJob.h"
#include "WireConstants.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <memory>

namespace {
class CliMain
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static void installTranslators(QCoreApplication &app)
    {
        // Qt's own strings (QCommandLineParser errors), then ours: embedded by
        // the GUI build, or installed next to the binary by a package.
        const QString appDir = QCoreApplication::applicationDirPath();
        const QStringList ourDirs{QStringLiteral(":/i18n"), appDir + QStringLiteral("/translations"),
                                  appDir + QStringLiteral("/../share/mtreader/translations")};
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        for (const QString &dir : ourDirs) {
            auto *ours = new QTranslator(&app);
            if (ours->load(QLocale(), QStringLiteral("mtreader"), QStringLiteral("_"), dir)) {
                QCoreApplication::installTranslator(ours);
                break;
            }
        }
    }

    static QString usageHint()
    {
        return tr("Usage: mtreader-cli [options] PORT FILE [START LENGTH]\n"
                  "Run mtreader-cli --help for the options and exit codes.\n");
    }

    static void warnUnprovenBlockSize(const DumpRequest &r)
    {
        const auto &proven = Wire::kProvenBlockSizes;
        if (std::find(std::begin(proven), std::end(proven), r.blockSize) == std::end(proven))
            Console::err(tr("Note: block size %1 is not proven on real phones (1024 and 4096 are). "
                            "If the dump fails, try -bs 1024.\n")
                             .arg(r.blockSize));
    }
};
} // namespace

int main(int argc, char *argv[])
{
    // Drawing a map needs fonts, so a GUI application, but never a display.
    if (CliInfo::wantsMap(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = CliInfo::wantsMap(argc, argv)
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mtreader-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTREADER_VERSION));
    CliMain::installTranslators(*app);
    if (CliInfo::isInfoCommand(QCoreApplication::arguments()))
        return CliInfo::run(QCoreApplication::arguments());
    if (QCoreApplication::arguments().value(1) == QLatin1String("history"))
        return CliHistory::run(QCoreApplication::arguments());

    CliParser parser;
    switch (parser.parse(QCoreApplication::arguments())) {
    case CliParser::Outcome::Help: Console::out(parser.helpText()); return int(CliExitCode::Ok);
    case CliParser::Outcome::Version: Console::out(CliParser::versionText()); return int(CliExitCode::Ok);
    case CliParser::Outcome::Error:
        Console::err(parser.error() + QLatin1Char('\n') + CliMain::usageHint());
        if (parser.jsonRequested())
            CliReport::printJson(CliReport::usageJson(parser.error()));
        return int(CliExitCode::Usage);
    case CliParser::Outcome::Run: break;
    }
    const CliOptions &options = parser.options();
    CliMain::warnUnprovenBlockSize(options.request);

    // Static: the signal handler may fire until the very end of main.
    static CancelFlag cancel{false};
    Console::installCancelHandler(&cancel);

    CliProgress progress(options.request, Console::stderrIsTerminal(), options.verbose);
    DumpJob job(options.request, DumpEnvironment{}, &progress, &cancel);
    CliRecorder history(options.history);
    history.begin(options.request);
    const bool ok = job.run();
    progress.finish();
    if (ok) {
        history.finish(job.result());
        CliReport::success(options.request, job.result(), options.json);
        return int(CliExitCode::Ok);
    }
    DumpError error = job.error();
    // A cancel that raced the last block still counts as a cancel.
    if (error.code == Mt::ErrorCode::None)
        error.code = cancel.load() ? Mt::ErrorCode::Cancelled : error.code;
    if (error.code == Mt::ErrorCode::None) {
        Console::err(QCoreApplication::translate("Cli", "The dump failed for an unknown reason.\n"));
        return int(CliExitCode::Unexpected);
    }
    history.finish(job.result(), error);
    return int(CliReport::failure(options.request, job.result(), error, QCoreApplication::arguments(), options.json));
}
