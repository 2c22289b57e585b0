// SPDX-License-Identifier: Unlicense
#include "IdentityText.h"

#include "DumpTypes.h"
#include "Isolate.h"

#include <QLocale>

namespace {

QString size(quint64 bytes)
{
    return Isolate::value(humanSize(qint64(bytes)));
}
} // namespace

QString IdentityText::firmware(const DumpIdentity &id)
{
    if (!id.firmware.romInfo)
        return tr("not recognised (no ROM info: encrypted, not MediaTek's, or not a flash dump)");
    const QString version = id.firmwareVersion().isEmpty() ? tr("no version recorded") : id.firmwareVersion();
    if (id.platformId().isEmpty())
        return version;
    return tr("%1 (%2)").arg(version, id.platformId());
}

QString IdentityText::flashChip(const DumpIdentity &id)
{
    if (!id.manufacturerId || !id.deviceId)
        return tr("not named by the firmware");
    const QString ids = Isolate::value(QStringLiteral("%1, %2")
                                           .arg(*id.manufacturerId, 2, 16, QLatin1Char('0'))
                                           .arg(*id.deviceId, 4, 16, QLatin1Char('0'))
                                           .toUpper());
    const QString vendor = id.vendor.isEmpty() ? tr("unknown maker") : id.vendor;
    if (id.impliedSize)
        return tr("%1 (%2: %3)").arg(vendor, ids, size(*id.impliedSize));
    return tr("%1 (%2)").arg(vendor, ids);
}

QString IdentityText::flashSize(const DumpIdentity &id)
{
    if (id.flashSize.known())
        return tr("%1. %2").arg(size(id.flashSize.bytes), id.flashSize.describe());
    if (id.impliedSize)
        return tr("%1 by the firmware's record. %2").arg(size(*id.impliedSize), id.flashSize.describe());
    return id.flashSize.describe();
}

QString IdentityText::userData(const DumpIdentity &id)
{
    if (!id.userData)
        return tr("not recorded by the firmware");
    return tr("%1 to %2 (%3)")
        .arg(Isolate::hex(id.userData->offset), Isolate::hex(id.userData->offset + id.userData->length),
             size(id.userData->length));
}

QString IdentityText::content(const DumpIdentity &id)
{
    const QLocale l;
    return tr("%1 % erased (%2), %3 % zero")
        .arg(Isolate::value(l.toString(id.content.erasedPercent(), 'f', 1)), Isolate::value(QStringLiteral("0xFF")),
             Isolate::value(l.toString(id.content.zeroPercent(), 'f', 1)));
}

QString IdentityText::file(const FileInfoHeader &f)
{
    const QString name = f.typeName().isEmpty() ? tr("file type %1").arg(Isolate::hex(f.fileType, 4)) : f.typeName();
    if (f.fileLength == 0 || f.fileLength == 0xFFFFFFFFu)
        return tr("%1 at %2").arg(name, Isolate::hex(f.offset));
    return tr("%1 at %2, %3").arg(name, Isolate::hex(f.offset), size(f.fileLength));
}
