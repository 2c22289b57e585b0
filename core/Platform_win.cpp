// SPDX-License-Identifier: Unlicense
#include "Platform.h"

#include <cerrno>
#include <cstring>
#include <io.h>

bool Platform::syncToDisk(int fileHandle, QString *error, bool *diskFull)
{
    if (::_commit(fileHandle) == 0)
        return true;
    const int e = errno;
    *diskFull = e == ENOSPC;
    *error = QString::fromLocal8Bit(std::strerror(e));
    return false;
}

bool Platform::lockPortExclusively(qintptr)
{
    return true;
}
