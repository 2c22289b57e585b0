// SPDX-License-Identifier: Unlicense
// Bad places to write and ports that can't be had: each gets its own error,
// and nothing already on disk is overwritten or lost.
#include "DumpJob.h"
#include "ErrorText.h"
#include "support/VirtualEnvironment.h"
#include "virtual/PtyPhone.h"

#include <QProcess>
#include <QSerialPort>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/file.h>
#include <unistd.h>

using Mt::ErrorCode;
using namespace std::chrono_literals;

class TstBadInput : public QObject
{
    Q_OBJECT

private slots:
    void diskFull();
    void readOnlyFolder();
    void portBusy();
    void portVanishedBeforeOpen();

private:
    // A tiny filesystem of our own, so "disk full" is real ENOSPC.
    bool mountTmpfs(const QString &dir, const QString &options);
};

bool TstBadInput::mountTmpfs(const QString &dir, const QString &options)
{
    if (geteuid() != 0)
        return false;
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                              QStringLiteral("tmpfs"), dir})
           == 0;
}

void TstBadInput::diskFull()
{
    QTemporaryDir dir;
    if (!mountTmpfs(dir.path(), QStringLiteral("size=64k")))
        QSKIP("needs root to mount a 64 KiB tmpfs");
    auto rack = std::make_shared<VirtualPhoneRack>();
    const VirtualPhoneConfig phone = testPhone(256 * 1024);
    rack->plugIn(phone);
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("dump.bin"));
    r.length = 256 * 1024;
    r.portTimeout = 5s;
    DumpJob job(r, virtualEnvironment(rack));
    const bool ok = job.run();
    QByteArray bytes;
    {
        QFile kept(DumpTarget(r.outputPath).partialPath());
        if (kept.open(QIODevice::ReadOnly))
            bytes = kept.readAll();
    }
    QProcess::execute(QStringLiteral("umount"), {dir.path()});
    QVERIFY(!ok);
    QVERIFY2(job.error().code == ErrorCode::DiskFull, qPrintable(job.error().technicalSummary()));
    QCOMPARE(ErrorText::forError(job.error()).what, ErrorText::tr("The disk is full."));
    // What fit is kept and correct; nothing pretends to be the dump.
    QVERIFY2(bytes.size() > 0 && bytes.size() <= 64 * 1024, qPrintable(QString::number(bytes.size())));
    QVERIFY(bytes == phone.flash.left(bytes.size()));
}

void TstBadInput::readOnlyFolder()
{
    QTemporaryDir dir;
    if (!mountTmpfs(dir.path(), QStringLiteral("size=64k,ro")))
        QSKIP("needs root to mount a read-only tmpfs (root ignores file modes)");
    auto rack = std::make_shared<VirtualPhoneRack>();
    rack->plugIn(testPhone());
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("dump.bin"));
    r.length = 4096;
    r.portTimeout = 5s;
    DumpJob job(r, virtualEnvironment(rack));
    const bool ok = job.run();
    QProcess::execute(QStringLiteral("umount"), {dir.path()});
    QVERIFY(!ok);
    QCOMPARE(job.error().code, ErrorCode::OutputError);
    QVERIFY2(job.error().detail.contains(QLatin1String("dump.bin.part")), qPrintable(job.error().detail));
}

void TstBadInput::portBusy()
{
    QTemporaryDir dir;
    VirtualPhoneConfig config = testPhone(4096);
    config.handshakeWindow = 30s;
    PtyPhone phone(config, dir.filePath(QStringLiteral("vp0")));
    QVERIFY(phone.start(0ms));
    QTRY_VERIFY_WITH_TIMEOUT(phone.isPresent(), 5000);
    // Another program holds the port and locks it (another MTreader job).
    QSerialPort other(phone.slavePath());
    QVERIFY2(other.open(QIODevice::ReadWrite), qPrintable(other.errorString()));
    QCOMPARE(::flock(int(other.handle()), LOCK_EX | LOCK_NB), 0);
    DumpRequest r;
    r.port = dir.filePath(QStringLiteral("vp0"));
    r.outputPath = dir.filePath(QStringLiteral("dump.bin"));
    r.length = 4096;
    r.portTimeout = 5s;
    DumpEnvironment env;
    env.lister = [] { return QList<PortInfo>{}; };
    DumpJob job(r, env);
    QVERIFY(!job.run());
    QVERIFY2(job.error().code == ErrorCode::PortBusy, qPrintable(job.error().technicalSummary()));
    QVERIFY(ErrorText::forError(job.error()).next.contains(QLatin1String("ModemManager"))
            || ErrorText::forError(job.error()).next.contains(QLatin1String("Close")));
    QVERIFY(!QFile::exists(r.outputPath));
}

void TstBadInput::portVanishedBeforeOpen()
{
    QTemporaryDir dir;
    DumpRequest r;
    r.port = dir.filePath(QStringLiteral("gone"));
    r.outputPath = dir.filePath(QStringLiteral("dump.bin"));
    r.length = 4096;
    r.portTimeout = 5s;
    DumpEnvironment env;
    env.lister = [] { return QList<PortInfo>{}; };
    env.pathExists = [](const QString &) { return true; }; // seen, then gone before open
    DumpJob job(r, env);
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, ErrorCode::PortNotFound);
    QCOMPARE(job.error().port, r.port);
}

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_badinput.moc"
