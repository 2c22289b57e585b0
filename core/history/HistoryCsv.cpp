// SPDX-License-Identifier: Unlicense
#include "HistoryCsv.h"

#include <QSaveFile>
#include <QStringList>

namespace {
QString plain(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: return v.toString();
    default: return QString(); // null: an empty cell
    }
}
} // namespace

QString HistoryCsv::field(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString HistoryCsv::header()
{
    QStringList names;
    for (const auto &f : HistoryRecord().fields())
        names << field(f.first);
    return names.join(QLatin1Char(','));
}

QString HistoryCsv::row(const HistoryRecord &record)
{
    QStringList cells;
    for (const auto &f : record.fields())
        cells << field(plain(f.second));
    return cells.join(QLatin1Char(','));
}

bool HistoryCsv::write(const QString &path, const QList<HistoryRecord> &records, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // The byte order mark makes spreadsheets read UTF-8 (Cyrillic, Arabic
    // and Chinese file names) rather than the local code page. CRLF ends
    // rows, as RFC 4180 has it.
    QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += header().toUtf8() + "\r\n";
    for (const HistoryRecord &r : records)
        bytes += row(r).toUtf8() + "\r\n";
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
