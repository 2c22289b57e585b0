// SPDX-License-Identifier: Unlicense
#include "CliReport.h"

#include "Console.h"
#include "ErrorText.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

using Mt::ErrorCode;

namespace {
QString hex(uint value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0')).toUpper();
}

bool partialKept(const QString &target)
{
    return DumpTarget(target).hasResumablePartial();
}
} // namespace

QJsonObject CliReport::successJson(const DumpRequest &request, const DumpResult &r)
{
    const PhoneInfo &ph = r.phone;
    // Version words in hex as the datasheets write them; offsets as numbers,
    // exact in a JSON double up to 2^53, far beyond a 4 GiB address space.
    return QJsonObject{
        {QStringLiteral("chip"), ph.chipName()},
        {QStringLiteral("chipCode"), hex(ph.chipCode, 4)},
        {QStringLiteral("hwVersion"), hex(ph.hwVersion, 4)},
        {QStringLiteral("swVersion"), hex(ph.swVersion, 4)},
        {QStringLiteral("subCode"), hex(ph.subCode, 4)},
        {QStringLiteral("bromVersion"), hex(ph.bromVersion, 2)},
        {QStringLiteral("meId"), ph.meIdHex()},
        {QStringLiteral("port"), r.port},
        {QStringLiteral("start"), double(r.start)},
        {QStringLiteral("length"), double(r.length)},
        {QStringLiteral("bytes"), double(QFileInfo(r.path).size())},
        {QStringLiteral("blockSize"), double(request.blockSize)},
        {QStringLiteral("sha256"), QString::fromLatin1(r.sha256.toHex())},
        {QStringLiteral("seconds"), r.seconds},
        {QStringLiteral("verified"), r.verified},
        {QStringLiteral("resumed"), r.resumed},
        {QStringLiteral("resetSent"), r.resetSent},
        {QStringLiteral("file"), QFileInfo(r.path).absoluteFilePath()},
    };
}

QJsonObject CliReport::failureJson(const DumpError &error, const QString &message, const QString &resumeCommand)
{
    QJsonObject o{
        {QStringLiteral("error"), Mt::errorCodeName(error.code)},
        {QStringLiteral("message"), message},
        {QStringLiteral("detail"), error.technicalSummary()},
        {QStringLiteral("exitCode"), int(exitCodeFor(error.code))},
    };
    if (!error.port.isEmpty())
        o.insert(QStringLiteral("port"), error.port);
    if (error.offset >= 0)
        o.insert(QStringLiteral("offset"), double(error.offset));
    if (!resumeCommand.isEmpty())
        o.insert(QStringLiteral("resumeCommand"), resumeCommand);
    return o;
}

QJsonObject CliReport::usageJson(const QString &message)
{
    return QJsonObject{
        {QStringLiteral("error"), Mt::errorCodeName(ErrorCode::InvalidArgument)},
        {QStringLiteral("message"), message},
        {QStringLiteral("detail"), message},
        {QStringLiteral("exitCode"), int(CliExitCode::Usage)},
    };
}

void CliReport::printJson(const QJsonObject &object)
{
    Console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void CliReport::success(const DumpRequest &request, const DumpResult &r, bool json)
{
    const QString sha = QString::fromLatin1(r.sha256.toHex());
    // A resumed dump read only part of the range this time: no honest rate.
    const QString verified = r.verified ? tr(", verified by a second read") : QString();
    if (r.resumed || r.seconds <= 0)
        Console::err(tr("Saved %1 (%2)%3.\n").arg(r.path, humanSize(qint64(r.length)), verified));
    else
        Console::err(tr("Saved %1 (%2) in %3 s at %4 KiB/s%5.\n")
                         .arg(r.path, humanSize(qint64(r.length)))
                         .arg(r.seconds, 0, 'f', 1)
                         .arg(double(r.length) / r.seconds / 1024.0, 0, 'f', 1)
                         .arg(verified));
    Console::err(tr("SHA-256 %1\n").arg(sha));
    if (!request.reset)
        Console::err(tr("The phone was not reset (--no-reset): unplug it to turn it off.\n"));
    else if (!r.resetSent)
        Console::err(tr("The reset was not confirmed: unplug the phone.\n"));
    if (json)
        printJson(successJson(request, r));
    else // The sha256sum format, so `sha256sum -c` can check the file later.
        Console::out(QStringLiteral("%1  %2\n").arg(sha, r.path));
}

CliExitCode CliReport::failure(const DumpRequest &request, const DumpResult &result, const DumpError &error,
                               const QStringList &arguments, bool json)
{
    const CliExitCode code = exitCodeFor(error.code);
    QString message = ErrorText::oneParagraph(error);
    QStringList hints;
    QString resume;
    const bool kept = partialKept(request.outputPath);
    if (error.code == ErrorCode::OutputExists && !kept) {
        hints << tr("%1 was left untouched. Add --force to overwrite it.").arg(request.outputPath);
    } else if (error.code == ErrorCode::VerifyMismatch && !result.path.isEmpty()) {
        hints << tr("The first read is kept as %1.").arg(result.path);
    } else if (kept) {
        // FILE appeared while the dump ran: finishing means resuming into it
        // with --force, since --force alone is refused while FILE.part exists.
        QStringList args = arguments;
        if (error.code == ErrorCode::OutputExists && !args.contains(QLatin1String("--force")))
            args.insert(qMin(1, int(args.size())), QStringLiteral("--force"));
        resume = resumeCommand(args);
        hints << tr("What was read so far is kept in %1 (%2). To continue where it stopped, "
                    "reconnect the phone with the boot key held and run:")
                     .arg(DumpTarget(request.outputPath).partialPath(),
                          humanSize(QFileInfo(DumpTarget(request.outputPath).partialPath()).size()))
              << QStringLiteral("  ") + resume;
    }
    if (error.code == ErrorCode::Cancelled) {
        // ErrorText promises nothing was written under the target name; true,
        // but a kept partial dump is worth saying.
        Console::err(ErrorText::forError(error).what + QLatin1Char('\n'));
    } else {
        Console::err(tr("Error: %1\n").arg(message));
        Console::err(tr("Details: %1\n").arg(error.technicalSummary()));
    }
    for (const QString &h : std::as_const(hints))
        Console::err(h + QLatin1Char('\n'));
    if (json)
        printJson(failureJson(error, message, resume));
    return code;
}

QString CliReport::shellQuote(const QString &a)
{
#ifdef Q_OS_WIN
    if (!a.isEmpty() && !a.contains(QRegularExpression(QStringLiteral("[\\s\"&|<>^]"))))
        return a;
    return QLatin1Char('"') + QString(a).replace(QLatin1String("\""), QLatin1String("\\\"")) + QLatin1Char('"');
#else
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(a).hasMatch())
        return a;
    return QLatin1Char('\'') + QString(a).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
#endif
}

QString CliReport::resumeCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        args << QStringLiteral("mtreader-cli");
    // Right after the program name: options after a "--" would be positional.
    if (!args.contains(QLatin1String("--resume")))
        args.insert(1, QStringLiteral("--resume"));
    QStringList quoted;
    for (const QString &a : std::as_const(args))
        quoted << shellQuote(a);
    return quoted.join(QLatin1Char(' '));
}
