// SPDX-License-Identifier: Unlicense
// Parsing with QCommandLineParser in long-option mode, so the original
// tool's single-dash `-bs 4096` is one option rather than -b -s.
#include "CliOptions.h"

#include "CliExitCode.h"
#include "FlashRange.h"
#include "WireConstants.h"

#include <QCommandLineParser>
#include <cmath>

namespace {
// More READ32 commands in flight than this only fills the phone's USB FIFO.
constexpr int kMaxPipeline = 64;
// Longer waits are "forever" in practice; keeps the milliseconds in range.
constexpr double kMaxSeconds = 7 * 24 * 3600.0;
} // namespace

struct CliParser::Known
{
    QCommandLineOption blockSize{
        {QStringLiteral("bs"), QStringLiteral("block-size")},
        tr("Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).").arg(DumpDefaults::kBlockSize),
        QStringLiteral("N")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               tr("Seconds to wait for the phone's port to appear (default: wait until Ctrl-C)."),
                               QStringLiteral("S")};
    QCommandLineOption handshakeTimeout{QStringLiteral("handshake-timeout"),
                                        tr("Seconds to try the BootROM handshake once the port is open (default %1).")
                                            .arg(std::chrono::duration<double>(Wire::kHandshakeDeadline).count()),
                                        QStringLiteral("S")};
    QCommandLineOption noReset{QStringLiteral("no-reset"), tr("Do not reset the phone after the dump.")};
    QCommandLineOption json{QStringLiteral("json"), tr("Print the result as one JSON object on stdout.")};
    QCommandLineOption force{QStringLiteral("force"), tr("Overwrite FILE if it exists.")};
    QCommandLineOption resume{QStringLiteral("resume"),
                              tr("Continue a partial dump of the same range and phone (FILE.part).")};
    QCommandLineOption verify{QStringLiteral("verify"), tr("Read everything twice and compare.")};
    QCommandLineOption pipeline{
        QStringLiteral("pipeline"),
        tr("READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).").arg(kMaxPipeline),
        QStringLiteral("N")};
    QCommandLineOption careful{
        QStringLiteral("careful"),
        tr("Careful mode: wait for every answer like the original tool (same as --pipeline 1).")};
    // The name of careful mode in earlier versions, kept for scripts.
    QCommandLineOption carefulOldName{QStringLiteral("conservative"), QString()};
    QCommandLineOption anyAddress{
        QStringLiteral("any-address"),
        tr("Allow a range at or above 0x10000000 (the phone's RAM and registers, not flash).")};
    QCommandLineOption noReport{QStringLiteral("no-report"),
                                tr("Do not look into the dump: no FILE.report.json, and no flash size probe for a "
                                   "range given in full.")};
    QCommandLineOption verbose{QStringLiteral("verbose"), tr("Print every step of the session.")};
    QCommandLineOption noHistory{QStringLiteral("no-history"),
                                 tr("Do not record this dump in the dump history (see mtreader-cli history --help).")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
    QCommandLineOption version{QStringLiteral("version"), tr("Show the version.")};

    Known() { carefulOldName.setFlags(QCommandLineOption::HiddenFromHelp); }
    bool carefulSet(const QCommandLineParser &p) const { return p.isSet(careful) || p.isSet(carefulOldName); }
};

CliParser::CliParser() : m_known(std::make_unique<Known>()) {}

CliParser::~CliParser() = default;

CliParser::Outcome CliParser::fail(const QString &why)
{
    m_error = why;
    return Outcome::Error;
}

void CliParser::describe(QCommandLineParser &p, const QString &program)
{
    // -bs must stay one option, as in the original tool; the price is that
    // short flags cannot be bundled, and none of ours need to be.
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setApplicationDescription(
        tr("Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port\n"
           "and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes\n"
           "from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).\n"
           "A report of what the dump holds is written next to it (FILE.report.json).\n"
           "\n"
           "mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds."));
    p.addPositionalArgument(QStringLiteral("PORT"),
                            tr("Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the "
                               "phone is connected, or \"auto\" for the first MediaTek BootROM port (0E8D:0003)."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The file to save the dump to."));
    p.addPositionalArgument(QStringLiteral("START"), tr("First flash address to read, such as 0 (optional)."),
                            QStringLiteral("[START"));
    p.addPositionalArgument(QStringLiteral("LENGTH"), tr("Number of bytes to read, such as 0x400000 or 4M."),
                            QStringLiteral("LENGTH]"));
    const Known &k = *m_known;
    p.addOptions({k.blockSize, k.timeout, k.handshakeTimeout, k.noReset, k.json, k.force, k.resume, k.verify,
                  k.pipeline, k.careful, k.carefulOldName, k.anyAddress, k.noReport, k.verbose, k.noHistory, k.help,
                  k.version});

    // QCommandLineParser lists multi-letter names as --bs; show the original spelling.
    m_help = p.helpText().replace(QLatin1String("--bs, "), QLatin1String("-bs, "));
    // The usage line names the program as typed, often a long build path.
    const qsizetype firstLineEnd = m_help.indexOf(QLatin1Char('\n'));
    if (!program.isEmpty() && firstLineEnd > 0) {
        const qsizetype at = m_help.left(firstLineEnd).indexOf(program);
        if (at >= 0)
            m_help.replace(at, program.size(), QStringLiteral("mtreader-cli"));
    }
    m_help += QLatin1Char('\n') + CliExitCodeText::table();
}

CliParser::Outcome CliParser::parse(const QStringList &args)
{
    QCommandLineParser p;
    describe(p, args.value(0));
    const Known &k = *m_known;
    const bool parsed = p.parse(args);
    // Known before anything else can fail, so errors come out as JSON too.
    m_options.json = p.isSet(k.json);
    if (!parsed)
        return fail(p.errorText());
    if (p.isSet(k.help))
        return Outcome::Help;
    if (p.isSet(k.version))
        return Outcome::Version;
    DumpRequest &r = m_options.request;
    r.anyAddress = p.isSet(k.anyAddress);
    if (!takePositional(p.positionalArguments(), r.anyAddress) || !takeBlockSizeAndDepth(p) || !takeTimeouts(p))
        return Outcome::Error;
    r.reset = !p.isSet(k.noReset);
    r.verify = p.isSet(k.verify);
    r.identify = !p.isSet(k.noReport);
    r.resume = p.isSet(k.resume);
    r.overwrite = p.isSet(k.force);
    m_options.verbose = p.isSet(k.verbose);
    m_options.history = !p.isSet(k.noHistory);
    return Outcome::Run;
}

bool CliParser::takePositional(const QStringList &pos, bool anyAddress)
{
    if (pos.size() < 2 || pos.size() == 3) {
        fail(tr("Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.", nullptr, int(pos.size())));
        return false;
    }
    if (pos.size() > 4) {
        fail(tr("Too many arguments: expected PORT FILE START LENGTH; \"%1\" is one too many.").arg(pos.at(4)));
        return false;
    }
    DumpRequest &r = m_options.request;
    r.port = pos.at(0);
    r.outputPath = pos.at(1);
    if (r.outputPath.isEmpty()) {
        fail(tr("FILE is empty: name the file to save the dump to."));
        return false;
    }
    if (pos.size() == 2) {
        r.wholeFlash = true; // the size comes from the phone
        return true;
    }
    QString why;
    const auto range = parseRange(pos.at(2), pos.at(3), &why, anyAddress);
    if (!range) {
        fail(why);
        return false;
    }
    r.start = range->start;
    r.length = range->length;
    return true;
}

bool CliParser::takeBlockSizeAndDepth(const QCommandLineParser &p)
{
    const Known &k = *m_known;
    DumpRequest &r = m_options.request;
    if (p.isSet(k.blockSize)) {
        const auto bs = parseNumber(p.value(k.blockSize));
        if (!bs) {
            fail(tr("The block size \"%1\" is not a number.").arg(p.value(k.blockSize)));
            return false;
        }
        if (const QString bad = blockSizeError(*bs); !bad.isEmpty()) {
            fail(bad);
            return false;
        }
        r.blockSize = quint32(*bs);
    }
    if (p.isSet(k.pipeline)) {
        bool ok = false;
        const int n = p.value(k.pipeline).toInt(&ok);
        if (!ok || n < 1 || n > kMaxPipeline) {
            fail(tr("--pipeline needs a number from 1 to %1, not \"%2\".").arg(kMaxPipeline).arg(p.value(k.pipeline)));
            return false;
        }
        r.pipelineDepth = n;
    }
    if (k.carefulSet(p)) {
        if (p.isSet(k.pipeline) && r.pipelineDepth != DumpDefaults::kCarefulDepth) {
            fail(tr("--careful and --pipeline %1 contradict each other.").arg(r.pipelineDepth));
            return false;
        }
        r.pipelineDepth = DumpDefaults::kCarefulDepth;
    }
    return true;
}

bool CliParser::takeTimeouts(const QCommandLineParser &p)
{
    const Known &k = *m_known;
    DumpRequest &r = m_options.request;
    if (p.isSet(k.timeout) && !parseSeconds(p.value(k.timeout), k.timeout.names().constFirst(), r.portTimeout))
        return false;
    if (p.isSet(k.handshakeTimeout)) {
        if (!parseSeconds(p.value(k.handshakeTimeout), k.handshakeTimeout.names().constFirst(), r.handshakeTimeout))
            return false;
        if (r.handshakeTimeout.count() <= 0) {
            fail(tr("--handshake-timeout must be more than zero."));
            return false;
        }
    }
    return true;
}

bool CliParser::parseSeconds(const QString &text, const QString &option, std::chrono::milliseconds &out)
{
    bool ok = false;
    const double s = text.toDouble(&ok);
    if (!ok || !std::isfinite(s) || s < 0 || s > kMaxSeconds) {
        fail(tr("--%1 needs a number of seconds, such as 30 or 0.5, not \"%2\".").arg(option, text));
        return false;
    }
    out = std::chrono::milliseconds(qint64(std::llround(s * 1000)));
    return true;
}

QString CliParser::versionText()
{
    return QStringLiteral("mtreader-cli %1\n").arg(QStringLiteral(MTREADER_VERSION));
}
