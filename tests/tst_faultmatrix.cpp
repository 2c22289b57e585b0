// SPDX-License-Identifier: Unlicense
// Every fault the virtual phone can play (docs/protocol.md §8), end to end:
// the typed error, the sentence the user sees, and what is left on disk.
#include "DumpJob.h"
#include "ErrorText.h"
#include "support/VirtualEnvironment.h"

#include <QTemporaryDir>
#include <QtTest>

using Mt::ErrorCode;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Mt::ErrorCode)
Q_DECLARE_METATYPE(FaultKind)

namespace {
enum class Disk { Complete, PartialKept, Nothing, Unverified };
}
Q_DECLARE_METATYPE(Disk)

class TstFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
};

void TstFaultMatrix::matrix_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<int>("times");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("userSees"); // the English sentence, as written for people
    QTest::addColumn<int>("retries");      // blocks read again: a fault that fires once is retried once
    QTest::addColumn<Disk>("disk");

    const QString ok;
    // The port and handshake faults a robust host gets past on its own.
    QTest::newRow("late port") << FaultKind::LatePort << 1 << false << ErrorCode::None << ok << 0 << Disk::Complete;
    QTest::newRow("short port window") << FaultKind::ShortPortWindow << 1 << false << ErrorCode::None << ok << 0
                                       << Disk::Complete;
    QTest::newRow("re-enumeration loop") << FaultKind::ReEnumerationLoop << 1 << false << ErrorCode::None << ok << 0
                                         << Disk::Complete;
    QTest::newRow("junk before handshake")
        << FaultKind::JunkBeforeHandshake << 1 << false << ErrorCode::None << ok << 0 << Disk::Complete;
    QTest::newRow("late 5F") << FaultKind::LateHandshakeReply << 1 << false << ErrorCode::None << ok << 0
                             << Disk::Complete;
    QTest::newRow("A0 echoed unchanged") << FaultKind::HandshakeEchoedUnchanged << 1 << false << ErrorCode::None << ok
                                         << 0 << Disk::Complete;
    QTest::newRow("reset before echo") << FaultKind::ResetBeforeEcho << 1 << false << ErrorCode::None << ok << 0
                                       << Disk::Complete;
    // Data faults that happen once: retried, the file is still exact.
    QTest::newRow("wrong echo, once") << FaultKind::WrongEcho << 1 << false << ErrorCode::None << ok << 1
                                      << Disk::Complete;
    QTest::newRow("error status, once") << FaultKind::ErrorStatus << 1 << false << ErrorCode::None << ok << 1
                                        << Disk::Complete;
    QTest::newRow("short read, once") << FaultKind::ShortReadThenSilence << 1 << false << ErrorCode::None << ok << 1
                                      << Disk::Complete;
    QTest::newRow("stall, once") << FaultKind::Stall << 1 << false << ErrorCode::None << ok << 1 << Disk::Complete;
    // Faults that persist: a typed error, a sentence, the good part kept.
    // Each block gets DumpDefaults::kBlockRetries more tries before the dump stops.
    QTest::newRow("wrong echo, always") << FaultKind::WrongEcho << 0 << false << ErrorCode::WrongEcho
                                        << "The phone answered with unexpected bytes." << 3 << Disk::PartialKept;
    QTest::newRow("error status, always") << FaultKind::ErrorStatus << 0 << false << ErrorCode::BadStatus
                                          << "The phone reported an error." << 3 << Disk::PartialKept;
    QTest::newRow("short read, always") << FaultKind::ShortReadThenSilence << 0 << false << ErrorCode::ShortRead
                                        << "The phone sent only part of an answer." << 3 << Disk::PartialKept;
    QTest::newRow("stall, always") << FaultKind::Stall << 0 << false << ErrorCode::Timeout
                                   << "The phone stopped answering." << 3 << Disk::PartialKept;
    QTest::newRow("cable pulled") << FaultKind::CablePulled << 1 << false << ErrorCode::Disconnected
                                  << "The phone disconnected." << 0 << Disk::PartialKept;
    QTest::newRow("cable pulled in the first block") << FaultKind::CablePulled << -1 << false << ErrorCode::Disconnected
                                                     << "The phone disconnected." << 0 << Disk::Nothing;
    // A flipped bit passes every protocol check; only the second read sees
    // it, and the reads after it agree on the right value.
    QTest::newRow("flipped bit, verified")
        << FaultKind::FlippedBit << 1 << true << ErrorCode::None << ok << 0 << Disk::Complete;
    // A byte that reads differently every time: no two reads agree.
    QTest::newRow("flaky bits, verified")
        << FaultKind::FlakyBits << 0 << true << ErrorCode::VerifyMismatch
        << "The second read differed from the first: the dump is not reliable." << 0 << Disk::Unverified;
}

void TstFaultMatrix::matrix()
{
    QFETCH(FaultKind, kind);
    QFETCH(int, times);
    QFETCH(bool, verify);
    QFETCH(ErrorCode, code);
    QFETCH(QString, userSees);
    QFETCH(int, retries);
    QFETCH(Disk, disk);

    auto rack = std::make_shared<VirtualPhoneRack>();
    VirtualPhoneConfig phone = testPhone(64 * 1024);
    // times -1: the fault fires once, in the very first block.
    phone.faults = {{kind, times < 0 ? 0u : 0x6000u, times < 0 ? 1 : times}};
    rack->plugIn(phone, 20ms);
    QTemporaryDir dir;
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("dump.bin"));
    r.length = 64 * 1024;
    r.verify = verify;
    r.portTimeout = 10s;
    DumpJob job(r, virtualEnvironment(rack));
    const bool ok = job.run();
    QCOMPARE(job.error().code, code);
    QCOMPARE(ok, code == ErrorCode::None);
    QCOMPARE(job.result().retries, retries);
    if (!ok) {
        const ErrorText::Message m = ErrorText::forError(job.error());
        QCOMPARE(m.what, userSees);
        QVERIFY(!m.next.isEmpty());
    }

    const QString partial = DumpTarget(r.outputPath).partialPath();
    const QString sidecar = DumpTarget(r.outputPath).sidecarPath();
    QFile target(r.outputPath);
    switch (disk) {
    case Disk::Complete:
        QVERIFY(target.open(QIODevice::ReadOnly));
        QVERIFY(target.readAll() == phone.flash);
        QVERIFY(!QFile::exists(partial) && !QFile::exists(sidecar));
        break;
    case Disk::PartialKept: {
        QVERIFY(!target.exists());
        QFile p(partial);
        QVERIFY(p.open(QIODevice::ReadOnly));
        const QByteArray kept = p.readAll();
        QVERIFY(kept.size() > 0 && kept.size() <= 0x6000);
        QVERIFY(kept == phone.flash.left(kept.size())); // only good bytes
        QVERIFY(QFile::exists(sidecar));
        break;
    }
    case Disk::Nothing: QVERIFY(!target.exists() && !QFile::exists(partial) && !QFile::exists(sidecar)); break;
    case Disk::Unverified:
        QVERIFY(!target.exists());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("dump.unverified.bin"))));
        QVERIFY(!QFile::exists(partial) && !QFile::exists(sidecar));
        break;
    }
}

QTEST_GUILESS_MAIN(TstFaultMatrix)
#include "tst_faultmatrix.moc"
