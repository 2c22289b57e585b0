// SPDX-License-Identifier: Unlicense
// The report written next to every dump (FILE.report.json): what was read,
// from which phone, how, and what the bytes turned out to be. Its fields
// are documented in docs/report.md; `mtreader-cli info` and the window read
// it back.
#pragma once

#include "DumpTypes.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace DumpReport {

constexpr int kFormatVersion = 1;

// FILE.report.json
QString pathFor(const QString &dumpPath);

QJsonObject build(const DumpRequest &request, const DumpResult &result);
// Written atomically; false with the reason in *error.
bool write(const QString &path, const QJsonObject &report, QString *error = nullptr);
// A report as written by build(); nothing when the file is missing or not one.
std::optional<QJsonObject> read(const QString &path, QString *error = nullptr);

// The parts of a report that describe a dump without its bytes: the phone
// and the size found from it.
std::optional<PhoneInfo> phoneOf(const QJsonObject &report);
FlashSize flashSizeOf(const QJsonObject &report);
QString portOf(const QJsonObject &report);

// What the bytes are, as JSON: for the report and for `mtreader-cli info`.
QJsonObject identityJson(const DumpIdentity &identity);

} // namespace DumpReport
