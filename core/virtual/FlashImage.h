// SPDX-License-Identifier: Unlicense
// A made-up but realistic MT6261 flash image for the virtual phone, so dumps
// can be checked byte for byte without shipping anyone's firmware.
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace FlashImage {

// Starts with "SF_BOOT" and a header, then code-like, blank (0xFF), text and
// table regions, all derived from seed with our own PRNG: the same (size,
// seed) gives the same bytes on every platform and compiler.
QByteArray generate(qint64 size, quint64 seed = 1);

// The PRNG behind it (splitmix64), shared with the model's made-up BROM code.
quint64 splitmix64(quint64 &state);

} // namespace FlashImage
