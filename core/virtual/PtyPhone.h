// SPDX-License-Identifier: Unlicense
// The virtual phone behind a real pseudo-terminal (Unix only), so the real
// QSerialPort path is exercised: the port appears as a symlink to /dev/pts/N
// and vanishes, taking the master with it, when the phone is gone.
#pragma once

#include "VirtualPhone.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

class PseudoTerminal;

class PtyPhone
{
public:
    // Called from the pty thread with one line of news: "plugged in at
    // /tmp/vp0 -> /dev/pts/3", "gone: software reset".
    using StatusCallback = std::function<void(const QString &line)>;

    PtyPhone(VirtualPhoneConfig config, QString linkPath);
    ~PtyPhone(); // stops
    PtyPhone(const PtyPhone &) = delete;
    PtyPhone &operator=(const PtyPhone &) = delete;

    void setStatusCallback(StatusCallback callback); // before start()

    // Returns at once. After plugDelay (plus 2 s with LatePort) the link
    // appears, created atomically so it is openable the moment it exists.
    // With ReEnumerationLoop the port vanishes at the end of each handshake
    // window and a fresh pty appears 200 ms later, until a handshake.
    bool start(std::chrono::milliseconds plugDelay, QString *error = nullptr);
    void stop();            // unplug now
    bool isPresent() const; // the link exists now
    bool waitUntilGone(std::chrono::milliseconds timeout);
    VirtualPhone::GoneReason goneReason() const;
    QByteArray flashSha256() const; // raw 32 bytes; toHex() for text
    QString slavePath() const;      // the current /dev/pts/N, empty when absent

private:
    using Clock = VirtualPhone::Clock;
    // A transfer only partly written to the master.
    struct Pending
    {
        QByteArray bytes;
        qsizetype pos = 0;
    };

    void run(std::chrono::milliseconds plugDelay);
    // One enumeration of the port, until its phone is gone.
    VirtualPhone::GoneReason servePort();
    // One enumeration's pty and the link to it; reports failures.
    std::unique_ptr<PseudoTerminal> openPort();
    void removePort(std::unique_ptr<PseudoTerminal> pty);
    // Writes the transfers due now; true while some wait for the host to read.
    static bool writeDue(int master, VirtualPhone &phone, Pending &out);
    bool sleepUntil(Clock::time_point until); // false when stopped
    void report(const QString &line);
    void finish(VirtualPhone::GoneReason why);

    VirtualPhoneConfig m_config;
    QString m_linkPath;
    StatusCallback m_status;
    std::thread m_thread;
    int m_wake[2] = {-1, -1}; // self-pipe: stop() interrupts poll()
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_present{false};
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_finished = false;
    VirtualPhone::GoneReason m_reason = VirtualPhone::GoneReason::None;
    QString m_slavePath;
};
