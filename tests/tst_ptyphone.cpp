// SPDX-License-Identifier: Unlicense
// The virtual phone behind a real pseudo-terminal, talked to through a real
// QSerialPort: the link appears after the plug delay, a BROM session works,
// and the port vanishes (ResourceError or EOF) when the phone resets. Also
// the mtreader-virtual-phone executable, end to end.
#include "BromClient.h"
#include "DumpError.h"
#include "virtual/FlashImage.h"
#include "virtual/PtyPhone.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QSerialPort>
#include <QTemporaryDir>
#include <QtTest>
#include <mutex>

using namespace std::chrono;

namespace {

// A minimal Transport over QSerialPort (the production SerialTransport is
// tested on its own): just enough to run BromClient through a real tty.
class PortTransport : public Transport
{
public:
    explicit PortTransport(QSerialPort &port) : m_port(port) {}
    bool write(const QByteArray &data) override
    {
        if (m_port.write(data) != data.size())
            return false;
        m_port.waitForBytesWritten(100);
        return !gone();
    }
    ReadStatus read(QByteArray &into, qint64 maxBytes, Clock::time_point deadline) override
    {
        for (;;) {
            if (m_port.bytesAvailable() > 0) {
                into += m_port.read(maxBytes);
                return ReadStatus::Data;
            }
            if (gone())
                return ReadStatus::Disconnected;
            const auto left = duration_cast<milliseconds>(deadline - Clock::now()).count();
            if (left <= 0)
                return ReadStatus::Timeout;
            m_port.waitForReadyRead(int(left));
        }
    }
    void discardInput() override
    {
        m_port.clear(QSerialPort::Input);
        m_port.readAll();
    }
    QString errorString() const override { return m_port.errorString(); }
    // A real USB port that vanishes gives EIO (ResourceError); a pty whose
    // master closed is hung up: read() returns EOF and ioctls fail with
    // ENOTTY, which QSerialPort reports as ReadError.
    bool gone() const
    {
        return m_port.error() == QSerialPort::ResourceError || m_port.error() == QSerialPort::ReadError
            || !m_port.isOpen();
    }

private:
    QSerialPort &m_port;
};

VirtualPhoneConfig smallPhone(QList<Fault> faults = {})
{
    VirtualPhoneConfig c = VirtualPhoneConfig::mt6261();
    c.flash = FlashImage::generate(256 * 1024, 3);
    c.link = LinkModel::realistic();
    c.faults = std::move(faults);
    return c;
}

bool openPort(QSerialPort &port, const QString &path)
{
    port.setPortName(QFileInfo(path).canonicalFilePath());
    port.setBaudRate(115200);
    if (!port.open(QIODevice::ReadWrite))
        return false;
    // DTR/RTS ioctls fail on ptys ("Inappropriate ioctl"): harmless.
    port.clearError();
    return true;
}

} // namespace

class TstPtyPhone : public QObject
{
    Q_OBJECT

private slots:
    void sessionThenReset();
    void windowExpiry();
    void reEnumeration();
    void executable();
    void executableImageOptions();
    void executableLinkOptions();
    void executableStopsOnSignal();

private:
    QTemporaryDir m_dir;
};

void TstPtyPhone::sessionThenReset()
{
    const QString link = m_dir.filePath(QStringLiteral("vp-session"));
    const VirtualPhoneConfig config = smallPhone();
    PtyPhone phone(config, link);
    QCOMPARE(phone.flashSha256(), QCryptographicHash::hash(config.flash, QCryptographicHash::Sha256));
    QString error;
    QVERIFY2(phone.start(milliseconds(300), &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(link));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(link), 3000);
    QVERIFY(phone.isPresent());
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(QFileInfo(link).symLinkTarget().startsWith(QLatin1String("/dev/pts/")));

    QSerialPort port;
    QVERIFY2(openPort(port, link), qPrintable(port.errorString()));
    PortTransport transport(port);
    BromClient client(transport);
    QCOMPARE(client.handshake(), false);
    QCOMPARE(client.read16(0x80000008), quint16(0x6261));
    client.write16(0xA0030000, 0x2200);
    client.write16(0xA0700A28, 0x8000);
    client.write16(0xA0700A24, 0x0002);
    client.write32(0xA0510000, 2);
    QByteArray out(65536, Qt::Uninitialized);
    for (int at = 0; at < out.size(); at += 4096)
        client.sendRead32(quint32(at), 1024);
    for (int at = 0; at < out.size(); at += 4096)
        client.receiveRead32(quint32(at), 1024, out.data() + at, at);
    QCOMPARE(out, config.flash.left(out.size()));
    QVERIFY_THROWS_NO_EXCEPTION(client.resetPhone());

    QVERIFY(phone.waitUntilGone(seconds(3)));
    QCOMPARE(phone.goneReason(), VirtualPhone::GoneReason::SoftwareReset);
    QVERIFY(!QFileInfo::exists(link));
    QVERIFY(!phone.isPresent());
    // The host sees the port die: an error, or end of file.
    port.waitForReadyRead(200);
    QByteArray rest;
    QCOMPARE(transport.read(rest, 16, Transport::Clock::now() + milliseconds(300)),
             Transport::ReadStatus::Disconnected);
    QVERIFY2(port.error() == QSerialPort::ResourceError || port.error() == QSerialPort::ReadError,
             qPrintable(port.errorString()));
}

void TstPtyPhone::windowExpiry()
{
    const QString link = m_dir.filePath(QStringLiteral("vp-window"));
    PtyPhone phone(smallPhone({{FaultKind::ShortPortWindow, 0, 1}}), link);
    QVERIFY(phone.start(milliseconds(0)));
    QVERIFY(phone.waitUntilGone(seconds(3)));
    QCOMPARE(phone.goneReason(), VirtualPhone::GoneReason::BootedNormally);
    QVERIFY(!QFileInfo::exists(link));
}

void TstPtyPhone::reEnumeration()
{
    const QString link = m_dir.filePath(QStringLiteral("vp-loop"));
    PtyPhone phone(smallPhone({{FaultKind::ShortPortWindow, 0, 1}, {FaultKind::ReEnumerationLoop, 0, 2}}), link);
    std::mutex lock;
    QStringList lines;
    phone.setStatusCallback([&](const QString &line) {
        std::lock_guard<std::mutex> guard(lock);
        lines.append(line);
    });
    QVERIFY(phone.start(milliseconds(0)));
    QVERIFY(phone.waitUntilGone(seconds(5)));
    std::lock_guard<std::mutex> guard(lock);
    QCOMPARE(lines.filter(QStringLiteral("plugged in at ")).size(), 3);
    QCOMPARE(lines.filter(QStringLiteral("gone: booted normally")).size(), 3);
    QVERIFY(!QFileInfo::exists(link));
}

void TstPtyPhone::executable()
{
    const QString exe = qEnvironmentVariable("MTREADER_BIN_DIR")
        + QStringLiteral("/virtualphone/mtreader-virtual-phone");
    // This test is built only where ptys are, and so is the program.
    QVERIFY2(QFileInfo(exe).isExecutable(), qPrintable(exe + QStringLiteral(" is missing")));
    const QString link = m_dir.filePath(QStringLiteral("vp-cli"));
    QProcess proc;
    proc.start(exe,
               {QStringLiteral("--link"), link, QStringLiteral("--plug-delay"), QStringLiteral("0.2"),
                QStringLiteral("--size"), QStringLiteral("0x10000"), QStringLiteral("--seed"), QStringLiteral("9")});
    QVERIFY(proc.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(proc.canReadLine(), 3000);
    const QByteArray sha = QCryptographicHash::hash(FlashImage::generate(0x10000, 9), QCryptographicHash::Sha256);
    QCOMPARE(proc.readLine().trimmed(), "sha256 " + sha.toHex());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(link), 3000);
    QSerialPort port;
    QVERIFY2(openPort(port, link), qPrintable(port.errorString()));
    PortTransport transport(port);
    BromClient client(transport);
    client.handshake();
    client.write16(0xA0030000, 0x2200);
    client.write32(0xA0510000, 2);
    QCOMPARE(client.read32(0, 2), QVector<quint32>({0x425f4653, 0x00544f4f})); // "SF_BOOT\0", little-endian words
    QVERIFY_THROWS_NO_EXCEPTION(client.resetPhone());
    QVERIFY(proc.waitForFinished(3000));
    QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
    QCOMPARE(proc.exitCode(), 0);
    const QByteArray output = proc.readAllStandardOutput();
    QVERIFY2(output.contains("plugged in at " + link.toUtf8() + " -> /dev/pts/"), output.constData());
    QVERIFY2(output.contains("gone: software reset"), output.constData());
    QVERIFY(!QFileInfo::exists(link));
}

void TstPtyPhone::executableImageOptions()
{
    const QString exe = qEnvironmentVariable("MTREADER_BIN_DIR")
        + QStringLiteral("/virtualphone/mtreader-virtual-phone");
    // This test is built only where ptys are, and so is the program.
    QVERIFY2(QFileInfo(exe).isExecutable(), qPrintable(exe + QStringLiteral(" is missing")));
    const QString link = m_dir.filePath(QStringLiteral("vp-image"));
    QProcess proc;
    proc.start(exe,
               {QStringLiteral("--link"), link, QStringLiteral("--size"), QStringLiteral("0x40000"),
                QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--no-wrap"),
                QStringLiteral("--rom-info-size"), QStringLiteral("0x1000000")});
    QVERIFY(proc.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(proc.canReadLine(), 3000);
    FlashImage::Options claims16;
    claims16.romInfoClaimsSize = 0x1000000;
    const QByteArray sha = QCryptographicHash::hash(FlashImage::generate(0x40000, 9, claims16),
                                                    QCryptographicHash::Sha256);
    QCOMPARE(proc.readLine().trimmed(), "sha256 " + sha.toHex());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(link), 3000);
    QSerialPort port;
    QVERIFY2(openPort(port, link), qPrintable(port.errorString()));
    PortTransport transport(port);
    BromClient client(transport);
    client.handshake();
    client.write16(0xA0030000, 0x2200);
    client.write32(0xA0510000, 2);
    // ROM info device entry at 0x20400 + 212: GigaDevice (seed 9), claimed
    // 16 MiB with its file system at 0xE00000 + 0x200000.
    QCOMPARE(client.read32(0x204D4, 4), QVector<quint32>({0x401800C8, 0, 0x00E00000, 0x00200000}));
    QCOMPARE(client.read32(0x40000, 2), QVector<quint32>({0xFFFFFFFF, 0xFFFFFFFF})); // no wrap
    QCOMPARE(client.read32(0, 2), QVector<quint32>({0x425f4653, 0x00544f4f}));
    QVERIFY_THROWS_NO_EXCEPTION(client.resetPhone());
    QVERIFY(proc.waitForFinished(3000));
    QCOMPARE(proc.exitCode(), 0);

    QProcess blank;
    blank.start(exe,
                {QStringLiteral("--link"), link, QStringLiteral("--size"), QStringLiteral("0x10000"),
                 QStringLiteral("--blank"), QStringLiteral("--window"), QStringLiteral("100")});
    QVERIFY(blank.waitForFinished(3000)); // no handshake: it boots normally
    const QByteArray blankSha = QCryptographicHash::hash(QByteArray(0x10000, char(0xFF)), QCryptographicHash::Sha256);
    QVERIFY(blank.readAllStandardOutput().startsWith("sha256 " + blankSha.toHex() + "\n"));

    QProcess bad;
    bad.start(exe, {QStringLiteral("--link"), link, QStringLiteral("--image"), exe, QStringLiteral("--blank")});
    QVERIFY(bad.waitForFinished(3000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("cannot be combined"));
}

void TstPtyPhone::executableLinkOptions()
{
    const QString exe = qEnvironmentVariable("MTREADER_BIN_DIR")
        + QStringLiteral("/virtualphone/mtreader-virtual-phone");
    // This test is built only where ptys are, and so is the program.
    QVERIFY2(QFileInfo(exe).isExecutable(), qPrintable(exe + QStringLiteral(" is missing")));
    // Answers in 64-byte pieces, 64 bytes of receive buffer: four commands
    // in flight (36 bytes) fit, and the data comes back exact.
    const QString link = m_dir.filePath(QStringLiteral("vp-link"));
    QProcess proc;
    proc.start(exe,
               {QStringLiteral("--link"), link, QStringLiteral("--size"), QStringLiteral("0x10000"),
                QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--tx-buffer"), QStringLiteral("64"),
                QStringLiteral("--rx-limit"), QStringLiteral("64")});
    QVERIFY(proc.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(link), 3000);
    QSerialPort port;
    QVERIFY2(openPort(port, link), qPrintable(port.errorString()));
    PortTransport transport(port);
    BromClient client(transport);
    client.handshake();
    client.write16(0xA0030000, 0x2200);
    client.write32(0xA0510000, 2);
    constexpr int kBlock = 1024;
    constexpr int kDepth = 4;
    QByteArray out(0x4000, Qt::Uninitialized);
    int sent = 0;
    for (; sent < kDepth * kBlock; sent += kBlock)
        client.sendRead32(quint32(sent), kBlock / 4);
    for (int at = 0; at < out.size(); at += kBlock) {
        client.receiveRead32(quint32(at), kBlock / 4, out.data() + at, at);
        if (sent < out.size()) {
            client.sendRead32(quint32(sent), kBlock / 4);
            sent += kBlock;
        }
    }
    QCOMPARE(out, FlashImage::generate(0x10000, 4).left(out.size()));
    QVERIFY_THROWS_NO_EXCEPTION(client.resetPhone());
    QVERIFY(proc.waitForFinished(3000));
    QCOMPARE(proc.exitCode(), 0);

    QProcess bad;
    bad.start(exe, {QStringLiteral("--link"), link, QStringLiteral("--tx-buffer"), QStringLiteral("lots")});
    QVERIFY(bad.waitForFinished(3000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("bad --tx-buffer"));
}

void TstPtyPhone::executableStopsOnSignal()
{
    const QString exe = qEnvironmentVariable("MTREADER_BIN_DIR")
        + QStringLiteral("/virtualphone/mtreader-virtual-phone");
    // This test is built only where ptys are, and so is the program.
    QVERIFY2(QFileInfo(exe).isExecutable(), qPrintable(exe + QStringLiteral(" is missing")));
    const QString link = m_dir.filePath(QStringLiteral("vp-signal"));
    QProcess proc;
    proc.start(exe,
               {QStringLiteral("--link"), link, QStringLiteral("--keep-going"), QStringLiteral("--window"),
                QStringLiteral("200"), QStringLiteral("--fault"), QStringLiteral("junk"), QStringLiteral("--instant")});
    QVERIFY(proc.waitForStarted());
    // Several phones come and go (each window ends without a handshake).
    QByteArray seen;
    QTRY_VERIFY2_WITH_TIMEOUT((seen += proc.readAllStandardOutput()).contains("gone: booted normally"),
                              seen.constData(), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(link), 3000);
    proc.terminate(); // SIGTERM
    QVERIFY(proc.waitForFinished(3000));
    QCOMPARE(proc.exitCode(), 0);
    QVERIFY(!QFileInfo::exists(link));

    QProcess bad;
    bad.start(exe, {QStringLiteral("--link"), link, QStringLiteral("--fault"), QStringLiteral("meteor-strike")});
    QVERIFY(bad.waitForFinished(3000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("unknown fault"));
}

QTEST_GUILESS_MAIN(TstPtyPhone)
#include "tst_ptyphone.moc"
