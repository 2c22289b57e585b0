// SPDX-License-Identifier: Unlicense
#include "GuiOptions.h"

#include "FlashRange.h"
#include "virtual/FlashImage.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <algorithm>
#include <iterator>

namespace {
constexpr int kMaxDemoJobs = 16;
} // namespace

QString GuiOptions::languageArgument(int argc, char *argv[])
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

int GuiOptions::refuse(const QString &why)
{
    QTextStream(stderr) << why << Qt::endl;
    return 2;
}

int GuiOptions::parse(QCoreApplication &app, const QList<LanguageManager::Language> &languages)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Start a dump against a built-in virtual phone at once "
                                           "(as Help > Try with a virtual phone, then Dump)."));
    const QCommandLineOption faultOption(
        QStringLiteral("demo-fault"),
        tr("With --demo: the virtual phone plays this fault, e.g. "
           "cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). "
           "Repeatable."),
        tr("kind[@offset][xtimes]"));
    const QCommandLineOption jobsOption(QStringLiteral("demo-jobs"),
                                        tr("Open File > Dump several phones at once with this many virtual phones "
                                           "dumping at the same time."),
                                        tr("count"));
    const QCommandLineOption flashOption(QStringLiteral("demo-flash"),
                                         tr("With --demo: the virtual phone's flash, 4M, 8M or 16M (default 4M)."),
                                         tr("size"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Show the window in this language for this run, e.g. ru, ar or zh_CN "
                                               "(en for English). View > Language chooses it for good."),
                                            tr("code"));
    parser.addOptions({demoOption, faultOption, flashOption, jobsOption, languageOption});
    parser.process(app);

    if (parser.isSet(languageOption)) {
        QStringList codes;
        for (const LanguageManager::Language &l : languages)
            codes << l.code;
        language = parser.value(languageOption);
        if (!codes.contains(language) && !LanguageManager::isSystem(language))
            return refuse(
                tr("mtreader: unknown language %1; known: %2").arg(language, codes.join(QLatin1String(", "))));
    }
    bool countOk = true;
    demoJobs = parser.isSet(jobsOption) ? parser.value(jobsOption).toInt(&countOk) : 0;
    if (!countOk || demoJobs < 0 || demoJobs > kMaxDemoJobs)
        return refuse(tr("mtreader: --demo-jobs takes a number from 1 to 16"));
    for (const QString &spec : parser.values(faultOption)) {
        Fault f;
        QString why;
        if (!VirtualFaults::parse(spec, f, &why))
            return refuse(tr("mtreader: bad --demo-fault %1: %2").arg(spec, why));
        demoFaults << f;
    }
    if (parser.isSet(flashOption)) {
        const std::optional<quint64> size = parseNumber(parser.value(flashOption));
        const auto &common = FlashImage::kCommonSizes;
        if (!size || std::find(std::begin(common), std::end(common), qint64(*size)) == std::end(common))
            return refuse(tr("mtreader: --demo-flash takes 4M, 8M or 16M"));
        demoFlash = qint64(*size);
    }
    demo = parser.isSet(demoOption);
    return -1;
}
