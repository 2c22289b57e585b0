// SPDX-License-Identifier: Unlicense
// Text output of the CLI in the local encoding, flushed at once so progress
// and messages interleave in the order they happened.
#include "Console.h"

#include <cstdio>

namespace Console {

void out(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace Console
