// SPDX-License-Identifier: Unlicense
// `history` reads the same file the window and the jobs window write; its
// JSON fields are HistoryRecord::fields(), listed in docs/history.md.
#include "CliHistory.h"

#include "CliExitCode.h"
#include "CliReport.h"
#include "Console.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString resultText(const HistoryRecord &r)
{
    switch (r.result) {
    case HistoryRecord::Result::Done: return CliHistory::tr("done");
    case HistoryRecord::Result::Failed: return CliHistory::tr("failed (%1)").arg(r.errorCode);
    case HistoryRecord::Result::Cancelled: return CliHistory::tr("cancelled");
    case HistoryRecord::Result::Unfinished: break;
    }
    return CliHistory::tr("unfinished");
}

int usageError(const QString &why, bool json)
{
    Console::err(why + QLatin1Char('\n')
                 + CliHistory::tr("Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]\n"));
    if (json)
        CliReport::printJson(CliReport::usageJson(why));
    return int(CliExitCode::Usage);
}
} // namespace

std::optional<QDateTime> CliHistory::parseSince(const QString &text)
{
    const QString t = text.trimmed();
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), Qt::LocalTime);
    const QDateTime time = QDateTime::fromString(t, Qt::ISODate);
    if (time.isValid())
        return time;
    return std::nullopt;
}

QString CliHistory::table(const QList<HistoryRecord> &records)
{
    const QStringList header{tr("Started"), tr("Result"),  tr("ME ID"), tr("Chip"),
                             tr("Range"),   tr("SHA-256"), tr("File")};
    QList<QStringList> rows{header};
    for (const HistoryRecord &r : records) {
        rows << QStringList{
            r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), resultText(r),
            r.phone ? r.phone->meIdHex() : QStringLiteral("-"), r.phone ? r.phone->chipName() : QStringLiteral("-"),
            QStringLiteral("0x%1+0x%2").arg(r.start, 0, 16).arg(r.length, 0, 16),
            // Enough of the hash to tell dumps apart; --json has all of it.
            r.sha256.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(r.sha256.toHex().left(16)), r.file};
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], int(row.at(c).size()));
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c) // the last column unpadded: no trailing spaces
            cells << (c + 1 < row.size() ? row.at(c).leftJustified(widths[c]) : row.at(c));
        out += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return out;
}

int CliHistory::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the dumps recorded in the dump history, newest first."));
    const QCommandLineOption json{QStringLiteral("json"), tr("Print the attempts as one JSON array on stdout.")};
    const QCommandLineOption meId{QStringLiteral("me-id"),
                                  tr("Only attempts on the phone whose ME ID starts with ID (hex)."),
                                  QStringLiteral("ID")};
    const QCommandLineOption since{QStringLiteral("since"),
                                   tr("Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00)."),
                                   QStringLiteral("DATE")};
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
    p.addOptions({json, meId, since, help});
    const bool parsed = p.parse(QStringList{arguments.value(0)} + arguments.mid(2));
    const bool asJson = p.isSet(json);
    if (!parsed)
        return usageError(p.errorText(), asJson);
    if (p.isSet(help)) {
        Console::out(p.helpText().replace(QStringLiteral("[options]"), QStringLiteral("history [options]")));
        return int(CliExitCode::Ok);
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(tr("history takes no arguments; \"%1\" is one too many.").arg(p.positionalArguments().at(0)),
                          asJson);
    HistoryFilter filter;
    filter.limit = 0;
    if (p.isSet(meId)) {
        const auto id = HistoryFilter::normalizedMeId(p.value(meId));
        if (!id || id->isEmpty())
            return usageError(tr("--me-id needs hex digits, such as 3A7F, not \"%1\".").arg(p.value(meId)), asJson);
        filter.meId = *id;
    }
    if (p.isSet(since)) {
        const auto from = parseSince(p.value(since));
        if (!from)
            return usageError(
                tr("--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not \"%1\".").arg(p.value(since)),
                asJson);
        filter.since = *from;
    }
    QList<HistoryRecord> records;
    const QString file = DumpHistory::defaultFile();
    if (QFileInfo::exists(file)) { // looking creates nothing
        DumpHistory history(HistoryRecord::Program::Cli, file);
        QObject::connect(&history, &DumpHistory::problem,
                         [](const QString &sentence) { Console::err(sentence + QLatin1Char('\n')); });
        records = history.query(filter);
    }
    if (asJson) {
        QJsonArray array;
        for (const HistoryRecord &r : std::as_const(records))
            array.append(r.toJson());
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else if (records.isEmpty()) {
        Console::err(tr("No dumps recorded in %1.\n").arg(file));
    } else {
        Console::out(table(records));
    }
    return int(CliExitCode::Ok);
}

CliRecorder::CliRecorder(bool enabled)
{
    if (!enabled)
        return;
    m_history = std::make_unique<DumpHistory>(HistoryRecord::Program::Cli, DumpHistory::defaultFile());
    QObject::connect(m_history.get(), &DumpHistory::problem,
                     [](const QString &sentence) { Console::err(sentence + QLatin1Char('\n')); });
}

CliRecorder::~CliRecorder() = default;

void CliRecorder::begin(const DumpRequest &request)
{
    if (m_history)
        m_attempt = m_history->begin(request);
}

void CliRecorder::finish(const DumpResult &result, const DumpError &error)
{
    if (m_history)
        m_history->finish(m_attempt, result, error);
}
