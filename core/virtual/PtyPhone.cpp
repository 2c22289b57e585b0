// SPDX-License-Identifier: Unlicense
// One thread per phone: poll() on the pty master and a wake pipe, feed what
// the host wrote to the model, write each transfer to the master (one write()
// each) when it is due. Our own slave fd stays open so the master never sees
// a hangup while no host has the port open.
#include "PtyPhone.h"

#include "PseudoTerminal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <optional>
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

// poll() takes whole milliseconds: round up, since waking early would
// only spin, and wake at least this often to notice stop().
constexpr milliseconds kIdleWait{1000};

int pollTimeout(std::optional<VirtualPhone::Clock::time_point> next)
{
    if (!next)
        return int(kIdleWait.count());
    const auto left = *next - VirtualPhone::Clock::now();
    if (left <= VirtualPhone::Clock::duration::zero())
        return 0;
    return int(std::min(ceil<milliseconds>(left), kIdleWait).count());
}

} // namespace

PtyPhone::PtyPhone(VirtualPhoneConfig config, QString linkPath)
    : m_config(std::move(config)), m_linkPath(std::move(linkPath))
{}

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
        ::poll(&p, 1, pollTimeout(until));
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

std::unique_ptr<PseudoTerminal> PtyPhone::openPort()
{
    QString why;
    std::unique_ptr<PseudoTerminal> pty = PseudoTerminal::open({true, true}, &why);
    // Atomic appearance: a host polling for the path never finds a link to
    // a pty that is not ready yet.
    if (!pty || !pty->appearAt(m_linkPath, &why)) {
        report(QStringLiteral("error: %1").arg(why));
        return nullptr;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_slavePath = pty->slavePath();
    }
    m_present = true;
    report(QStringLiteral("plugged in at %1 -> %2").arg(m_linkPath, pty->slavePath()));
    return pty;
}

void PtyPhone::removePort(std::unique_ptr<PseudoTerminal> pty)
{
    // The link first, so nobody opens a dying pty, then the master, which
    // hangs up the host's fd (EIO, QSerialPort::ResourceError).
    m_present = false;
    pty->disappearFrom(m_linkPath);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_slavePath.clear();
    }
}

bool PtyPhone::writeDue(int master, VirtualPhone &phone, Pending &out)
{
    const auto now = Clock::now();
    phone.advance(now);
    for (;;) {
        if (out.pos >= out.bytes.size()) {
            if (!phone.takeTransfer(now, out.bytes))
                return false;
            out.pos = 0;
        }
        const ssize_t w = ::write(master, out.bytes.constData() + out.pos, size_t(out.bytes.size() - out.pos));
        if (w > 0)
            out.pos += w;
        else if (w < 0 && errno == EINTR)
            continue;
        else
            return true; // EAGAIN: the host is not reading; wait for POLLOUT
    }
}

VirtualPhone::GoneReason PtyPhone::servePort()
{
    std::unique_ptr<PseudoTerminal> pty = openPort();
    if (!pty)
        return VirtualPhone::GoneReason::Unplugged;
    const int master = pty->master();
    VirtualPhone phone(m_config, Clock::now());
    Pending out;
    char buf[65536];
    for (;;) {
        const bool writing = writeDue(master, phone, out);
        if (m_stop) {
            phone.unplug(VirtualPhone::GoneReason::Unplugged);
            break;
        }
        if (phone.isGone() && !writing && !phone.nextEventTime())
            break;
        pollfd fds[2] = {{master, short(POLLIN | (writing ? POLLOUT : 0)), 0}, {m_wake[0], POLLIN, 0}};
        ::poll(fds, 2, pollTimeout(phone.nextEventTime()));
        if (fds[0].revents & POLLIN) {
            for (;;) {
                const ssize_t n = ::read(master, buf, sizeof buf);
                if (n <= 0)
                    break;
                phone.hostWrite(QByteArray(buf, qsizetype(n)), Clock::now());
            }
        }
        if (fds[1].revents & POLLIN) {
            while (::read(m_wake[0], buf, sizeof buf) > 0) {}
        }
    }
    removePort(std::move(pty));
    report(QStringLiteral("gone: %1").arg(VirtualPhone::goneReasonText(phone.goneReason())));
    return phone.goneReason();
}
