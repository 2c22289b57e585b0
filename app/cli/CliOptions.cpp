// SPDX-License-Identifier: Unlicense
// Parsing with QCommandLineParser in long-option mode, so the original
// tool's single-dash `-bs 4096` is one option rather than -b -s.
#include "CliOptions.h"

#include "CliExitCode.h"
#include "FlashRange.h"
#include "WireConstants.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <cmath>

namespace {
// More READ32 commands in flight than this only fills the phone's USB FIFO.
constexpr int kMaxPipeline = 64;
// Longer waits are "forever" in practice; keeps the milliseconds in range.
constexpr double kMaxSeconds = 7 * 24 * 3600.0;
} // namespace

CliParser::Outcome CliParser::fail(const QString &why)
{
    m_error = why;
    return Outcome::Error;
}

bool CliParser::parseSeconds(const QString &text, const QString &option, std::chrono::milliseconds &out)
{
    bool ok = false;
    const double s = text.toDouble(&ok);
    if (!ok || !std::isfinite(s) || s < 0 || s > kMaxSeconds)
    {
        m_error = tr("--%1 needs a number of seconds, such as 30 or 0.5, not \"%2\".").arg(option, text);
        return false;
    }
    out = std::chrono::milliseconds(qint64(std::llround(s * 1000)));
    return true;
}

CliParser::Outcome CliParser::parse(const QStringList &args)
{
    QCommandLineParser p;
    // -bs must stay one option, as in the original tool; the price is that
    // short flags cannot be bundled, and none of ours need to be.
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setApplicationDescription(
        tr("Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port\n"
           "and saves LENGTH bytes from address START into FILE.\n"
           "START and LENGTH are decimal (4194304) or hex (0x400000)."));
    p.addPositionalArgument(QStringLiteral("PORT"),
                            tr("Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the "
                               "phone is connected, or \"auto\" for the first MediaTek BootROM port (0E8D:0003)."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The file to save the dump to."));
    p.addPositionalArgument(QStringLiteral("START"), tr("First flash address to read, such as 0."));
    p.addPositionalArgument(QStringLiteral("LENGTH"), tr("Number of bytes to read, such as 0x400000 (4 MiB)."));

    const QCommandLineOption blockSize({QStringLiteral("bs"), QStringLiteral("block-size")},
                                       tr("Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).")
                                           .arg(Wire::kDefaultBlockSize),
                                       QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for the phone's port to appear (default: wait until Ctrl-C)."),
                                     QStringLiteral("S"));
    const QCommandLineOption handshakeTimeout(
        QStringLiteral("handshake-timeout"),
        tr("Seconds to try the BootROM handshake once the port is open (default %1).")
            .arg(std::chrono::duration<double>(Wire::kHandshakeDeadline).count()),
        QStringLiteral("S"));
    const QCommandLineOption noReset(QStringLiteral("no-reset"), tr("Do not reset the phone after the dump."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object on stdout."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Overwrite FILE if it exists."));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Continue a partial dump of the same range and phone (FILE.part)."));
    const QCommandLineOption verify(QStringLiteral("verify"), tr("Read everything twice and compare."));
    const QCommandLineOption pipeline(QStringLiteral("pipeline"),
                                      tr("READ32 commands kept in flight, 1 to %1 (default %2).")
                                          .arg(kMaxPipeline)
                                          .arg(DumpRequest().pipelineDepth),
                                      QStringLiteral("N"));
    const QCommandLineOption conservative(QStringLiteral("conservative"),
                                          tr("Wait for every answer like the original tool (same as --pipeline 1)."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Print every step of the session."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    p.addOptions({blockSize, timeout, handshakeTimeout, noReset, json, force, resume, verify, pipeline,
                  conservative, verbose, help, version});

    // QCommandLineParser lists multi-letter names as --bs; show the original spelling.
    m_help = p.helpText().replace(QLatin1String("--bs, "), QLatin1String("-bs, "));
    // The usage line names the program as typed, often a long build path.
    const qsizetype firstLineEnd = m_help.indexOf(QLatin1Char('\n'));
    if (!args.isEmpty() && firstLineEnd > 0) {
        const qsizetype at = m_help.left(firstLineEnd).indexOf(args.constFirst());
        if (at >= 0)
            m_help.replace(at, args.constFirst().size(), QStringLiteral("mtreader-cli"));
    }
    m_help += QLatin1Char('\n') + CliExitCodeText::table();

    const bool parsed = p.parse(args);
    // Known before anything else can fail, so errors come out as JSON too.
    m_options.json = p.isSet(json);
    if (!parsed)
        return fail(p.errorText());
    if (p.isSet(help))
        return Outcome::Help;
    if (p.isSet(version))
        return Outcome::Version;

    const QStringList pos = p.positionalArguments();
    if (pos.size() < 4)
        return fail(tr("Missing arguments: expected PORT FILE START LENGTH, got %n.", nullptr, int(pos.size())));
    if (pos.size() > 4)
        return fail(tr("Too many arguments: expected PORT FILE START LENGTH; \"%1\" is one too many.").arg(pos.at(4)));

    DumpRequest &r = m_options.request;
    r.port = pos.at(0);
    r.outputPath = pos.at(1);
    if (r.outputPath.isEmpty())
        return fail(tr("FILE is empty: name the file to save the dump to."));
    QString why;
    const auto range = parseRange(pos.at(2), pos.at(3), &why);
    if (!range)
        return fail(why);
    r.start = range->start;
    r.length = range->length;

    if (p.isSet(blockSize)) {
        const auto bs = parseNumber(p.value(blockSize));
        if (!bs)
            return fail(tr("The block size \"%1\" is not a number.").arg(p.value(blockSize)));
        if (const QString bad = blockSizeError(*bs); !bad.isEmpty())
            return fail(bad);
        r.blockSize = quint32(*bs);
    }
    if (p.isSet(pipeline)) {
        bool ok = false;
        const int n = p.value(pipeline).toInt(&ok);
        if (!ok || n < 1 || n > kMaxPipeline)
            return fail(tr("--pipeline needs a number from 1 to %1, not \"%2\".").arg(kMaxPipeline).arg(p.value(pipeline)));
        r.pipelineDepth = n;
    }
    if (p.isSet(conservative)) {
        if (p.isSet(pipeline) && r.pipelineDepth != 1)
            return fail(tr("--conservative and --pipeline %1 contradict each other.").arg(r.pipelineDepth));
        r.pipelineDepth = 1;
    }
    if (p.isSet(timeout) && !parseSeconds(p.value(timeout), timeout.names().constFirst(), r.portTimeout))
        return Outcome::Error;
    if (p.isSet(handshakeTimeout)) {
        if (!parseSeconds(p.value(handshakeTimeout), handshakeTimeout.names().constFirst(), r.handshakeTimeout))
            return Outcome::Error;
        if (r.handshakeTimeout.count() <= 0)
            return fail(tr("--handshake-timeout must be more than zero."));
    }
    r.reset = !p.isSet(noReset);
    r.verify = p.isSet(verify);
    r.resume = p.isSet(resume);
    r.overwrite = p.isSet(force);
    m_options.verbose = p.isSet(verbose);
    return Outcome::Run;
}

QString CliParser::helpText() const
{
    return m_help;
}

QString CliParser::versionText()
{
    return QStringLiteral("mtreader-cli %1\n").arg(QStringLiteral(MTREADER_VERSION));
}
