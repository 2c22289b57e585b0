// SPDX-License-Identifier: Unlicense
// A value set into a sentence (a path, port, size, hex number, hash) in a
// right-to-left language: wrapped in a left-to-right isolate (U+2066 ...
// U+2069), so it reads as written and leaves the order of the sentence
// around it alone; a pair of marks alone does not. Every such value goes
// through here, never through the translations. Off unless the window's
// language is right to left: a terminal has no use for it.
#pragma once

#include <QString>

namespace Isolate {

// The window turns it on with a right-to-left language, off otherwise.
void setEnabled(bool enabled);
bool isEnabled();

QString value(const QString &text);
// An address or code as "0x1f000" (digits: zero-padded to at least that
// many), isolated whole: "0x" must stay on the left of its digits.
QString hex(quint64 number, int digits = 0);

} // namespace Isolate
