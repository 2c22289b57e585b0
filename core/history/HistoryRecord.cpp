// SPDX-License-Identifier: Unlicense
// A record made from the core's types, and the one list of its field names.
#include "HistoryRecord.h"

#include "DumpTarget.h"

#include <QFileInfo>

namespace {
QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString hex(uint value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0')).toUpper();
}

struct Name
{
    HistoryRecord::Result result;
    const char *name;
};
constexpr Name kResultNames[] = {
    {HistoryRecord::Result::Unfinished, "unfinished"},
    {HistoryRecord::Result::Done, "done"},
    {HistoryRecord::Result::Failed, "failed"},
    {HistoryRecord::Result::Cancelled, "cancelled"},
};

struct ProgramName
{
    HistoryRecord::Program program;
    const char *name;
};
constexpr ProgramName kProgramNames[] = {
    {HistoryRecord::Program::Window, "window"},
    {HistoryRecord::Program::JobsWindow, "jobs"},
    {HistoryRecord::Program::Cli, "cli"},
};
} // namespace

HistoryRecord HistoryRecord::fromRequest(const DumpRequest &request, Program program, const QString &port)
{
    HistoryRecord r;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.program = program;
    r.requestedPort = request.port;
    r.port = port;
    r.start = request.start;
    r.length = request.length;
    r.blockSize = request.blockSize;
    r.pipelineDepth = request.pipelineDepth;
    r.verifyRequested = request.verify;
    r.resetRequested = request.reset;
    r.file = request.outputPath.isEmpty() ? QString() : QFileInfo(request.outputPath).absoluteFilePath();
    return r;
}

void HistoryRecord::finishWith(const DumpResult &outcome, const DumpError &error)
{
    endedAt = QDateTime::currentDateTimeUtc();
    if (!error.isError())
        result = Result::Done;
    else
        result = error.code == Mt::ErrorCode::Cancelled ? Result::Cancelled : Result::Failed;
    errorCode = error.isError() ? Mt::errorCodeName(error.code) : QString();
    errorDetail = error.isError() ? error.technicalSummary() : QString();
    if (!outcome.port.isEmpty())
        port = outcome.port;
    else if (!error.port.isEmpty())
        port = error.port;
    // A phone that never answered leaves PhoneInfo as it was made: all zero.
    if (outcome.phone.chipCode != 0 || !outcome.phone.meId.isEmpty())
        phone = outcome.phone;
    sha256 = error.isError() ? QByteArray() : outcome.sha256;
    // A whole-flash dump learns its length from the phone, and an automatic
    // name follows the firmware: the result says what it became.
    if (!outcome.path.isEmpty())
        file = outcome.path;
    if (outcome.length > 0) {
        start = outcome.start;
        length = outcome.length;
    }
    if (outcome.identity) {
        details.firmwareVersion = outcome.identity->firmwareVersion();
        details.firmwarePlatform = outcome.identity->platformId();
        details.flashSize = outcome.identity->bestSize();
    }
    if (outcome.flashSize.known())
        details.flashSize = outcome.flashSize.bytes;
    if (!outcome.reportPath.isEmpty())
        details.reportPath = outcome.reportPath;
    readSeconds = outcome.seconds;
    retries = outcome.retries;
    resumed = outcome.resumed;
    resumedAt = outcome.resumedAt;
    verified = outcome.verified;
}

bool HistoryRecord::canContinue() const
{
    return (result == Result::Failed || result == Result::Cancelled) && !file.isEmpty()
        && DumpTarget(file).hasResumablePartial();
}

QString HistoryRecord::keptFile() const
{
    if (result == Result::Done || file.isEmpty())
        return file;
    const DumpTarget target(file);
    return target.hasPartial() ? target.partialPath() : file;
}

DumpRequest HistoryRecord::continueRequest() const
{
    DumpRequest r;
    r.port = requestedPort.isEmpty() ? DumpDefaults::autoPort() : requestedPort;
    r.outputPath = file;
    r.start = start;
    r.length = length;
    if (blockSize > 0)
        r.blockSize = blockSize;
    if (pipelineDepth > 0)
        r.pipelineDepth = pipelineDepth;
    r.verify = verifyRequested;
    r.reset = resetRequested;
    r.resume = true;
    // The partial dump itself says whether it is of the whole flash.
    if (const std::optional<ResumeState> kept = ResumeState::load(DumpTarget(file).sidecarPath())) {
        r.wholeFlash = kept->wholeFlash;
        r.start = kept->start;
        r.length = kept->wholeFlash ? 0 : kept->length;
    }
    return r;
}

QList<QPair<QString, QJsonValue>> HistoryRecord::fields() const
{
    const auto optionalPhone = [this](auto get) -> QJsonValue {
        return phone ? QJsonValue(get(*phone)) : QJsonValue(QJsonValue::Null);
    };
    const auto timeOrNull = [](const QDateTime &t) { return t.isValid() ? QJsonValue(timeText(t)) : QJsonValue(); };
    // Numbers as JSON doubles: exact up to 2^53, far beyond a 4 GiB flash.
    return {
        {QStringLiteral("id"), double(id)},
        {QStringLiteral("startedAt"), timeOrNull(startedAt)},
        {QStringLiteral("endedAt"), timeOrNull(endedAt)},
        {QStringLiteral("result"), resultName(result)},
        {QStringLiteral("error"), text(errorCode)},
        {QStringLiteral("errorDetail"), text(errorDetail)},
        {QStringLiteral("program"), programName(program)},
        {QStringLiteral("requestedPort"), text(requestedPort)},
        {QStringLiteral("port"), text(port)},
        {QStringLiteral("chip"), optionalPhone([](const PhoneInfo &p) { return p.chipName(); })},
        {QStringLiteral("chipCode"), optionalPhone([](const PhoneInfo &p) { return hex(p.chipCode, 4); })},
        {QStringLiteral("hwVersion"), optionalPhone([](const PhoneInfo &p) { return hex(p.hwVersion, 4); })},
        {QStringLiteral("swVersion"), optionalPhone([](const PhoneInfo &p) { return hex(p.swVersion, 4); })},
        {QStringLiteral("subCode"), optionalPhone([](const PhoneInfo &p) { return hex(p.subCode, 4); })},
        {QStringLiteral("bromVersion"), optionalPhone([](const PhoneInfo &p) { return hex(p.bromVersion, 2); })},
        {QStringLiteral("meId"), optionalPhone([](const PhoneInfo &p) { return p.meIdHex(); })},
        {QStringLiteral("firmwareVersion"), text(details.firmwareVersion)},
        {QStringLiteral("firmwarePlatform"), text(details.firmwarePlatform)},
        {QStringLiteral("flashSize"), details.flashSize ? QJsonValue(double(*details.flashSize)) : QJsonValue()},
        {QStringLiteral("start"), double(start)},
        {QStringLiteral("length"), double(length)},
        {QStringLiteral("blockSize"), double(blockSize)},
        {QStringLiteral("pipelineDepth"), pipelineDepth},
        {QStringLiteral("verifyRequested"), verifyRequested},
        {QStringLiteral("resetRequested"), resetRequested},
        {QStringLiteral("file"), text(file)},
        {QStringLiteral("sha256"), text(QString::fromLatin1(sha256.toHex()))},
        {QStringLiteral("reportFile"), text(details.reportPath)},
        {QStringLiteral("durationMs"), durationMs >= 0 ? QJsonValue(double(durationMs)) : QJsonValue()},
        {QStringLiteral("readSeconds"), readSeconds},
        {QStringLiteral("retries"), retries},
        {QStringLiteral("resumed"), resumed},
        {QStringLiteral("resumedAt"), double(resumedAt)},
        {QStringLiteral("verified"), verified},
    };
}

QJsonObject HistoryRecord::toJson() const
{
    QJsonObject o;
    for (const auto &[name, value] : fields())
        o.insert(name, value);
    return o;
}

QString HistoryRecord::resultName(Result result)
{
    for (const Name &n : kResultNames)
        if (n.result == result)
            return QLatin1String(n.name);
    return QString();
}

std::optional<HistoryRecord::Result> HistoryRecord::resultFromName(const QString &name)
{
    for (const Name &n : kResultNames)
        if (name == QLatin1String(n.name))
            return n.result;
    return std::nullopt;
}

QString HistoryRecord::programName(Program program)
{
    for (const ProgramName &n : kProgramNames)
        if (n.program == program)
            return QLatin1String(n.name);
    return QString();
}

std::optional<HistoryRecord::Program> HistoryRecord::programFromName(const QString &name)
{
    for (const ProgramName &n : kProgramNames)
        if (name == QLatin1String(n.name))
            return n.program;
    return std::nullopt;
}

QString HistoryRecord::timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}
