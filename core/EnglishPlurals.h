// SPDX-License-Identifier: Unlicense
// The English plural forms of our "%n block(s)" sentences, from
// translations/mtreader_en.ts: without them English reads "1 block(s)".
// Installed first, so every language translator installed later is asked
// before it; a language that lacks a sentence falls back to good English.
#pragma once

namespace EnglishPlurals {

// Once per QCoreApplication; DumpTypes.cpp has it run at start-up, so the
// window, the command line and every test get it without asking.
void install();

} // namespace EnglishPlurals
