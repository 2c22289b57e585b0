// SPDX-License-Identifier: Unlicense
// One thread per phone: poll() on the pty master and a wake pipe, feed what
// the host wrote to the model, write each transfer to the master (one write()
// each) when it is due. Our own slave fd stays open so the master never sees
// a hangup while no host has the port open.
#include "PtyPhone.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

using namespace std::chrono;

namespace {

void setFlags(int fd)
{
    fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

QString slaveName(int master)
{
#ifdef __linux__
    char name[128];
    if (ptsname_r(master, name, sizeof name) != 0)
        return QString();
    return QString::fromLocal8Bit(name);
#else
    static std::mutex ptsnameLock; // ptsname() uses a static buffer
    std::lock_guard<std::mutex> guard(ptsnameLock);
    const char *name = ptsname(master);
    return name ? QString::fromLocal8Bit(name) : QString();
#endif
}

int waitMs(std::optional<VirtualPhone::Clock::time_point> next)
{
    // Round up: waking early would only spin.
    constexpr int kIdleMs = 1000;
    if (!next)
        return kIdleMs;
    const auto left = *next - VirtualPhone::Clock::now();
    if (left <= VirtualPhone::Clock::duration::zero())
        return 0;
    const auto ms = duration_cast<milliseconds>(left + microseconds(999)).count();
    return int(std::min<qint64>(ms, kIdleMs));
}

} // namespace

PtyPhone::PtyPhone(VirtualPhoneConfig config, QString linkPath)
    : m_config(std::move(config)), m_linkPath(std::move(linkPath))
{
}

PtyPhone::~PtyPhone()
{
    stop();
    for (int fd : m_wake) {
        if (fd >= 0)
            ::close(fd);
    }
}

void PtyPhone::setStatusCallback(StatusCallback callback)
{
    m_status = std::move(callback);
}

bool PtyPhone::start(milliseconds plugDelay, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_thread.joinable())
        return fail(QStringLiteral("already started"));
    const QFileInfo link(m_linkPath);
    if (!QFileInfo(link.absolutePath()).isDir())
        return fail(QStringLiteral("the folder of %1 does not exist").arg(m_linkPath));
    if (::pipe(m_wake) != 0)
        return fail(QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    setFlags(m_wake[0]);
    setFlags(m_wake[1]);
    m_thread = std::thread([this, plugDelay] { run(VirtualFaults::plugDelay(m_config, plugDelay)); });
    return true;
}

void PtyPhone::stop()
{
    m_stop = true;
    if (m_wake[1] >= 0) {
        const char b = 1;
        [[maybe_unused]] const auto n = ::write(m_wake[1], &b, 1);
    }
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

bool PtyPhone::isPresent() const
{
    return m_present;
}

bool PtyPhone::waitUntilGone(milliseconds timeout)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    return m_cv.wait_for(lock, timeout, [this] { return m_finished; });
}

VirtualPhone::GoneReason PtyPhone::goneReason() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_reason;
}

QString PtyPhone::slavePath() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_slavePath;
}

QByteArray PtyPhone::flashSha256() const
{
    return QCryptographicHash::hash(m_config.flash, QCryptographicHash::Sha256);
}

void PtyPhone::report(const QString &line)
{
    if (m_status)
        m_status(line);
}

void PtyPhone::finish(VirtualPhone::GoneReason why)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_reason = why;
        m_finished = true;
    }
    m_cv.notify_all();
}

bool PtyPhone::sleepUntil(Clock::time_point until)
{
    while (!m_stop) {
        const auto now = Clock::now();
        if (now >= until)
            return true;
        pollfd p{m_wake[0], POLLIN, 0};
        ::poll(&p, 1, waitMs(until));
    }
    return false;
}

void PtyPhone::run(milliseconds plugDelay)
{
    if (!sleepUntil(Clock::now() + plugDelay)) {
        finish(VirtualPhone::GoneReason::Unplugged);
        return;
    }
    const Fault *loop = m_config.findFault(FaultKind::ReEnumerationLoop);
    int reEnumerations = 0;
    for (;;) {
        const auto why = servePort();
        if (why == VirtualPhone::GoneReason::BootedNormally && loop
            && (loop->times == 0 || reEnumerations < loop->times)) {
            ++reEnumerations;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_reason = why;
            }
            if (sleepUntil(Clock::now() + VirtualFaults::kReEnumerationGap))
                continue;
            finish(VirtualPhone::GoneReason::Unplugged);
            return;
        }
        finish(why);
        return;
    }
}

VirtualPhone::GoneReason PtyPhone::servePort()
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
        report(QStringLiteral("error: cannot open a pseudo-terminal: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        if (master >= 0)
            ::close(master);
        return VirtualPhone::GoneReason::Unplugged;
    }
    const QString slave = slaveName(master);
    const QByteArray slaveNative = QFile::encodeName(slave);
    const int slaveFd = ::open(slaveNative.constData(), O_RDWR | O_NOCTTY);
    if (slaveFd >= 0) {
        // Raw before anyone can open it: no echo, no CR/LF translation.
        termios t{};
        ::tcgetattr(slaveFd, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(slaveFd, TCSANOW, &t);
        setFlags(slaveFd);
    }
    setFlags(master);

    // Atomic appearance: a host polling for the path never finds a link to
    // a pty that is not ready yet.
    const QByteArray linkNative = QFile::encodeName(m_linkPath);
    const QByteArray tmp = linkNative + ".tmp" + QByteArray::number(qint64(::getpid()));
    ::unlink(tmp.constData());
    if (::symlink(slaveNative.constData(), tmp.constData()) != 0
        || ::rename(tmp.constData(), linkNative.constData()) != 0) {
        report(QStringLiteral("error: cannot create %1: %2").arg(m_linkPath, QString::fromLocal8Bit(strerror(errno))));
        ::unlink(tmp.constData());
        if (slaveFd >= 0)
            ::close(slaveFd);
        ::close(master);
        return VirtualPhone::GoneReason::Unplugged;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_slavePath = slave;
    }
    m_present = true;
    report(QStringLiteral("plugged in at %1 -> %2").arg(m_linkPath, slave));

    VirtualPhone phone(m_config, Clock::now());
    QByteArray out;
    qsizetype outPos = 0;
    char buf[65536];
    for (;;) {
        auto now = Clock::now();
        phone.advance(now);
        for (;;) {
            if (outPos >= out.size()) {
                if (!phone.takeTransfer(now, out))
                    break;
                outPos = 0;
            }
            const ssize_t w = ::write(master, out.constData() + outPos, size_t(out.size() - outPos));
            if (w > 0)
                outPos += w;
            else if (w < 0 && errno == EINTR)
                continue;
            else
                break; // EAGAIN: the host is not reading; wait for POLLOUT
        }
        const bool writing = outPos < out.size();
        if (m_stop) {
            phone.unplug(VirtualPhone::GoneReason::Unplugged);
            break;
        }
        if (phone.isGone() && !writing && !phone.nextEventTime())
            break;
        pollfd fds[2] = {{master, short(POLLIN | (writing ? POLLOUT : 0)), 0}, {m_wake[0], POLLIN, 0}};
        ::poll(fds, 2, waitMs(phone.nextEventTime()));
        if (fds[0].revents & POLLIN) {
            for (;;) {
                const ssize_t n = ::read(master, buf, sizeof buf);
                if (n <= 0)
                    break;
                phone.hostWrite(QByteArray(buf, qsizetype(n)), Clock::now());
            }
        }
        if (fds[1].revents & POLLIN) {
            while (::read(m_wake[0], buf, sizeof buf) > 0) {
            }
        }
    }

    // Gone: the link first, so nobody opens a dying pty, then the master,
    // which hangs up the host's fd (EIO, QSerialPort::ResourceError).
    m_present = false;
    char target[PATH_MAX];
    const ssize_t len = ::readlink(linkNative.constData(), target, sizeof target - 1);
    if (len > 0 && QByteArray(target, qsizetype(len)) == slaveNative)
        ::unlink(linkNative.constData());
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_slavePath.clear();
    }
    if (slaveFd >= 0)
        ::close(slaveFd);
    ::close(master);
    report(QStringLiteral("gone: %1").arg(VirtualPhone::goneReasonText(phone.goneReason())));
    return phone.goneReason();
}
