// SPDX-License-Identifier: Unlicense
// The few operating-system calls the core needs that Qt does not offer,
// one implementation per platform (Platform_unix.cpp, Platform_win.cpp).
#pragma once

#include <QString>
#include <QtGlobal>

namespace Platform {

// Flushes an open file's data to stable storage (fsync / _commit). On
// failure fills error and says whether the disk was full.
bool syncToDisk(int fileHandle, QString *error, bool *diskFull);

// Takes an advisory exclusive lock on an open serial port, so two MTreader
// jobs never share one. False only when someone else holds the lock.
// Windows opens COM ports exclusively by itself.
bool lockPortExclusively(qintptr portHandle);

} // namespace Platform
