// SPDX-License-Identifier: Unlicense
// The small sidecar kept beside a partial dump, so a dump interrupted by a
// pulled cable can continue later from the same phone and nowhere else.
#pragma once

#include "DumpTypes.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

struct ResumeState
{
    Q_DECLARE_TR_FUNCTIONS(ResumeState)

public:
    quint64 start = 0;
    quint64 length = 0;
    // A whole-flash dump: length is the size found from the phone, which a
    // resume must find again.
    bool wholeFlash = false;
    PhoneInfo phone;      // who the bytes came from
    qint64 bytesDone = 0; // synced to disk before this was saved
    double seconds = 0;   // reading time of the sessions so far

    // Written atomically (QSaveFile): a crash leaves the old one or the new one.
    bool save(const QString &path, QString *error = nullptr) const;
    static std::optional<ResumeState> load(const QString &path, QString *error = nullptr);

    // Empty when phone is the one this partial dump came from; else a
    // sentence saying how it differs.
    QString mismatchWith(const PhoneInfo &other) const;
};
