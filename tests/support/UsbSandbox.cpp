// SPDX-License-Identifier: Unlicense
#include "UsbSandbox.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {
bool g_inside = false;
std::atomic<int> g_seqnum{0};
std::atomic<int> g_nextBusPort{1};

const QString kUsbRoot = QStringLiteral("/sys/devices/pci0000:00/0000:00:14.0/usb1");

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

bool makeLink(const QString &target, const QString &at)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(at).constData()) == 0;
}

bool mountOrSay(const char *source, const char *target, const char *type, unsigned long flags, const char *data,
                QString *why)
{
    if (::mount(source, target, type, flags, data) == 0)
        return true;
    return fail(why,
                QStringLiteral("mount %1 on %2: %3")
                    .arg(QLatin1String(type ? type : "bind"), QLatin1String(target), errnoText()));
}

// /dev/null and friends: bind-mounted from the host's /dev, which works
// where a device cgroup forbids mknod.
bool populateDev(QString *why)
{
    const char *nodes[] = {"null", "zero", "full", "random", "urandom", "tty"};
    for (const char *node : nodes) {
        const QString host = QStringLiteral("/run/.hostdev/%1").arg(QLatin1String(node));
        const QString mine = QStringLiteral("/dev/%1").arg(QLatin1String(node));
        if (!QFile::exists(host))
            continue;
        if (!writeFile(mine, {}))
            return fail(why, QStringLiteral("cannot create %1").arg(mine));
        const QByteArray from = QFile::encodeName(host);
        const QByteArray to = QFile::encodeName(mine);
        if (!mountOrSay(from.constData(), to.constData(), nullptr, MS_BIND, nullptr, why))
            return false;
    }
    ::mkdir("/dev/pts", 0755);
    if (!mountOrSay("devpts", "/dev/pts", "devpts", 0, "newinstance,ptmxmode=0666,mode=0620", why))
        return false;
    ::mkdir("/dev/shm", 01777);
    return makeLink(QStringLiteral("pts/ptmx"), QStringLiteral("/dev/ptmx"))
        && makeLink(QStringLiteral("/proc/self/fd"), QStringLiteral("/dev/fd"))
        && makeLink(QStringLiteral("/proc/self/fd/0"), QStringLiteral("/dev/stdin"))
        && makeLink(QStringLiteral("/proc/self/fd/1"), QStringLiteral("/dev/stdout"))
        && makeLink(QStringLiteral("/proc/self/fd/2"), QStringLiteral("/dev/stderr"));
}

// Hash of a string as libudev's socket filter compares it (MurmurHash2, seed 0).
quint32 filterHash(const QByteArray &s)
{
    constexpr quint32 m = 0x5bd1e995;
    quint32 h = quint32(s.size());
    const auto *p = reinterpret_cast<const unsigned char *>(s.constData());
    qsizetype left = s.size();
    for (; left >= 4; left -= 4, p += 4) {
        quint32 k = quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
        k *= m;
        k ^= k >> 24;
        k *= m;
        h = h * m ^ k;
    }
    switch (left) {
    case 3: h ^= quint32(p[2]) << 16; [[fallthrough]];
    case 2: h ^= quint32(p[1]) << 8; [[fallthrough]];
    case 1:
        h ^= p[0];
        h *= m;
        break;
    default: break;
    }
    h ^= h >> 13;
    h *= m;
    h ^= h >> 15;
    return h;
}

// The header udevd puts before the properties of every event it sends.
struct UdevMessageHeader
{
    char prefix[8];
    quint32 magic; // network order
    quint32 headerSize;
    quint32 propertiesOffset;
    quint32 propertiesLength;
    quint32 subsystemHash; // network order, for the socket filter
    quint32 devtypeHash;
    quint32 tagBloomHigh;
    quint32 tagBloomLow;
};
constexpr quint32 kUdevMagic = 0xfeedcafe;
constexpr quint32 kUdevGroup = 2;
} // namespace

bool UsbSandbox::isInside()
{
    return g_inside;
}

bool UsbSandbox::enter(QString *why)
{
    if (::geteuid() != 0)
        return fail(why, QStringLiteral("needs root: a mount and network namespace of its own"));
    if (::unshare(CLONE_NEWNS | CLONE_NEWNET) != 0)
        return fail(why, QStringLiteral("unshare(CLONE_NEWNS | CLONE_NEWNET) refused: %1").arg(errnoText()));
    // Nothing done here may reach the host's mounts.
    if (!mountOrSay(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr, why)
        || !mountOrSay("none", "/run", "tmpfs", 0, "mode=0755", why))
        return false;
    ::mkdir("/run/.hostdev", 0700);
    if (!mountOrSay("/dev", "/run/.hostdev", nullptr, MS_BIND, nullptr, why)
        || !mountOrSay("none", "/dev", "tmpfs", 0, "mode=0755", why) || !populateDev(why))
        return false;
    ::umount2("/run/.hostdev", MNT_DETACH);
    ::rmdir("/run/.hostdev");
    if (!mountOrSay("none", "/sys", "tmpfs", 0, "mode=0755", why))
        return false;
    // libudev follows udev's events only where udevd seems to run.
    const bool made = QDir().mkpath(QStringLiteral("/run/udev/data"))
        && writeFile(QStringLiteral("/run/udev/control"), {}) && QDir().mkpath(QStringLiteral("/sys/class/tty"))
        && QDir().mkpath(QStringLiteral("/sys/bus/usb/drivers")) && QDir().mkpath(kUsbRoot);
    ::mkdir("/run/lock", 01777);
    if (!made)
        return fail(why, QStringLiteral("cannot lay out /sys and /run/udev"));
    // sysfs is a tmpfs here: let libudev take it anyway.
    ::setenv("SYSTEMD_DEVICE_VERIFY_SYSFS", "0", 1);
    if (const char *runtime = ::getenv("XDG_RUNTIME_DIR"); runtime && std::strncmp(runtime, "/run/", 5) == 0) {
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        ::chmod(runtime, 0700);
    }
    g_inside = true;
    return true;
}

FakeUsbSerial::FakeUsbSerial(UsbSerialSpec spec) : m_spec(std::move(spec))
{
    // The kernel's majors: ttyUSB 188, ttyACM 166, anything else a plain tty.
    m_major = m_spec.name.startsWith(QLatin1String("ttyUSB")) ? 188
        : m_spec.name.startsWith(QLatin1String("ttyACM"))     ? 166
                                                              : 4;
    const auto digits = QRegularExpression(QStringLiteral("(\\d+)$")).match(m_spec.name);
    m_minor = digits.hasMatch() ? digits.captured(1).toInt() : 0;
    m_busPort = g_nextBusPort++;
}

FakeUsbSerial::~FakeUsbSerial()
{
    unplug();
}

QString FakeUsbSerial::devNode() const
{
    return QStringLiteral("/dev/") + m_spec.name;
}

QString FakeUsbSerial::ttyPath() const
{
    return QStringLiteral("%1/1-%2/1-%2:1.0/tty/%3").arg(kUsbRoot).arg(m_busPort).arg(m_spec.name);
}

QString FakeUsbSerial::dbPath() const
{
    return QStringLiteral("/run/udev/data/c%1:%2").arg(m_major).arg(m_minor);
}

QList<QByteArray> FakeUsbSerial::udevProperties() const
{
    const QByteArray vid = QByteArray::number(m_spec.vendorId, 16).rightJustified(4, '0');
    const QByteArray pid = QByteArray::number(m_spec.productId, 16).rightJustified(4, '0');
    const QByteArray vendor = m_spec.vendorName.isEmpty() ? vid : m_spec.vendorName.toUtf8();
    const QByteArray model = m_spec.modelName.isEmpty() ? pid : m_spec.modelName.toUtf8();
    return {"ID_BUS=usb",
            "ID_VENDOR=" + vendor,
            "ID_VENDOR_ENC=" + vendor,
            "ID_VENDOR_ID=" + vid,
            "ID_MODEL=" + model,
            "ID_MODEL_ENC=" + model,
            "ID_MODEL_ID=" + pid,
            "ID_REVISION=0100",
            "ID_SERIAL=" + vendor + '_' + model,
            "ID_USB_INTERFACE_NUM=00",
            "ID_USB_DRIVER=" + m_spec.driver.toUtf8()};
}

bool FakeUsbSerial::makeTree(QString *why) const
{
    const QString usb = QStringLiteral("%1/1-%2").arg(kUsbRoot).arg(m_busPort);
    const QString iface = usb + QStringLiteral("/1-%1:1.0").arg(m_busPort);
    const QString tty = ttyPath();
    const QString driverDir = QStringLiteral("/sys/bus/usb/drivers/") + m_spec.driver;
    const QByteArray vid = QByteArray::number(m_spec.vendorId, 16).rightJustified(4, '0');
    const QByteArray pid = QByteArray::number(m_spec.productId, 16).rightJustified(4, '0');
    const QByteArray product = QByteArray::number(m_spec.vendorId, 16) + '/' + QByteArray::number(m_spec.productId, 16)
        + "/100";
    const QByteArray devNumbers = QByteArray::number(m_major) + ':' + QByteArray::number(m_minor) + "\n";
    const QByteArray devnum = QByteArray::number(m_busPort + 1).rightJustified(3, '0');
    const QByteArray usbEvent = "MAJOR=189\nMINOR=" + QByteArray::number(m_busPort) + "\nDEVNAME=bus/usb/001/" + devnum
        + "\nDEVTYPE=usb_device\nDRIVER=usb\nPRODUCT=" + product + "\nTYPE=2/0/0\nBUSNUM=001\nDEVNUM=" + devnum + "\n";
    const QByteArray ifaceEvent = "DEVTYPE=usb_interface\nDRIVER=" + m_spec.driver.toUtf8() + "\nPRODUCT=" + product
        + "\nTYPE=2/0/0\nINTERFACE=2/2/1\n";
    const QByteArray ttyEvent = "MAJOR=" + QByteArray::number(m_major) + "\nMINOR=" + QByteArray::number(m_minor)
        + "\nDEVNAME=" + m_spec.name.toUtf8() + "\n";
    QByteArray db = "I:" + QByteArray::number(qint64(::time(nullptr)) * 1000000) + "\n";
    for (const QByteArray &p : udevProperties())
        db += "E:" + p + "\n";
    const bool ok = QDir().mkpath(tty) && QDir().mkpath(driverDir)
        && writeFile(usb + QStringLiteral("/idVendor"), vid + "\n")
        && writeFile(usb + QStringLiteral("/idProduct"), pid + "\n")
        && writeFile(usb + QStringLiteral("/uevent"), usbEvent)
        && makeLink(QStringLiteral("/sys/bus/usb"), usb + QStringLiteral("/subsystem"))
        && writeFile(iface + QStringLiteral("/uevent"), ifaceEvent)
        && makeLink(QStringLiteral("/sys/bus/usb"), iface + QStringLiteral("/subsystem"))
        && makeLink(driverDir, iface + QStringLiteral("/driver"))
        && writeFile(tty + QStringLiteral("/uevent"), ttyEvent) && writeFile(tty + QStringLiteral("/dev"), devNumbers)
        && makeLink(QStringLiteral("/sys/class/tty"), tty + QStringLiteral("/subsystem"))
        && makeLink(tty, QStringLiteral("/sys/class/tty/") + m_spec.name) && writeFile(dbPath(), db);
    return ok || fail(why, QStringLiteral("cannot lay out %1 in sysfs: %2").arg(m_spec.name, errnoText()));
}

bool FakeUsbSerial::makeNode(QString *why)
{
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
        return fail(why, QStringLiteral("no pty: %1").arg(errnoText()));
    char slave[128];
    if (::ptsname_r(m_master, slave, sizeof slave) != 0)
        return fail(why, QStringLiteral("ptsname: %1").arg(errnoText()));
    // Our own end of the slave stays open, so the master never hangs up
    // while the host opens and closes it; raw, as a USB serial port is.
    m_slave = ::open(slave, O_RDWR | O_NOCTTY | O_CLOEXEC);
    termios t{};
    if (m_slave < 0 || ::tcgetattr(m_slave, &t) != 0)
        return fail(why, QStringLiteral("cannot open %1: %2").arg(QLatin1String(slave), errnoText()));
    ::cfmakeraw(&t);
    ::tcsetattr(m_slave, TCSANOW, &t);
    return makeLink(QLatin1String(slave), devNode()) || fail(why, QStringLiteral("cannot link %1").arg(devNode()));
}

bool FakeUsbSerial::plug(QString *why)
{
    if (!UsbSandbox::isInside())
        return fail(why, QStringLiteral("not inside the USB sandbox"));
    if (m_plugged)
        return true;
    m_plugged = true; // so that a half-made port is unplugged again
    if (!makeTree(why) || (m_spec.makeNode && !makeNode(why)) || !sendEvent("add", why)) {
        unplug();
        return false;
    }
    return true;
}

void FakeUsbSerial::unplug()
{
    if (!m_plugged)
        return;
    m_plugged = false;
    if (m_spec.makeNode)
        QFile::remove(devNode());
    for (int *fd : {&m_slave, &m_master}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
    QFile::remove(QStringLiteral("/sys/class/tty/") + m_spec.name);
    QDir(QStringLiteral("%1/1-%2").arg(kUsbRoot).arg(m_busPort)).removeRecursively();
    QFile::remove(dbPath());
    sendEvent("remove", nullptr);
}

bool FakeUsbSerial::sendEvent(const char *action, QString *why) const
{
    QByteArray properties;
    auto add = [&properties](const QByteArray &keyValue) {
        properties += keyValue;
        properties += '\0';
    };
    add(QByteArray("ACTION=") + action);
    add("DEVPATH=" + ttyPath().mid(4).toUtf8()); // without "/sys"
    add("SUBSYSTEM=tty");
    add("DEVNAME=" + QFile::encodeName(devNode()));
    add("SEQNUM=" + QByteArray::number(++g_seqnum));
    add("MAJOR=" + QByteArray::number(m_major));
    add("MINOR=" + QByteArray::number(m_minor));
    add("USEC_INITIALIZED=" + QByteArray::number(qint64(::time(nullptr)) * 1000000));
    for (const QByteArray &p : udevProperties())
        add(p);

    UdevMessageHeader header{};
    std::memcpy(header.prefix, "libudev", 8);
    header.magic = htonl(kUdevMagic);
    header.headerSize = sizeof header;
    header.propertiesOffset = sizeof header;
    header.propertiesLength = quint32(properties.size());
    header.subsystemHash = htonl(filterHash("tty"));

    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_KOBJECT_UEVENT);
    if (fd < 0)
        return fail(why, QStringLiteral("netlink socket: %1").arg(errnoText()));
    sockaddr_nl to{};
    to.nl_family = AF_NETLINK;
    to.nl_groups = kUdevGroup;
    iovec parts[2] = {{&header, sizeof header}, {properties.data(), size_t(properties.size())}};
    msghdr message{};
    message.msg_name = &to;
    message.msg_namelen = sizeof to;
    message.msg_iov = parts;
    message.msg_iovlen = 2;
    const bool sent = ::sendmsg(fd, &message, 0) >= 0;
    const QString error = errnoText();
    ::close(fd);
    return sent || fail(why, QStringLiteral("cannot send udev's %1 event: %2").arg(QLatin1String(action), error));
}
