// SPDX-License-Identifier: Unlicense
// The production transport: a QSerialPort used with its blocking waitFor*
// calls. Create and use it in one thread (the worker's).
#pragma once

#include "DumpError.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QSerialPort>
#include <memory>

class SerialTransport : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(SerialTransport)

public:
    // Opens the port, retrying briefly on permission errors because udev may
    // grant access a moment after the node appears. On failure returns null
    // and fills error with PermissionDenied, PortBusy, PortNotFound or
    // PortOpenFailed.
    static std::unique_ptr<SerialTransport> open(const QString &systemLocation, DumpError &error);

    bool write(const QByteArray &data) override;
    ReadStatus read(QByteArray &into, qint64 maxBytes, Clock::time_point deadline) override;
    void discardInput() override;
    QString errorString() const override;

    QSerialPort &port() { return m_port; }

private:
    SerialTransport() = default;
    bool isGone() const;

    QSerialPort m_port;
};
