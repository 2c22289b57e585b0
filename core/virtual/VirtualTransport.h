// SPDX-License-Identifier: Unlicense
// The Transport onto an in-process VirtualPhone, in real time: what the GUI's
// "Try with a virtual phone" and most tests talk to. With an instant link it
// adds no delay and no per-byte work, so it is never the bottleneck.
#pragma once

#include "Transport.h"
#include "VirtualPhone.h"

#include <QCoreApplication>
#include <QMutex>
#include <functional>
#include <memory>

class VirtualTransport : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(VirtualTransport)

public:
    explicit VirtualTransport(std::shared_ptr<VirtualPhone> phone);
    // For owners that touch the phone from other threads too (the rack):
    // every access to the phone holds lock; onClose runs when the transport
    // is destroyed (the port is closed).
    VirtualTransport(std::shared_ptr<VirtualPhone> phone, std::shared_ptr<QMutex> lock, std::function<void()> onClose);
    ~VirtualTransport() override;

    VirtualTransport(const VirtualTransport &) = delete;
    VirtualTransport &operator=(const VirtualTransport &) = delete;

    bool write(const QByteArray &data) override;
    ReadStatus read(QByteArray &into, qint64 maxBytes, Clock::time_point deadline) override;
    void discardInput() override;
    QString errorString() const override;

private:
    // Gone, and everything it sent has been handed over.
    bool finishedLocked() const;
    // What errorString() says once the phone is gone: like an error of a
    // real port, which a sentence of the client's takes after a colon.
    static QString goneText(VirtualPhone::GoneReason why);

    std::shared_ptr<VirtualPhone> m_phone;
    std::shared_ptr<QMutex> m_lock;
    std::function<void()> m_onClose;
    QByteArray m_pending; // a transfer only partly handed to the reader
    qsizetype m_pendingPos = 0;
    QString m_error;
};
