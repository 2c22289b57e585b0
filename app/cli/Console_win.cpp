// SPDX-License-Identifier: Unlicense
// Windows side of the console: _isatty, the console width and Ctrl-C through
// SetConsoleCtrlHandler (Windows has no SIGTERM to catch).
#include "Console.h"

#include <io.h>
#include <windows.h>

#include <cstdio>
#include <cstdlib>

namespace {
CancelFlag *g_cancel = nullptr;

BOOL WINAPI onConsoleCtrl(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
        // A second Ctrl-C means "stop now": the job may be stuck in a long wait.
        if (g_cancel->exchange(true))
            std::_Exit(130);
        return TRUE;
    default: return FALSE;
    }
}
} // namespace

namespace Console {

bool stderrIsTerminal()
{
    return _isatty(_fileno(stderr)) != 0;
}

int stderrColumns()
{
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (GetConsoleScreenBufferInfo(GetStdHandle(STD_ERROR_HANDLE), &info))
        return info.srWindow.Right - info.srWindow.Left + 1;
    return 80;
}

void installCancelHandler(CancelFlag *cancel)
{
    g_cancel = cancel;
    SetConsoleCtrlHandler(onConsoleCtrl, TRUE);
}

} // namespace Console
