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
    void unwritableFoldersAreRefusedFirst_data();
    void unwritableFoldersAreRefusedFirst();
    void portBusy();
    void portVanishedBeforeOpen();

private:
    // A tiny filesystem of our own, so "disk full" is real ENOSPC. Mounting
    // needs root: a user who is not runs this test function again as root
    // of a user and mount namespace of its own (unshare -rm), which any
    // user may make on Debian; true then means the child passed.
    bool asNamespaceRoot(const char *function, bool &ranInChild);
    bool mountTmpfs(const QString &dir, const QString &options);
};

bool TstBadInput::asNamespaceRoot(const char *function, bool &ranInChild)
{
    ranInChild = false;
    if (geteuid() == 0)
        return true;
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("unshare"),
                {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                 QCoreApplication::applicationFilePath(), QLatin1String(function)});
    if (!child.waitForStarted() || !child.waitForFinished(120000)) {
        child.kill();
        return false;
    }
    const QByteArray output = child.readAll();
    if (output.contains("unshare failed")) // the machine refuses user namespaces
        return false;
    ranInChild = true;
    if (child.exitCode() != 0)
        qWarning().noquote() << output;
    return child.exitCode() == 0;
}

bool TstBadInput::mountTmpfs(const QString &dir, const QString &options)
{
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                              QStringLiteral("tmpfs"), dir})
        == 0;
}

void TstBadInput::diskFull()
{
    bool child = false;
    const bool root = asNamespaceRoot("diskFull", child);
    if (child) {
        QVERIFY2(root, "the test failed as root of its own namespace (output above)");
        return;
    }
    if (!root)
        QSKIP("not root, and this machine refuses user namespaces (unshare -rm): no tmpfs to fill");
    QTemporaryDir dir;
    QVERIFY(mountTmpfs(dir.path(), QStringLiteral("size=64k")));
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
    bool child = false;
    const bool root = asNamespaceRoot("readOnlyFolder", child);
    if (child) {
        QVERIFY2(root, "the test failed as root of its own namespace (output above)");
        return;
    }
    if (!root)
        QSKIP("not root, and this machine refuses user namespaces (unshare -rm): no read-only tmpfs");
    QTemporaryDir dir;
    // A read-only mount: root ignores file modes, not this.
    QVERIFY(mountTmpfs(dir.path(), QStringLiteral("size=64k,ro")));
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
    QVERIFY2(job.error().detail.contains(QLatin1String("Cannot write in the folder")), qPrintable(job.error().detail));
    // Refused before the phone was even looked for: the port was never opened.
    QVERIFY(rack->phone(QStringLiteral("virtual:1"))->pluggedInTime() <= VirtualPhone::Clock::now());
    QVERIFY(!rack->phone(QStringLiteral("virtual:1"))->handshakeDone());
}

void TstBadInput::unwritableFoldersAreRefusedFirst_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("/proc") << QStringLiteral("/proc");
    QTest::newRow("/sys") << QStringLiteral("/sys");
}

void TstBadInput::unwritableFoldersAreRefusedFirst()
{
    QFETCH(QString, folder);
    DumpRequest r;
    r.outputPath = folder + QStringLiteral("/dump.bin");
    r.length = 4096;
    r.portTimeout = 5s;
    const DumpTarget::Check check = DumpTarget(r.outputPath).check(r);
    QCOMPARE(check.problem, DumpTarget::Problem::NotWritable);
    // No probe file left behind, wherever it could be made.
    QVERIFY(QDir(folder).entryList({QStringLiteral(".mtreader-probe-*")}, QDir::Hidden | QDir::Files).isEmpty());
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
