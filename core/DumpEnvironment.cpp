// SPDX-License-Identifier: Unlicense
#include "DumpEnvironment.h"

#include "SerialTransport.h"

#include <QFileInfo>

std::unique_ptr<Transport> DumpEnvironment::openSerialTransport(const QString &systemLocation, DumpError &error)
{
    return SerialTransport::open(systemLocation, error);
}

bool DumpEnvironment::defaultPathExists(const QString &path)
{
    return QFileInfo::exists(path);
}
