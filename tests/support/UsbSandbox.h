// SPDX-License-Identifier: Unlicense
// A pretend USB host for the tests and benchmarks that need Qt's real port
// enumeration: a private mount and network namespace whose /sys, /dev (with
// a devpts of its own) and /run start empty. In it FakeUsbSerial makes a USB
// serial port as the kernel and udev would: a sysfs device tree, a udev
// database entry, a /dev node, and udev's event on the namespace's own
// netlink, in libudev's format. Linux and root only.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace UsbSandbox {
// Enters the sandbox. Call first in main, before anything starts a thread
// (a process with threads cannot take a mount namespace of its own, and Qt
// reads udev's state once). False, with the reason, where it is not
// possible: not Linux, not root, unshare or mount refused.
bool enter(QString *why);
bool isInside();
} // namespace UsbSandbox

struct UsbSerialSpec
{
    QString name = QStringLiteral("ttyACM0"); // the tty, /dev/<name>
    quint16 vendorId = 0x0E8D;
    quint16 productId = 0x0003;
    QString driver = QStringLiteral("cdc_acm");
    // The USB strings. Empty, as on a BROM port without string descriptors:
    // udev then names vendor and model by their hex ids.
    QString vendorName;
    QString modelName;
    // False when something else (a PtyPhone) makes /dev/<name> itself;
    // otherwise the port makes a pty of its own and links it there.
    bool makeNode = true;
};

class FakeUsbSerial
{
public:
    explicit FakeUsbSerial(UsbSerialSpec spec);
    ~FakeUsbSerial(); // unplugs
    FakeUsbSerial(const FakeUsbSerial &) = delete;
    FakeUsbSerial &operator=(const FakeUsbSerial &) = delete;

    // sysfs, udev database, node, then udev's "add" event.
    bool plug(QString *why = nullptr);
    // Node, sysfs and database gone, then udev's "remove" event.
    void unplug();
    bool isPlugged() const { return m_plugged; }

    QString devNode() const;
    // The pty master behind the node when the port made its own; -1 otherwise.
    int master() const { return m_master; }

private:
    QString ttyPath() const; // under /sys/devices
    QString dbPath() const;  // udev's database entry
    QList<QByteArray> udevProperties() const;
    bool makeTree(QString *why) const;
    bool makeNode(QString *why);
    bool sendEvent(const char *action, QString *why) const;

    UsbSerialSpec m_spec;
    int m_major = 0;
    int m_minor = 0;
    int m_busPort = 0;
    int m_master = -1;
    int m_slave = -1;
    bool m_plugged = false;
};
