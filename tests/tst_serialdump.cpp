// SPDX-License-Identifier: Unlicense
// Whole dumps through the production path: SerialTransport on a real
// QSerialPort, over a pseudo-terminal to the virtual phone, with the port
// appearing only after the dump has started waiting for it. A real phone is
// used instead when MTREADER_TEST_PORT names one.
#include "DumpJob.h"
#include "virtual/FlashImage.h"
#include "virtual/PseudoTerminal.h"
#include "virtual/PtyPhone.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

using Mt::ErrorCode;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Mt::ErrorCode)

class TstSerialDump : public QObject
{
    Q_OBJECT

private slots:
    void dumpOverPty_data();
    void dumpOverPty();
    void cablePulledOverPty();
    void notAPhone_data();
    void notAPhone();
    void realPhone();
};

namespace {
DumpEnvironment ptyEnvironment()
{
    DumpEnvironment env; // the real opener: SerialTransport
    env.lister = [] { return QList<PortInfo>{}; };
    return env;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TstSerialDump::dumpOverPty_data()
{
    QTest::addColumn<bool>("realisticLink");
    QTest::addColumn<int>("depth");
    QTest::addColumn<quint64>("start");
    QTest::addColumn<quint64>("length");
    QTest::newRow("instant link, pipelined") << false << 8 << quint64(0) << quint64(256 * 1024);
    QTest::newRow("instant link, careful mode") << false << 1 << quint64(0) << quint64(64 * 1024);
    QTest::newRow("realistic link, pipelined") << true << 8 << quint64(0) << quint64(128 * 1024);
    QTest::newRow("unaligned range") << false << 8 << quint64(0x101) << quint64(0x3003);
}

void TstSerialDump::dumpOverPty()
{
    QFETCH(bool, realisticLink);
    QFETCH(int, depth);
    QFETCH(quint64, start);
    QFETCH(quint64, length);
    QTemporaryDir dir;
    VirtualPhoneConfig config = VirtualPhoneConfig::mt6261();
    config.flash = FlashImage::generate(256 * 1024, 11);
    config.link = realisticLink ? LinkModel::realistic() : LinkModel::instant();
    PtyPhone phone(config, dir.filePath(QStringLiteral("vp0")));
    QString error;
    QVERIFY2(phone.start(300ms, &error), qPrintable(error)); // appears while the dump waits

    DumpRequest r;
    r.port = dir.filePath(QStringLiteral("vp0"));
    r.outputPath = dir.filePath(QStringLiteral("out.bin"));
    r.start = start;
    r.length = length;
    r.pipelineDepth = depth;
    r.portTimeout = 10s;
    DumpJob job(r, ptyEnvironment());
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    const QByteArray expected = config.flash.mid(qsizetype(start), qsizetype(length));
    QVERIFY(fileBytes(r.outputPath) == expected);
    QCOMPARE(job.result().sha256, QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
    // The reset took the port away, as a real phone's does.
    QVERIFY(phone.waitUntilGone(5s));
    QCOMPARE(phone.goneReason(), VirtualPhone::GoneReason::SoftwareReset);
}

void TstSerialDump::cablePulledOverPty()
{
    QTemporaryDir dir;
    VirtualPhoneConfig config = VirtualPhoneConfig::mt6261();
    config.flash = FlashImage::generate(128 * 1024, 12);
    config.faults = {{FaultKind::CablePulled, 0x6000, 1}};
    PtyPhone phone(config, dir.filePath(QStringLiteral("vp0")));
    QVERIFY(phone.start(0ms));
    DumpRequest r;
    r.port = dir.filePath(QStringLiteral("vp0"));
    r.outputPath = dir.filePath(QStringLiteral("out.bin"));
    r.length = 128 * 1024;
    r.portTimeout = 10s;
    DumpJob job(r, ptyEnvironment());
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, ErrorCode::Disconnected);
    QVERIFY(!QFile::exists(r.outputPath));
    const QByteArray partial = fileBytes(DumpTarget(r.outputPath).partialPath());
    QVERIFY(partial.size() <= 0x6000);
    QVERIFY(partial == config.flash.left(partial.size()));
}

namespace {
// A pseudo-terminal that is not a phone: it says nothing, answers garbage,
// or echoes every byte back (a loopback plug, a modem in echo mode).
class NotAPhone
{
public:
    enum Mode { Silent, Garbage, Echo };
    explicit NotAPhone(Mode mode) : m_mode(mode), m_pty(PseudoTerminal::open({false, false}))
    {
        m_master = m_pty ? m_pty->master() : -1;
        m_thread = std::thread([this] { serve(); });
    }
    ~NotAPhone()
    {
        m_stop = true;
        m_thread.join();
    }
    bool isOpen() const { return m_pty != nullptr; }
    QString path() const { return m_pty ? m_pty->slavePath() : QString(); }

private:
    void serve()
    {
        char buf[256];
        while (!m_stop) {
            pollfd p{m_master, POLLIN, 0};
            if (poll(&p, 1, 20) <= 0 || !(p.revents & POLLIN))
                continue;
            const ssize_t n = ::read(m_master, buf, sizeof buf);
            if (n <= 0)
                continue;
            if (m_mode == Echo)
                (void)!::write(m_master, buf, size_t(n));
            else if (m_mode == Garbage)
                (void)!::write(m_master, "\r\nNO CARRIER\r\n\x13\x37", 16);
        }
    }
    Mode m_mode;
    std::unique_ptr<PseudoTerminal> m_pty;
    int m_master = -1;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};
} // namespace

void TstSerialDump::notAPhone_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("silent") << int(NotAPhone::Silent) << ErrorCode::HandshakeFailed;
    QTest::newRow("garbage") << int(NotAPhone::Garbage) << ErrorCode::HandshakeFailed;
    // An echo looks like a BROM already past the handshake, until the first
    // command's data never comes.
    QTest::newRow("echoes everything") << int(NotAPhone::Echo) << ErrorCode::Timeout;
}

void TstSerialDump::notAPhone()
{
    QFETCH(int, mode);
    QFETCH(ErrorCode, code);
    NotAPhone port{NotAPhone::Mode(mode)};
    QVERIFY2(port.isOpen(), "no pseudo-terminal to be the port");
    QTemporaryDir dir;
    DumpRequest r;
    r.port = port.path();
    r.outputPath = dir.filePath(QStringLiteral("out.bin"));
    r.length = 4096;
    r.portTimeout = 5s;
    r.handshakeTimeout = 1s;
    DumpJob job(r, ptyEnvironment());
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, code);
    QVERIFY(!QFile::exists(r.outputPath));
    QVERIFY(!QFile::exists(DumpTarget(r.outputPath).partialPath()));
}

void TstSerialDump::realPhone()
{
    const QString port = qEnvironmentVariable("MTREADER_TEST_PORT");
    if (port.isEmpty())
        QSKIP("set MTREADER_TEST_PORT to a phone's BROM port to run this");
    QTemporaryDir dir;
    DumpRequest r;
    r.port = port;
    r.outputPath = dir.filePath(QStringLiteral("phone.bin"));
    r.length = 64 * 1024;
    r.portTimeout = 60s;
    DumpJob job(r, DumpEnvironment{});
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    // A correct MT6261 image begins with SF_BOOT: the byte order is right.
    QVERIFY(fileBytes(r.outputPath).startsWith("SF_BOOT"));
}

QTEST_GUILESS_MAIN(TstSerialDump)
#include "tst_serialdump.moc"
