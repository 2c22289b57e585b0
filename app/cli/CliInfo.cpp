// SPDX-License-Identifier: Unlicense
#include "CliInfo.h"

#include "CliExitCode.h"
#include "CliReport.h"
#include "Console.h"
#include "FlashMap.h"
#include "FlashRange.h"
#include "IdentityText.h"
#include "TextFormat.h"
#include "identity/DumpReport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
constexpr int kMapWidth = 720;
constexpr qreal kMapScale = 2.0;

QString row(const QString &label, const QString &text)
{
    return QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -12).arg(text);
}
} // namespace

bool CliInfo::isInfoCommand(const QStringList &args)
{
    return args.size() > 1 && args.at(1) == QLatin1String("info");
}

bool CliInfo::wantsMap(int argc, char *argv[])
{
    if (argc < 2 || QByteArray(argv[1]) != "info")
        return false;
    for (int i = 2; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--map" || a.startsWith("--map="))
            return true;
    }
    return false;
}

int CliInfo::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Tells what a dump holds: firmware, flash chip, user data, content."));
    p.addPositionalArgument(QStringLiteral("info"), tr("The command."));
    p.addPositionalArgument(QStringLiteral("DUMP"), tr("A dump file, made by MTreader or another tool."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print it as one JSON object."));
    const QCommandLineOption map(QStringLiteral("map"), tr("Save a picture of the flash as PNG."),
                                 QStringLiteral("PNG"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   tr("Flash address of the dump's first byte (default: from its report, else 0)."),
                                   QStringLiteral("ADDRESS"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    p.addOptions({json, map, start, help});
    const bool parsed = p.parse(args);
    if (parsed && p.isSet(help)) {
        Console::out(p.helpText());
        return int(CliExitCode::Ok);
    }
    if (!parsed || p.positionalArguments().size() != 2) {
        Console::err(
            (p.errorText().isEmpty() ? tr("Usage: mtreader-cli info DUMP [--json] [--map PNG]") : p.errorText())
            + QLatin1Char('\n'));
        return int(CliExitCode::Usage);
    }
    const QString path = p.positionalArguments().at(1);
    const std::optional<QJsonObject> report = DumpReport::read(DumpReport::pathFor(path));
    const std::optional<quint64> first = startOf(report, p.isSet(start) ? p.value(start) : QString());
    if (!first) {
        Console::err(
            tr("--start needs an address below 4 GiB such as 0 or 0x100000, not \"%1\".\n").arg(p.value(start)));
        return int(CliExitCode::Usage);
    }
    QString why;
    const std::optional<DumpIdentity> id = DumpIdentity::ofFile(
        path, *first, report ? DumpReport::flashSizeOf(*report) : FlashSize{}, &why);
    if (!id) {
        Console::err(tr("Cannot read %1: %2\n").arg(path, why));
        return int(CliExitCode::Io);
    }
    if (p.isSet(map)) {
        const QImage image = FlashMap(*id).render(kMapWidth, kMapScale, QGuiApplication::font());
        if (!image.save(p.value(map), "PNG")) {
            Console::err(tr("Cannot save the map to %1.\n").arg(p.value(map)));
            return int(CliExitCode::Io);
        }
    }
    const std::optional<PhoneInfo> phone = report ? DumpReport::phoneOf(*report) : std::nullopt;
    if (p.isSet(json))
        printJson(path, *id, report.has_value(), phone);
    else
        printText(path, *id, phone);
    return int(CliExitCode::Ok);
}

std::optional<quint64> CliInfo::startOf(const std::optional<QJsonObject> &report, const QString &given)
{
    // The phone's whole address space; a start beyond it is no flash address.
    constexpr quint64 kAddressSpace = 1ull << 32;
    if (!given.isEmpty()) {
        const std::optional<quint64> s = parseNumber(given);
        return s && *s < kAddressSpace ? s : std::nullopt;
    }
    // A report is a file anyone can edit: a start outside the address space
    // is not believed (nor converted, which would be undefined).
    const double reported = report
        ? report->value(QStringLiteral("range")).toObject().value(QStringLiteral("start")).toDouble()
        : 0;
    return reported >= 0 && reported < double(kAddressSpace) ? quint64(reported) : 0;
}

void CliInfo::printJson(const QString &path, const DumpIdentity &id, bool hasReport,
                        const std::optional<PhoneInfo> &phone)
{
    QJsonObject o = DumpReport::identityJson(id);
    o.insert(QStringLiteral("file"), QFileInfo(path).absoluteFilePath());
    o.insert(QStringLiteral("report"), hasReport);
    if (phone)
        o.insert(QStringLiteral("phone"), phone->identityJson());
    o.insert(QStringLiteral("flashSize"), id.flashSize.toJson());
    CliReport::printJson(o);
}

void CliInfo::printText(const QString &path, const DumpIdentity &id, const std::optional<PhoneInfo> &phone)
{
    QString text = row(tr("File"), tr("%1 (%2)").arg(path, humanSize(qint64(id.length))));
    text += row(tr("SHA-256"), QString::fromLatin1(id.content.sha256.toHex()));
    text += row(tr("CRC32"), QStringLiteral("%1").arg(id.content.crc32, 8, 16, QLatin1Char('0')));
    text += row(tr("Phone"),
                phone ? tr("%1, ME ID %2").arg(TextFormat::phoneSummary(*phone), phone->meIdHex())
                      : tr("not known: no report next to the file"));
    text += row(tr("Flash size"), IdentityText::flashSize(id));
    text += row(tr("Firmware"), IdentityText::firmware(id));
    text += row(tr("Flash chip"), IdentityText::flashChip(id));
    text += row(tr("User data"), IdentityText::userData(id));
    text += row(tr("Content"), IdentityText::content(id));
    for (const FileInfoHeader &f : id.firmware.files)
        text += row(tr("File info"), IdentityText::file(f));
    for (const QString &w : id.warnings)
        text += row(tr("Warning"), w);
    Console::out(text);
}
