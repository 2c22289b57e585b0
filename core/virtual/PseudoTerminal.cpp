// SPDX-License-Identifier: Unlicense
#include "PseudoTerminal.h"

#include <QFile>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace {
QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

void setFlags(int fd, bool nonBlocking)
{
    ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC);
    if (nonBlocking)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

QString slaveName(int master)
{
#ifdef __linux__
    char name[128];
    if (::ptsname_r(master, name, sizeof name) != 0)
        return QString();
    return QString::fromLocal8Bit(name);
#else
    static std::mutex ptsnameLock; // ptsname() uses a static buffer
    std::lock_guard<std::mutex> guard(ptsnameLock);
    const char *name = ::ptsname(master);
    return name ? QString::fromLocal8Bit(name) : QString();
#endif
}

bool makeRaw(int fd)
{
    termios t{};
    if (::tcgetattr(fd, &t) != 0)
        return false;
    ::cfmakeraw(&t);
    return ::tcsetattr(fd, TCSANOW, &t) == 0;
}
} // namespace

std::unique_ptr<PseudoTerminal> PseudoTerminal::open(const Options &options, QString *why)
{
    auto fail = [why](const QString &what) {
        if (why)
            *why = what;
        return nullptr;
    };
    std::unique_ptr<PseudoTerminal> pty(new PseudoTerminal);
    pty->m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (pty->m_master < 0 || ::grantpt(pty->m_master) != 0 || ::unlockpt(pty->m_master) != 0)
        return fail(QStringLiteral("cannot open a pseudo-terminal: %1").arg(errnoText()));
    pty->m_slavePath = slaveName(pty->m_master);
    if (pty->m_slavePath.isEmpty())
        return fail(QStringLiteral("a pseudo-terminal without a name: %1").arg(errnoText()));
    if (options.keepSlaveOpen) {
        pty->m_slave = ::open(QFile::encodeName(pty->m_slavePath).constData(), O_RDWR | O_NOCTTY);
        if (pty->m_slave < 0)
            return fail(QStringLiteral("cannot open %1: %2").arg(pty->m_slavePath, errnoText()));
        setFlags(pty->m_slave, options.nonBlocking);
    }
    // Raw before anyone can open it: no echo, no CR/LF translation. The
    // settings belong to the pair, so the master's end does as well.
    if (!makeRaw(pty->m_slave >= 0 ? pty->m_slave : pty->m_master))
        return fail(QStringLiteral("cannot make %1 raw: %2").arg(pty->m_slavePath, errnoText()));
    setFlags(pty->m_master, options.nonBlocking);
    return pty;
}

PseudoTerminal::~PseudoTerminal()
{
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
}

bool PseudoTerminal::appearAt(const QString &link, QString *why) const
{
    const QByteArray linkNative = QFile::encodeName(link);
    const QByteArray tmp = linkNative + ".tmp" + QByteArray::number(qint64(::getpid()));
    ::unlink(tmp.constData());
    if (::symlink(QFile::encodeName(m_slavePath).constData(), tmp.constData()) != 0
        || ::rename(tmp.constData(), linkNative.constData()) != 0) {
        if (why)
            *why = QStringLiteral("cannot create %1: %2").arg(link, errnoText());
        ::unlink(tmp.constData());
        return false;
    }
    return true;
}

void PseudoTerminal::disappearFrom(const QString &link) const
{
    const QByteArray linkNative = QFile::encodeName(link);
    char target[PATH_MAX];
    const ssize_t len = ::readlink(linkNative.constData(), target, sizeof target - 1);
    if (len > 0 && QByteArray(target, qsizetype(len)) == QFile::encodeName(m_slavePath))
        ::unlink(linkNative.constData());
}
