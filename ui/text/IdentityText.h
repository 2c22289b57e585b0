// SPDX-License-Identifier: Unlicense
// What a dump is, in sentences: its firmware, its flash chip and size, where
// the user data is, what the bytes look like. The Done panel, the dump view
// and `mtreader-cli info` all say it the same way.
#pragma once

#include "identity/DumpIdentity.h"

#include <QCoreApplication>
#include <QString>

class IdentityText
{
    Q_DECLARE_TR_FUNCTIONS(IdentityText)

public:
    // "MAUI.11CW1418SP.W15.19 (…_MT6261_S00.BIN)", or says it is not recognised.
    static QString firmware(const DumpIdentity &id);
    // "GigaDevice (C8, device 4016: 4.00 MiB)", or that no record names it.
    static QString flashChip(const DumpIdentity &id);
    // "4.00 MiB, found from the phone: …"
    static QString flashSize(const DumpIdentity &id);
    // "0x300000 to 0x400000 (1.00 MiB)", or that none is known.
    static QString userData(const DumpIdentity &id);
    // "23.1 % erased, 1.4 % zero"
    static QString content(const DumpIdentity &id);
    // "boot loader at 0x1000, 45.0 KiB"
    static QString file(const FileInfoHeader &file);
};
