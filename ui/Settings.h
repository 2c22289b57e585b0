// SPDX-License-Identifier: Unlicense
// What the window remembers between runs, with every key and default in one
// place. Tests point MTREADER_SETTINGS_FILE at a temporary INI file so they
// never touch the user's settings.
#pragma once

#include "DumpTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

struct Settings
{
    QString port = DumpDefaults::autoPort();
    QString rangePreset = QStringLiteral("whole"); // RangeEditor::presetKey: whole, 4M, 8M, 16M, custom
    QString start = QStringLiteral("0x0");
    QString length = QStringLiteral("0x400000");
    QString folder;            // empty: the Documents folder
    QString outputName;        // the user's own file name; empty: automatic names
    QStringList recentFolders; // where dumps went lately, newest first
    bool stackAlert = true;    // Keep going: a sound and an alert per phone
    quint32 blockSize = DumpDefaults::kBlockSize;
    bool verify = false;
    bool careful = false;
    bool keepGoing = false;
    QString language; // empty: the system's; "en" or a code such as "pt_BR"
    QByteArray geometry;
    QByteArray windowState;

    void load(const QSettings &s);
    void save(QSettings &s) const;
    // The language alone, the moment it is chosen: a crash later must not lose it.
    static void saveLanguage(QSettings &s, const QString &language);
    // Puts folder first among the recent ones (at most kRecentFolders).
    void rememberFolder(const QString &folder);
    static constexpr int kRecentFolders = 5;

    // The app's QSettings, or the INI file named by MTREADER_SETTINGS_FILE.
    static std::unique_ptr<QSettings> open();
    static constexpr const char *kFileEnvVar = "MTREADER_SETTINGS_FILE";
};
