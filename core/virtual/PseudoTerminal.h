// SPDX-License-Identifier: Unlicense
// A pseudo-terminal made to look like a USB serial port (Unix only): raw, so
// no byte is echoed or translated, with the master for whoever plays the
// device and the slave's path for the host. The virtual phone, the tests'
// ports that are no phone, the USB sandbox's fake device and the benchmarks
// all make theirs here.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class PseudoTerminal
{
public:
    struct Options
    {
        // Our own slave fd kept open: the master then never sees a hangup
        // while no host has the port open.
        bool keepSlaveOpen = true;
        bool nonBlocking = false; // both ends; close-on-exec is always set
    };

    // nullptr, with why set, when the system has no pty to give.
    static std::unique_ptr<PseudoTerminal> open(const Options &options, QString *why = nullptr);
    ~PseudoTerminal(); // closes both ends
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;

    int master() const { return m_master; }
    int slaveFd() const { return m_slave; }           // -1 unless kept open
    QString slavePath() const { return m_slavePath; } // /dev/pts/N

    // Makes link a symlink to the slave in one step (made aside and renamed
    // into place), so a host watching for the path never finds it half made.
    bool appearAt(const QString &link, QString *why = nullptr) const;
    // Removes link if it still leads to this slave (another pty may have
    // taken the name since).
    void disappearFrom(const QString &link) const;

private:
    PseudoTerminal() = default;

    int m_master = -1;
    int m_slave = -1;
    QString m_slavePath;
};
