// SPDX-License-Identifier: Unlicense
// Absent values are bound as NULL, so "not known" stays apart from zero.
#include "HistorySql.h"

#include "HistorySchema.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace {
// Every column the current version writes, in the order of the table.
const char *const kColumns[] = {
    "started_at",
    "ended_at",
    "result",
    "error_code",
    "error_detail",
    "program",
    "requested_port",
    "port",
    "chip_code",
    "hw_version",
    "sw_version",
    "sub_code",
    "brom_version",
    "me_id",
    "range_start",
    "range_length",
    "block_size",
    "pipeline_depth",
    "verify_requested",
    "reset_requested",
    "file",
    "sha256",
    "duration_ms",
    "read_seconds",
    "retries",
    "resumed",
    "resumed_at",
    "verified",
    "firmware_version",
    "firmware_platform",
    "flash_size",
    "report_file",
};

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant intOrNull(bool known, qint64 value)
{
    return known ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

// %, _ and the escape itself stand for themselves in a search.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QString HistorySql::insertStatement()
{
    QStringList names, values;
    for (const char *c : kColumns) {
        names << QLatin1String(c);
        values << QLatin1Char(':') + QLatin1String(c);
    }
    return QStringLiteral("INSERT INTO attempts (%1) VALUES (%2)").arg(names.join(u','), values.join(u','));
}

QString HistorySql::updateStatement()
{
    QStringList sets;
    for (const char *c : kColumns)
        sets << QStringLiteral("%1 = :%1").arg(QLatin1String(c));
    return QStringLiteral("UPDATE attempts SET %1 WHERE id = :id").arg(sets.join(u','));
}

void HistorySql::bind(QSqlQuery &q, const HistoryRecord &r)
{
    const auto set = [&q](const char *name, const QVariant &value) {
        q.bindValue(QLatin1Char(':') + QLatin1String(name), value);
    };
    const bool ph = r.phone.has_value();
    const PhoneInfo p = r.phone.value_or(PhoneInfo{});
    set("started_at", HistoryRecord::timeText(r.startedAt));
    set("ended_at", r.endedAt.isValid() ? QVariant(HistoryRecord::timeText(r.endedAt)) : textOrNull({}));
    set("result", HistoryRecord::resultName(r.result));
    set("error_code", textOrNull(r.errorCode));
    set("error_detail", textOrNull(r.errorDetail));
    set("program", HistoryRecord::programName(r.program));
    set("requested_port", textOrNull(r.requestedPort));
    set("port", textOrNull(r.port));
    set("chip_code", intOrNull(ph, p.chipCode));
    set("hw_version", intOrNull(ph, p.hwVersion));
    set("sw_version", intOrNull(ph, p.swVersion));
    set("sub_code", intOrNull(ph, p.subCode));
    set("brom_version", intOrNull(ph, p.bromVersion));
    set("me_id", ph ? textOrNull(p.meIdHex()) : textOrNull({}));
    set("range_start", qint64(r.start));
    set("range_length", qint64(r.length));
    set("block_size", qint64(r.blockSize));
    set("pipeline_depth", r.pipelineDepth);
    set("verify_requested", int(r.verifyRequested));
    set("reset_requested", int(r.resetRequested));
    set("file", textOrNull(r.file));
    set("sha256", textOrNull(QString::fromLatin1(r.sha256.toHex())));
    set("duration_ms", intOrNull(r.durationMs >= 0, r.durationMs));
    set("read_seconds", r.readSeconds);
    set("retries", r.retries);
    set("resumed", int(r.resumed));
    set("resumed_at", r.resumedAt);
    set("verified", int(r.verified));
    set("firmware_version", textOrNull(r.details.firmwareVersion));
    set("firmware_platform", textOrNull(r.details.firmwarePlatform));
    set("flash_size", intOrNull(r.details.flashSize.has_value(), qint64(r.details.flashSize.value_or(0))));
    set("report_file", textOrNull(r.details.reportPath));
    if (r.id > 0)
        q.bindValue(QStringLiteral(":id"), r.id);
}

QString HistorySql::selectStatement(const HistoryFilter &f, QVariantMap &values)
{
    QStringList where;
    if (const auto me = HistoryFilter::normalizedMeId(f.meId); me && !me->isEmpty()) {
        where << QStringLiteral("me_id LIKE :me ESCAPE '\\'");
        values.insert(QStringLiteral(":me"), *me + QLatin1Char('%'));
    } else if (!f.meId.trimmed().isEmpty()) {
        where << QStringLiteral("0"); // not hex: no ME ID can match
    }
    if (!f.text.trimmed().isEmpty()) {
        // Three names for one value: each placeholder is bound once.
        where << QStringLiteral("(firmware_version LIKE :t1 ESCAPE '\\' OR file LIKE :t2 ESCAPE '\\'"
                                " OR me_id LIKE :t3 ESCAPE '\\')");
        const QString pattern = likePattern(f.text.trimmed());
        for (const char *name : {":t1", ":t2", ":t3"})
            values.insert(QLatin1String(name), pattern);
    }
    if (f.since.isValid()) {
        where << QStringLiteral("started_at >= :since");
        values.insert(QStringLiteral(":since"), HistoryRecord::timeText(f.since));
    }
    if (f.result) {
        where << QStringLiteral("result = :result");
        values.insert(QStringLiteral(":result"), HistoryRecord::resultName(*f.result));
    }
    QString sql = QStringLiteral("SELECT * FROM attempts");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);
    return sql;
}

HistoryRecord HistorySql::fromRow(const QSqlQuery &q)
{
    const auto v = [&q](const char *name) { return q.value(QLatin1String(name)); };
    HistoryRecord r;
    r.id = v("id").toLongLong();
    r.startedAt = timeFrom(v("started_at"));
    r.endedAt = timeFrom(v("ended_at"));
    r.result = HistoryRecord::resultFromName(v("result").toString()).value_or(HistoryRecord::Result::Unfinished);
    r.errorCode = v("error_code").toString();
    r.errorDetail = v("error_detail").toString();
    r.program = HistoryRecord::programFromName(v("program").toString()).value_or(HistoryRecord::Program::Window);
    r.requestedPort = v("requested_port").toString();
    r.port = v("port").toString();
    if (!v("chip_code").isNull()) {
        PhoneInfo p;
        p.chipCode = quint16(v("chip_code").toUInt());
        p.hwVersion = quint16(v("hw_version").toUInt());
        p.swVersion = quint16(v("sw_version").toUInt());
        p.subCode = quint16(v("sub_code").toUInt());
        p.bromVersion = quint8(v("brom_version").toUInt());
        p.meId = QByteArray::fromHex(v("me_id").toString().toLatin1());
        r.phone = p;
    }
    r.start = v("range_start").toULongLong();
    r.length = v("range_length").toULongLong();
    r.blockSize = v("block_size").toUInt();
    r.pipelineDepth = v("pipeline_depth").toInt();
    r.verifyRequested = v("verify_requested").toBool();
    r.resetRequested = v("reset_requested").toBool();
    r.file = v("file").toString();
    r.sha256 = QByteArray::fromHex(v("sha256").toString().toLatin1());
    r.durationMs = v("duration_ms").isNull() ? -1 : v("duration_ms").toLongLong();
    r.readSeconds = v("read_seconds").toDouble();
    r.retries = v("retries").toInt();
    r.resumed = v("resumed").toBool();
    r.resumedAt = v("resumed_at").toLongLong();
    r.verified = v("verified").toBool();
    r.details.firmwareVersion = v("firmware_version").toString();
    r.details.firmwarePlatform = v("firmware_platform").toString();
    if (!v("flash_size").isNull())
        r.details.flashSize = v("flash_size").toULongLong();
    r.details.reportPath = v("report_file").toString();
    return r;
}

std::optional<QString> HistoryFilter::normalizedMeId(const QString &typed)
{
    QString s = typed.trimmed().toUpper();
    s.remove(QLatin1Char(' ')).remove(QLatin1Char(':')).remove(QLatin1Char('-'));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]*$"));
    if (!hex.match(s).hasMatch())
        return std::nullopt;
    return s;
}
