// SPDX-License-Identifier: Unlicense
// A DumpEnvironment whose only ports are the in-process virtual phones of a
// rack, for dump tests that need no pty and no hardware.
#pragma once

#include "DumpEnvironment.h"
#include "virtual/FlashImage.h"
#include "virtual/VirtualPhoneRack.h"

#include <memory>

inline DumpEnvironment virtualEnvironment(const std::shared_ptr<VirtualPhoneRack> &rack)
{
    DumpEnvironment env;
    env.lister = [rack] { return rack->ports(); };
    env.opener = [rack](const QString &location, DumpError &error) { return rack->open(location, error); };
    env.pathExists = [](const QString &) { return false; };
    return env;
}

// An MT6261 with a generated flash of the given size and an instant link.
inline VirtualPhoneConfig testPhone(qint64 flashSize = 256 * 1024, quint64 seed = 7)
{
    VirtualPhoneConfig config = VirtualPhoneConfig::mt6261();
    config.flash = FlashImage::generate(flashSize, seed);
    config.link = LinkModel::instant();
    return config;
}

// The bytes a dump of [start, start + length) must produce: reads past the
// end of the flash wrap around to its start.
inline QByteArray expectedSlice(const QByteArray &flash, quint64 start, quint64 length)
{
    QByteArray out;
    out.reserve(qsizetype(length));
    for (quint64 i = 0; i < length; ++i)
        out.append(flash.at(qsizetype((start + i) % quint64(flash.size()))));
    return out;
}
