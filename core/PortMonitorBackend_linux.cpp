// SPDX-License-Identifier: Unlicense
// Linux: udev's own events (netlink group "udev", subsystem tty), which come
// after the rules have run, so the port is complete and permitted when we
// hear of it and the event carries its USB id. Without udev (a container,
// a build without libudev) inotify on /dev says when nodes come or go, and
// without inotify the change time of /dev is looked at now and then.
#include "PortMonitorBackend.h"

#include "Log.h"

#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <vector>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef MTREADER_HAVE_LIBUDEV
#include <libudev.h>
#endif

using namespace std::chrono;

namespace {
constexpr auto kDevTimePoll = 250ms;
// Without udev a node goes before the kernel takes its device out of sysfs,
// so the list made at once may still show it: list again once /dev has been
// quiet this long.
constexpr auto kSettle = 200ms;

enum class Kind { Udev, Inotify, DevTime };
enum class Wake { Readable, Timeout, Stopped };

// Reads every pending inotify event on /dev; tells the nodes that went.
void readDevEvents(int fd, PortEvents &events)
{
    alignas(inotify_event) char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            return;
        for (ssize_t at = 0; at + ssize_t(sizeof(inotify_event)) <= n;) {
            const auto *e = reinterpret_cast<const inotify_event *>(buf + at);
            if ((e->mask & (IN_DELETE | IN_MOVED_FROM)) && e->len > 0)
                events.portLeft(QStringLiteral("/dev/") + QFile::decodeName(e->name));
            at += ssize_t(sizeof(inotify_event)) + ssize_t(e->len);
        }
    }
}

// timeoutMs -1 waits for fd or the stop without end.
Wake waitFor(int fd, int stopFd, int timeoutMs)
{
    for (;;) {
        pollfd fds[2] = {{fd, POLLIN, 0}, {stopFd, POLLIN, 0}};
        const int n = ::poll(fds, 2, timeoutMs);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 || fds[1].revents || (fds[0].revents & POLLNVAL))
            return Wake::Stopped;
        // POLLERR too: a netlink overrun is read (ENOBUFS) and answered
        // with a fresh list.
        return n == 0 ? Wake::Timeout : Wake::Readable;
    }
}

#ifdef MTREADER_HAVE_LIBUDEV
QString property(udev_device *dev, const char *key)
{
    const char *value = udev_device_get_property_value(dev, key);
    return value ? QString::fromUtf8(value) : QString();
}

// What one udev event says: a tty came (its own properties carry the USB
// id), went, or changed.
struct Change
{
    enum Kind { Other, Arrived, Left } kind = Other;
    PortInfo port;
};

Change changeOf(udev_device *dev)
{
    Change change;
    const char *action = udev_device_get_action(dev);
    const char *node = udev_device_get_devnode(dev);
    if (!action || !node)
        return change;
    PortInfo &port = change.port;
    port.systemLocation = QString::fromUtf8(node);
    if (std::strcmp(action, "remove") == 0)
        change.kind = Change::Left;
    if (std::strcmp(action, "add") != 0)
        return change;
    change.kind = Change::Arrived;
    port.portName = QFileInfo(port.systemLocation).fileName();
    port.manufacturer = property(dev, "ID_VENDOR");
    port.description = property(dev, "ID_MODEL");
    bool vidOk = false;
    bool pidOk = false;
    port.vendorId = property(dev, "ID_VENDOR_ID").toUShort(&vidOk, 16);
    port.productId = property(dev, "ID_MODEL_ID").toUShort(&pidOk, 16);
    port.hasUsbId = vidOk && pidOk;
    return change;
}
#endif

class LinuxPortBackend final : public PortMonitorBackend
{
public:
    LinuxPortBackend() : m_stopFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    {
#ifdef MTREADER_HAVE_LIBUDEV
        // libudev itself refuses udev's group when no udevd runs; then
        // nobody would ever send to it.
        if (::access("/run/udev/control", F_OK) == 0)
            m_kind = Kind::Udev;
#endif
    }
    ~LinuxPortBackend() override
    {
        if (m_stopFd >= 0)
            ::close(m_stopFd);
    }

    QString name() const override
    {
        switch (m_kind.load()) {
        case Kind::Udev: return QStringLiteral("udev");
        case Kind::Inotify: return QStringLiteral("inotify /dev");
        case Kind::DevTime: break;
        }
        return QStringLiteral("/dev change time");
    }

    void run(PortEvents &events) override
    {
#ifdef MTREADER_HAVE_LIBUDEV
        if (m_kind == Kind::Udev && runUdev(events))
            return;
#endif
        m_kind = Kind::Inotify;
        if (runInotify(events))
            return;
        m_kind = Kind::DevTime;
        runDevTime(events);
    }

    void stop() override
    {
        m_stopped = true;
        const quint64 one = 1;
        [[maybe_unused]] const auto n = ::write(m_stopFd, &one, sizeof one);
    }

private:
#ifdef MTREADER_HAVE_LIBUDEV
    // False when udev cannot be used, before anything was listed.
    bool runUdev(PortEvents &events)
    {
        std::unique_lock<std::mutex> lock(systemPortLock());
        udev *u = udev_new();
        udev_monitor *monitor = u ? udev_monitor_new_from_netlink(u, "udev") : nullptr;
        const bool ok = monitor && udev_monitor_filter_add_match_subsystem_devtype(monitor, "tty", nullptr) >= 0
            && udev_monitor_enable_receiving(monitor) >= 0;
        if (!ok) {
            qCWarning(lcPort) << "cannot follow udev events; watching /dev instead";
            if (monitor)
                udev_monitor_unref(monitor);
            if (u)
                udev_unref(u);
            return false;
        }
        const int fd = udev_monitor_get_fd(monitor);
        lock.unlock();
        events.listNow();
        while (!m_stopped && waitFor(fd, m_stopFd, -1) == Wake::Readable) {
            // Taken under the lock, told outside it: a list takes it too.
            std::vector<Change> received;
            lock.lock();
            while (udev_device *dev = udev_monitor_receive_device(monitor)) {
                received.push_back(changeOf(dev));
                udev_device_unref(dev);
            }
            // ENOBUFS: events were lost, so the list is all we can trust.
            const bool overrun = errno == ENOBUFS;
            lock.unlock();
            for (const Change &c : received) {
                if (c.kind == Change::Left)
                    events.portLeft(c.port.systemLocation);
                else
                    events.portEvent(c.kind == Change::Arrived ? &c.port : nullptr);
            }
            if (!received.empty() || overrun)
                events.listNow();
        }
        lock.lock();
        udev_monitor_unref(monitor);
        udev_unref(u);
        return true;
    }
#endif

    bool runInotify(PortEvents &events)
    {
        const int fd = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
        if (fd < 0 || ::inotify_add_watch(fd, "/dev", IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO) < 0) {
            if (fd >= 0)
                ::close(fd);
            return false;
        }
        events.listNow();
        bool settling = false;
        while (!m_stopped) {
            const Wake wake = waitFor(fd, m_stopFd, settling ? int(kSettle.count()) : -1);
            if (wake == Wake::Stopped)
                break;
            if (wake == Wake::Readable) {
                readDevEvents(fd, events);
                events.portEvent();
            }
            events.listNow();
            settling = wake == Wake::Readable;
        }
        ::close(fd);
        return true;
    }

    void runDevTime(PortEvents &events)
    {
        auto changeTime = [] {
            struct stat st
            {};
            return ::stat("/dev", &st) == 0 ? std::pair(st.st_mtim.tv_sec, st.st_mtim.tv_nsec) : std::pair(0L, 0L);
        };
        auto last = changeTime();
        events.listNow();
        bool settling = false;
        while (!m_stopped) {
            pollfd p{m_stopFd, POLLIN, 0};
            if (::poll(&p, 1, int(kDevTimePoll.count())) > 0)
                break;
            const auto now = changeTime();
            if (now != last) {
                last = now;
                events.portEvent();
                events.listNow();
                settling = true;
            } else if (settling) {
                events.listNow(); // see kSettle
                settling = false;
            }
        }
    }

    const int m_stopFd;
    std::atomic<bool> m_stopped{false};
    std::atomic<Kind> m_kind{Kind::Inotify};
};
} // namespace

std::unique_ptr<PortMonitorBackend> PortMonitorBackend::createForSystem()
{
    return std::make_unique<LinuxPortBackend>();
}
