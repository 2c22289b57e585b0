// SPDX-License-Identifier: Unlicense
#include "ResumeState.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr int kFormat = 1;
}

bool ResumeState::save(const QString &path, QString *error) const
{
    QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("start"), QString::number(start)},
        {QStringLiteral("length"), QString::number(length)},
        {QStringLiteral("blockSize"), qint64(blockSize)},
        {QStringLiteral("chipCode"), QStringLiteral("%1").arg(chipCode, 4, 16, QLatin1Char('0'))},
        {QStringLiteral("hwVersion"), QStringLiteral("%1").arg(hwVersion, 4, 16, QLatin1Char('0'))},
        {QStringLiteral("meId"), QString::fromLatin1(meId.toHex())},
        {QStringLiteral("bytesDone"), QString::number(bytesDone)},
    };
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(o).toJson());
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

std::optional<ResumeState> ResumeState::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(64 * 1024), &pe);
    const QJsonObject o = doc.object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toInt() != kFormat) {
        if (error)
            *error = QStringLiteral("not a resume file");
        return std::nullopt;
    }
    bool ok[6] = {};
    ResumeState s;
    s.start = o.value(QStringLiteral("start")).toString().toULongLong(&ok[0]);
    s.length = o.value(QStringLiteral("length")).toString().toULongLong(&ok[1]);
    s.blockSize = quint32(o.value(QStringLiteral("blockSize")).toInteger());
    s.chipCode = o.value(QStringLiteral("chipCode")).toString().toUShort(&ok[2], 16);
    s.hwVersion = o.value(QStringLiteral("hwVersion")).toString().toUShort(&ok[3], 16);
    s.meId = QByteArray::fromHex(o.value(QStringLiteral("meId")).toString().toLatin1());
    s.bytesDone = o.value(QStringLiteral("bytesDone")).toString().toLongLong(&ok[4]);
    ok[5] = s.bytesDone >= 0 && quint64(s.bytesDone) <= s.length && s.length > 0;
    for (bool b : ok) {
        if (!b) {
            if (error)
                *error = QStringLiteral("damaged resume file");
            return std::nullopt;
        }
    }
    return s;
}

QString ResumeState::mismatchWith(const PhoneInfo &phone) const
{
    if (phone.chipCode != chipCode || phone.hwVersion != hwVersion)
        return QStringLiteral("chip %1/%2, the partial dump is from %3/%4")
            .arg(phone.chipCode, 4, 16, QLatin1Char('0'))
            .arg(phone.hwVersion, 4, 16, QLatin1Char('0'))
            .arg(chipCode, 4, 16, QLatin1Char('0'))
            .arg(hwVersion, 4, 16, QLatin1Char('0'));
    if (phone.meId != meId)
        return QStringLiteral("ME ID %1, the partial dump is from %2")
            .arg(QString::fromLatin1(phone.meId.toHex()), QString::fromLatin1(meId.toHex()));
    return {};
}
