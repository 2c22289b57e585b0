// SPDX-License-Identifier: Unlicense
// POSIX side of the console: isatty, the window size and SIGINT/SIGTERM.
#include "Console.h"

#include <csignal>
#include <pthread.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {
// A signal handler can reach only globals; the flag is lock-free atomic.
CancelFlag *g_cancel = nullptr;

extern "C" void onCancelSignal(int)
{
    // A second Ctrl-C means "stop now": the job may be stuck in a long wait.
    if (g_cancel->exchange(true))
        _exit(130);
}
} // namespace

namespace Console {

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

int stderrColumns()
{
    struct winsize ws = {};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

void installCancelHandler(CancelFlag *cancel)
{
    g_cancel = cancel;
    struct sigaction sa = {};
    sa.sa_handler = onCancelSignal;
    sigemptyset(&sa.sa_mask);
    // Restart interrupted system calls: the job polls the flag anyway, and
    // a read failing with EINTR must not look like a broken cable.
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    // A blocked mask survives exec: a parent that blocks these (some test
    // runners and supervisors do) would otherwise make Ctrl-C do nothing.
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGTERM);
    pthread_sigmask(SIG_UNBLOCK, &mask, nullptr);
}

} // namespace Console
