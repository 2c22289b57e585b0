// SPDX-License-Identifier: Unlicense
#include "DumpReport.h"

#include "Isolate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
const QString kFormat = QStringLiteral("mtreader-dump-report");
constexpr qint64 kMaxReportBytes = 4 * 1024 * 1024;

QString hex(quint64 v, int width = 0)
{
    return QStringLiteral("0x%1").arg(v, width, 16, QLatin1Char('0'));
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject fileJson(const FileInfoHeader &h)
{
    return {
        {QStringLiteral("offset"), double(h.offset)},        {QStringLiteral("type"), hex(h.fileType, 4)},
        {QStringLiteral("typeName"), h.typeName()},          {QStringLiteral("loadAddress"), hex(h.loadAddress, 8)},
        {QStringLiteral("length"), double(h.fileLength)},    {QStringLiteral("maxSize"), double(h.maxSize)},
        {QStringLiteral("flashDevice"), int(h.flashDevice)}, {QStringLiteral("signatureType"), int(h.signatureType)},
    };
}

QJsonObject romInfoJson(const RomInfoBlock &r)
{
    QJsonArray flashes;
    for (const RomInfoFlash &f : r.flashes)
        flashes.append(QJsonObject{
            {QStringLiteral("manufacturerId"), hex(f.manufacturerId, 4)},
            {QStringLiteral("deviceId"), hex(f.deviceId, 4)},
            {QStringLiteral("extId1"), hex(f.extId1, 4)},
            {QStringLiteral("extId2"), hex(f.extId2, 4)},
            {QStringLiteral("fsBegin"), double(f.fsBegin)},
            {QStringLiteral("fsLength"), double(f.fsLength)},
        });
    return {
        {QStringLiteral("offset"), double(r.offset)},
        {QStringLiteral("identifier"), r.identifier},
        {QStringLiteral("platformId"), r.platformId},
        {QStringLiteral("projectId"), r.projectId},
        {QStringLiteral("nfbId"), hex(r.nfbId, 4)},
        {QStringLiteral("deviceCount"), int(r.deviceCount)},
        {QStringLiteral("flashes"), flashes},
        {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
    };
}

QJsonArray blocksJson(const QList<BlockReread> &blocks)
{
    QJsonArray out;
    for (const BlockReread &b : blocks)
        out.append(QJsonObject{{QStringLiteral("offset"), double(b.offset)},
                               {QStringLiteral("length"), double(b.length)},
                               {QStringLiteral("reads"), b.reads},
                               {QStringLiteral("corrected"), b.repaired}});
    return out;
}

QJsonObject verifyJson(const DumpRequest &request, const DumpResult &r)
{
    if (!request.verify)
        return {{QStringLiteral("done"), false}};
    const QString result = !r.unverified.isEmpty() ? QStringLiteral("unverified")
        : !r.rereads.isEmpty()                     ? QStringLiteral("agreed-after-rereads")
                                                   : QStringLiteral("match");
    return {{QStringLiteral("done"), true},
            {QStringLiteral("result"), result},
            {QStringLiteral("rereadBlocks"), blocksJson(r.rereads)},
            {QStringLiteral("unverifiedBlocks"), blocksJson(r.unverified)}};
}

QJsonObject regionJson(const FlashRegion &r)
{
    return {{QStringLiteral("offset"), double(r.offset)},
            {QStringLiteral("length"), double(r.length)},
            {QStringLiteral("label"), r.label}};
}
} // namespace

QString DumpReport::pathFor(const QString &dumpPath)
{
    return dumpPath + QStringLiteral(".report.json");
}

QJsonObject DumpReport::identityJson(const DumpIdentity &id)
{
    QJsonArray files;
    for (const FileInfoHeader &h : id.firmware.files)
        files.append(fileJson(h));
    QJsonArray regions;
    for (const FlashRegion &r : id.regions)
        regions.append(regionJson(r));
    QJsonObject firmware{
        {QStringLiteral("recognised"), id.recognised()},
        {QStringLiteral("version"), id.firmwareVersion()},
        {QStringLiteral("platformId"), id.platformId()},
        {QStringLiteral("files"), files},
        {QStringLiteral("problems"), QJsonArray::fromStringList(id.firmware.problems)},
    };
    if (id.firmware.sfBoot)
        firmware.insert(QStringLiteral("sfBoot"), *id.firmware.sfBoot);
    if (id.firmware.romInfo)
        firmware.insert(QStringLiteral("romInfo"), romInfoJson(*id.firmware.romInfo));
    QJsonObject chip;
    if (id.manufacturerId)
        chip.insert(QStringLiteral("manufacturerId"), hex(*id.manufacturerId, 4));
    if (id.deviceId)
        chip.insert(QStringLiteral("deviceId"), hex(*id.deviceId, 4));
    if (!id.vendor.isEmpty())
        chip.insert(QStringLiteral("vendor"), id.vendor);
    if (id.impliedSize)
        chip.insert(QStringLiteral("impliedSize"), double(*id.impliedSize));
    QJsonObject o{
        {QStringLiteral("start"), double(id.start)},
        {QStringLiteral("length"), double(id.length)},
        {QStringLiteral("sha256"), QString::fromLatin1(id.content.sha256.toHex())},
        {QStringLiteral("crc32"), QStringLiteral("%1").arg(id.content.crc32, 8, 16, QLatin1Char('0'))},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("erasedPercent"), id.content.erasedPercent()},
                     {QStringLiteral("zeroPercent"), id.content.zeroPercent()},
                     {QStringLiteral("blockSize"), double(ContentFigures::kBlockSize)},
                     {QStringLiteral("blocks"), QString::fromLatin1(id.content.blockLetters())}}},
        {QStringLiteral("firmware"), firmware},
        {QStringLiteral("flashChip"), chip},
        {QStringLiteral("regions"), regions},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(id.warnings)},
    };
    if (id.userData)
        o.insert(QStringLiteral("userData"), regionJson(*id.userData));
    return o;
}

QJsonObject DumpReport::build(const DumpRequest &request, const DumpResult &r)
{
    QJsonObject flashSize = r.flashSize.toJson();
    flashSize.insert(QStringLiteral("text"), r.flashSize.describe());
    QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("tool"), QStringLiteral("MTreader " MTREADER_VERSION)},
        {QStringLiteral("createdUtc"), utc(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("startedUtc"), utc(r.startedUtc)},
        {QStringLiteral("port"), r.port},
        {QStringLiteral("phone"), r.phone.identityJson()},
        {QStringLiteral("chip"), r.phone.chipName()},
        {QStringLiteral("file"), QFileInfo(r.path).fileName()},
        {QStringLiteral("range"),
         QJsonObject{{QStringLiteral("start"), double(r.start)},
                     {QStringLiteral("length"), double(r.length)},
                     {QStringLiteral("wholeFlash"), request.wholeFlash}}},
        {QStringLiteral("flashSize"), flashSize},
        {QStringLiteral("blockSize"), double(request.blockSize)},
        {QStringLiteral("verified"), r.verified},
        {QStringLiteral("verify"), verifyJson(request, r)},
        {QStringLiteral("retries"), r.retries},
        {QStringLiteral("resumed"), r.resumed},
        {QStringLiteral("resumedAt"), double(r.resumedAt)},
        {QStringLiteral("seconds"), r.seconds},
        {QStringLiteral("secondsTotal"), r.secondsTotal},
    };
    if (r.identity)
        o.insert(QStringLiteral("identity"), identityJson(*r.identity));
    return o;
}

bool DumpReport::write(const QString &path, const QJsonObject &report, QString *error)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) >= 0
        && f.commit())
        return true;
    if (error)
        *error = f.errorString();
    return false;
}

std::optional<QJsonObject> DumpReport::read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(f.read(kMaxReportBytes), &pe).object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toString() != kFormat) {
        if (error)
            *error =
                QCoreApplication::translate("DumpReport", "%1 is not an MTreader report.").arg(Isolate::value(path));
        return std::nullopt;
    }
    return o;
}

std::optional<PhoneInfo> DumpReport::phoneOf(const QJsonObject &report)
{
    return PhoneInfo::fromIdentityJson(report.value(QStringLiteral("phone")).toObject());
}

FlashSize DumpReport::flashSizeOf(const QJsonObject &report)
{
    return FlashSize::fromJson(report.value(QStringLiteral("flashSize")).toObject());
}

QString DumpReport::portOf(const QJsonObject &report)
{
    return report.value(QStringLiteral("port")).toString();
}
