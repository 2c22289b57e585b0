// SPDX-License-Identifier: Unlicense
// The terminal as the CLI sees it: where text goes, whether stderr is a
// terminal worth redrawing, and Ctrl-C turned into a cancel request.
#pragma once

#include "CancelFlag.h"

#include <QString>

namespace Console {

// Results for scripts go to stdout; everything for people to stderr.
void out(const QString &text);
void err(const QString &text);

// Whether stderr is an interactive terminal (a redrawn progress line makes
// sense) rather than a file or pipe (plain lines make sense).
bool stderrIsTerminal();
// Columns of the terminal on stderr; 80 when unknown.
int stderrColumns();

// Ctrl-C and SIGTERM (console close / Ctrl-Break on Windows) set *cancel; a
// second one ends the process at once with exit code 130.
void installCancelHandler(CancelFlag *cancel);

} // namespace Console
