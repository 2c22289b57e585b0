// SPDX-License-Identifier: Unlicense
#include "SerialTransport.h"

#include "Isolate.h"
#include "Log.h"
#include "Platform.h"
#include "WireConstants.h"

#include <QFileInfo>
#include <thread>

using namespace std::chrono;
using Mt::ErrorCode;

namespace {
constexpr auto kOpenRetryStep = 20ms;

// Qt reports both EACCES and EBUSY (and a held lock file) as
// PermissionError. Telling them apart matters: one needs the dialout group
// or a udev rule, the other means another program (ModemManager) has the port.
bool weMayOpen(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path)
    return true; // Windows says "access denied" only when another program holds it
#else
    const QFileInfo info(path);
    return info.isReadable() && info.isWritable();
#endif
}

ErrorCode codeFor(QSerialPort::SerialPortError e, const QString &path)
{
    switch (e) {
    case QSerialPort::PermissionError: return weMayOpen(path) ? ErrorCode::PortBusy : ErrorCode::PermissionDenied;
    case QSerialPort::DeviceNotFoundError: return ErrorCode::PortNotFound;
    case QSerialPort::OpenError: return ErrorCode::PortBusy;
    default: return ErrorCode::PortOpenFailed;
    }
}
} // namespace

std::unique_ptr<SerialTransport> SerialTransport::open(const QString &systemLocation, DumpError &error)
{
    std::unique_ptr<SerialTransport> t(new SerialTransport);
    QSerialPort &port = t->m_port;
    port.setPortName(systemLocation);
    // The phone ignores line settings (docs/protocol.md §1.2): 115200 8N1 as
    // the original tool, but no flow control, which would only let a pty or
    // a port without the modem lines stall the dump.
    port.setBaudRate(QSerialPort::Baud115200);
    port.setDataBits(QSerialPort::Data8);
    port.setParity(QSerialPort::NoParity);
    port.setStopBits(QSerialPort::OneStop);
    port.setFlowControl(QSerialPort::NoFlowControl);

    const auto giveUp = steady_clock::now() + Wire::kPermissionRetryWindow;
    for (;;) {
        if (port.open(QIODevice::ReadWrite))
            break;
        const auto e = port.error();
        const ErrorCode code = codeFor(e, systemLocation);
        if (code == ErrorCode::PermissionDenied && steady_clock::now() < giveUp) {
            port.clearError();
            std::this_thread::sleep_for(kOpenRetryStep);
            continue;
        }
        error.code = code;
        error.port = systemLocation;
        error.detail = tr("Cannot open %1: %2.").arg(Isolate::value(systemLocation), port.errorString());
        return nullptr;
    }
    if (!Platform::lockPortExclusively(qintptr(port.handle()))) {
        port.close();
        error.code = ErrorCode::PortBusy;
        error.port = systemLocation;
        error.detail = tr("%1 is locked by another program.").arg(Isolate::value(systemLocation));
        return nullptr;
    }
    // Raise DTR/RTS as a modem-control-aware host does; on a pty these ioctls
    // fail with "Inappropriate ioctl", which is harmless.
    port.setDataTerminalReady(true);
    port.setRequestToSend(true);
    port.clearError();
    qCDebug(lcPort) << "opened" << systemLocation;
    return t;
}

bool SerialTransport::isGone() const
{
    // A USB unplug shows as ResourceError; a hung-up pty as ReadError.
    const auto e = m_port.error();
    return e == QSerialPort::ResourceError || e == QSerialPort::ReadError || !m_port.isOpen();
}

bool SerialTransport::write(const QByteArray &data)
{
    if (isGone())
        return false;
    if (m_port.write(data) != data.size())
        return false;
    // Push the bytes out now rather than on the next event-loop turn.
    while (m_port.bytesToWrite() > 0) {
        if (!m_port.waitForBytesWritten(1000))
            return !isGone() && m_port.bytesToWrite() == 0;
    }
    return !isGone();
}

Transport::ReadStatus SerialTransport::read(QByteArray &into, qint64 maxBytes, Clock::time_point deadline)
{
    if (m_port.bytesAvailable() == 0) {
        if (isGone())
            return ReadStatus::Disconnected;
        const auto left = duration_cast<milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return ReadStatus::Timeout;
        if (!m_port.waitForReadyRead(int(left.count()))) {
            if (m_port.error() == QSerialPort::TimeoutError) {
                m_port.clearError();
                return ReadStatus::Timeout;
            }
            return isGone() ? ReadStatus::Disconnected : ReadStatus::Error;
        }
    }
    const qint64 n = std::min(maxBytes, m_port.bytesAvailable());
    const qsizetype old = into.size();
    into.resize(old + n);
    const qint64 got = m_port.read(into.data() + old, n);
    into.resize(old + std::max<qint64>(got, 0));
    if (got <= 0)
        return isGone() ? ReadStatus::Disconnected : ReadStatus::Timeout;
    return ReadStatus::Data;
}

void SerialTransport::discardInput()
{
    m_port.clear(QSerialPort::Input);
    m_port.readAll();
}

QString SerialTransport::errorString() const
{
    return m_port.errorString();
}
