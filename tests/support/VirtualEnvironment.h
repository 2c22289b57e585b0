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
    VirtualPhoneConfig config = VirtualPhoneConfig::mt6261(flashSize, seed);
    config.link = LinkModel::instant();
    return config;
}

// The bytes a dump of [start, start + length) must produce: reads past the
// end of the flash wrap around to its start, or, for a phone that does not
// wrap (VirtualPhoneConfig::wrapsAround false), read erased.
inline QByteArray expectedSlice(const QByteArray &flash, quint64 start, quint64 length, bool wrapsAround = true)
{
    QByteArray out;
    out.reserve(qsizetype(length));
    const auto size = quint64(flash.size());
    for (quint64 i = 0; i < length; ++i) {
        const quint64 at = start + i;
        out.append(at < size ? flash.at(qsizetype(at)) : wrapsAround ? flash.at(qsizetype(at % size)) : char(0xFF));
    }
    return out;
}
