// SPDX-License-Identifier: Unlicense
#include "Platform.h"

#include <cerrno>
#include <cstring>
#include <sys/file.h>
#include <unistd.h>

bool Platform::syncToDisk(int fileHandle, QString *error, bool *diskFull)
{
    if (::fsync(fileHandle) == 0)
        return true;
    const int e = errno;
    *diskFull = e == ENOSPC;
    *error = QString::fromLocal8Bit(std::strerror(e));
    return false;
}

bool Platform::lockPortExclusively(qintptr portHandle)
{
    // TIOCEXCL, which QSerialPort sets, does not stop root; a lock does.
    return ::flock(int(portHandle), LOCK_EX | LOCK_NB) == 0 || errno != EWOULDBLOCK;
}
