// SPDX-License-Identifier: Unlicense
#include "Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Key {
const QString port = QStringLiteral("dump/port");
// A word since the list of choices changed; the old index key is not read.
const QString rangePreset = QStringLiteral("dump/range");
const QString start = QStringLiteral("dump/start");
const QString length = QStringLiteral("dump/length");
const QString folder = QStringLiteral("output/folder");
const QString outputName = QStringLiteral("output/name");
const QString recentFolders = QStringLiteral("output/recentFolders");
const QString stackAlert = QStringLiteral("dump/keepGoingAlert");
const QString blockSize = QStringLiteral("advanced/blockSize");
const QString verify = QStringLiteral("advanced/verify");
const QString careful = QStringLiteral("advanced/careful");
const QString keepGoing = QStringLiteral("dump/keepGoing");
const QString language = QStringLiteral("ui/language");
const QString geometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
} // namespace Key

void Settings::load(const QSettings &s)
{
    // A missing key keeps the default above; a damaged one too.
    const Settings d;
    port = s.value(Key::port, d.port).toString();
    rangePreset = s.value(Key::rangePreset, d.rangePreset).toString();
    start = s.value(Key::start, d.start).toString();
    length = s.value(Key::length, d.length).toString();
    folder = s.value(Key::folder, d.folder).toString();
    outputName = s.value(Key::outputName, d.outputName).toString();
    recentFolders = s.value(Key::recentFolders, d.recentFolders).toStringList();
    stackAlert = s.value(Key::stackAlert, d.stackAlert).toBool();
    bool ok = false;
    blockSize = s.value(Key::blockSize, d.blockSize).toUInt(&ok);
    if (!ok || blockSize == 0)
        blockSize = d.blockSize;
    verify = s.value(Key::verify, d.verify).toBool();
    careful = s.value(Key::careful, d.careful).toBool();
    keepGoing = s.value(Key::keepGoing, d.keepGoing).toBool();
    language = s.value(Key::language, d.language).toString();
    geometry = s.value(Key::geometry).toByteArray();
    windowState = s.value(Key::windowState).toByteArray();
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        // A minimal system (a fresh account, a server) may have no Documents
        // folder. A remembered folder that is gone (a USB stick) stays, and
        // Dump says so.
        if (!QDir(folder).exists())
            folder = QDir::homePath();
    }
}

void Settings::saveLanguage(QSettings &s, const QString &language)
{
    s.setValue(Key::language, language);
}

void Settings::rememberFolder(const QString &f)
{
    if (f.isEmpty())
        return;
    recentFolders.removeAll(f);
    recentFolders.prepend(f);
    while (recentFolders.size() > kRecentFolders)
        recentFolders.removeLast();
}

void Settings::save(QSettings &s) const
{
    s.setValue(Key::port, port);
    s.setValue(Key::rangePreset, rangePreset);
    s.setValue(Key::start, start);
    s.setValue(Key::length, length);
    s.setValue(Key::folder, folder);
    s.setValue(Key::outputName, outputName);
    s.setValue(Key::recentFolders, recentFolders);
    s.setValue(Key::stackAlert, stackAlert);
    s.setValue(Key::blockSize, blockSize);
    s.setValue(Key::verify, verify);
    s.setValue(Key::careful, careful);
    s.setValue(Key::keepGoing, keepGoing);
    s.setValue(Key::language, language);
    s.setValue(Key::geometry, geometry);
    s.setValue(Key::windowState, windowState);
}

std::unique_ptr<QSettings> Settings::open()
{
    const QString file = qEnvironmentVariable(kFileEnvVar);
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    return std::make_unique<QSettings>(); // organisation and application set in main()
}
