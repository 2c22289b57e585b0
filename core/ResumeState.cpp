// SPDX-License-Identifier: Unlicense
#include "ResumeState.h"

#include "Isolate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace {
constexpr int kFormat = 1;
// A sidecar is a few hundred bytes; anything this big is not one.
constexpr qint64 kMaxSidecarBytes = 64 * 1024;
} // namespace

bool ResumeState::save(const QString &path, QString *error) const
{
    QJsonObject o = phone.identityJson();
    o.insert(QStringLiteral("format"), kFormat);
    // Decimal strings: exact whatever a JSON reader does with big numbers.
    o.insert(QStringLiteral("start"), QString::number(start));
    o.insert(QStringLiteral("length"), QString::number(length));
    o.insert(QStringLiteral("bytesDone"), QString::number(bytesDone));
    o.insert(QStringLiteral("wholeFlash"), wholeFlash);
    o.insert(QStringLiteral("seconds"), seconds);
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
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the resume file %1: %2.").arg(Isolate::value(path), f.errorString()));
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(f.read(kMaxSidecarBytes), &pe).object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toInt() != kFormat)
        return fail(tr("%1 is not a resume file.").arg(Isolate::value(path)));
    ResumeState s;
    bool ok[3] = {};
    s.start = o.value(QStringLiteral("start")).toString().toULongLong(&ok[0]);
    s.length = o.value(QStringLiteral("length")).toString().toULongLong(&ok[1]);
    s.bytesDone = o.value(QStringLiteral("bytesDone")).toString().toLongLong(&ok[2]);
    s.wholeFlash = o.value(QStringLiteral("wholeFlash")).toBool();
    s.seconds = std::max(0.0, o.value(QStringLiteral("seconds")).toDouble());
    const std::optional<PhoneInfo> phone = PhoneInfo::fromIdentityJson(o);
    const bool sane = s.bytesDone >= 0 && quint64(s.bytesDone) <= s.length && s.length > 0;
    if (!ok[0] || !ok[1] || !ok[2] || !phone || !sane)
        return fail(tr("The resume file %1 is damaged.").arg(Isolate::value(path)));
    s.phone = *phone;
    return s;
}

QString ResumeState::mismatchWith(const PhoneInfo &other) const
{
    const auto chip = [](const PhoneInfo &p) {
        return Isolate::value(
            QStringLiteral("%1/%2").arg(p.chipCode, 4, 16, QLatin1Char('0')).arg(p.hwVersion, 4, 16, QLatin1Char('0')));
    };
    if (other.chipCode != phone.chipCode || other.hwVersion != phone.hwVersion)
        return tr("This is another phone: its chip is %1, the partial dump is from %2.").arg(chip(other), chip(phone));
    if (other.meId != phone.meId)
        return tr("This is another phone: its ME ID is %1, the partial dump is from %2.")
            .arg(Isolate::value(other.meIdHex()), Isolate::value(phone.meIdHex()));
    return {};
}
