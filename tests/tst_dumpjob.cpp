// SPDX-License-Identifier: Unlicense
// Whole dumps against the in-process virtual phone: the file is the flash
// byte for byte, for any range and block size, and every fault ends in a
// typed error with the files on disk as promised.
#include "DumpJob.h"
#include "VerifyPass.h"
#include "identity/DumpReport.h"
#include "support/HostStream.h"
#include "support/VirtualEnvironment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using Mt::ErrorCode;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Mt::ErrorCode)
Q_DECLARE_METATYPE(FaultKind)

namespace {
struct Recorder : DumpObserver
{
    QList<Mt::DumpStage> stages;
    QStringList lines;
    qint64 lastDone = 0;
    bool monotonic = true;
    void onEvent(const DumpEvent &e) override
    {
        std::visit(Overloaded{
                       [this](const DumpEvents::StageChanged &s) { stages << s.stage; },
                       [this](const DumpEvents::Log &l) { lines << l.line; },
                       [this](const DumpEvents::Progress &p) { progress(p.progress); },
                       [](const auto &) {},
                   },
                   e);
    }
    virtual void progress(const DumpProgress &p)
    {
        if (p.stage == Mt::DumpStage::Reading) {
            monotonic = monotonic && p.done >= lastDone && p.done <= p.total;
            lastDone = p.done;
        }
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TstDumpJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void wholeDump_data();
    void wholeDump();
    void resetsThePhone();
    void noReset();
    void initKeepsThePhoneAlive();
    void unknownChipWarns();
    void mt6260();
    void everyByteSentFollowsTheProtocol_data();
    void everyByteSentFollowsTheProtocol();
    void transientFaultsAreRetried_data();
    void transientFaultsAreRetried();
    void persistentFaultsFail_data();
    void persistentFaultsFail();
    void cablePulledThenResume();
    void resumeRefusesAnotherPhone();
    void resumeRefusesAnotherFlash();
    void refusesToClobberPartial();
    void resumeTrustsOnlyTheCheckpoint();
    void anotherDumpOfTheSameName();
    void verifyCatchesFlippedBit();
    void verifyKeepsWhatNeverAgrees();
    void verifyPasses();
    void outputExists();
    void invalidRequests_data();
    void invalidRequests();
    void noPhoneTimesOut();
    void cancelLeavesNoTarget();

private:
    DumpRequest request(quint64 start, quint64 length) const;
    std::shared_ptr<VirtualPhoneRack> m_rack;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstDumpJob::init()
{
    m_rack = std::make_shared<VirtualPhoneRack>();
    m_dir = std::make_unique<QTemporaryDir>();
}

DumpRequest TstDumpJob::request(quint64 start, quint64 length) const
{
    DumpRequest r;
    r.port = QStringLiteral("auto");
    r.outputPath = m_dir->filePath(QStringLiteral("dump.bin"));
    r.start = start;
    r.length = length;
    r.portTimeout = 5s;
    return r;
}

void TstDumpJob::wholeDump_data()
{
    QTest::addColumn<quint64>("start");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<quint32>("blockSize");
    QTest::addColumn<int>("depth");
    QTest::newRow("whole flash, 1 KiB, pipelined") << quint64(0) << quint64(256 * 1024) << 1024u << 8;
    QTest::newRow("whole flash, 4 KiB") << quint64(0) << quint64(256 * 1024) << 4096u << 8;
    QTest::newRow("whole flash, 1 KiB, careful mode") << quint64(0) << quint64(256 * 1024) << 1024u << 1;
    QTest::newRow("64 KiB blocks, depth 2") << quint64(0) << quint64(256 * 1024) << 65536u << 2;
    QTest::newRow("unaligned start and length") << quint64(3) << quint64(1001) << 1024u << 8;
    QTest::newRow("unaligned, crossing blocks") << quint64(1021) << quint64(5000) << 1024u << 4;
    QTest::newRow("one byte") << quint64(0x1235) << quint64(1) << 1024u << 8;
    QTest::newRow("block larger than range") << quint64(16) << quint64(100) << 4096u << 8;
    QTest::newRow("last partial block") << quint64(0) << quint64(10 * 1024 + 12) << 4096u << 8;
    QTest::newRow("past the flash end wraps") << quint64(255 * 1024) << quint64(8 * 1024) << 1024u << 8;
}

void TstDumpJob::wholeDump()
{
    QFETCH(quint64, start);
    QFETCH(quint64, length);
    QFETCH(quint32, blockSize);
    QFETCH(int, depth);
    const VirtualPhoneConfig phone = testPhone();
    m_rack->plugIn(phone, 50ms);
    DumpRequest r = request(start, length);
    r.blockSize = blockSize;
    r.pipelineDepth = depth;
    Recorder rec;
    DumpJob job(r, virtualEnvironment(m_rack), &rec);
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));

    const QByteArray expected = expectedSlice(phone.flash, start, length);
    const QByteArray got = readAll(r.outputPath);
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QCOMPARE(job.result().sha256, QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
    QCOMPARE(job.result().phone.chipCode, quint16(0x6261));
    QCOMPARE(job.result().phone.meId, phone.meId);
    QVERIFY(rec.monotonic);
    QCOMPARE(rec.lastDone, qint64(length));
    QVERIFY(!QFile::exists(DumpTarget(r.outputPath).partialPath()));
    QVERIFY(!QFile::exists(DumpTarget(r.outputPath).sidecarPath()));
    const QList<Mt::DumpStage> stages{Mt::DumpStage::WaitingForPort, Mt::DumpStage::Connecting,
                                      Mt::DumpStage::Identified,     Mt::DumpStage::Reading,
                                      Mt::DumpStage::Resetting,      Mt::DumpStage::Done};
    QCOMPARE(rec.stages, stages);
}

void TstDumpJob::resetsThePhone()
{
    const QString loc = m_rack->plugIn(testPhone());
    DumpJob job(request(0, 4096), virtualEnvironment(m_rack));
    QVERIFY(job.run());
    QVERIFY(job.result().resetSent);
    QCOMPARE(m_rack->phone(loc)->goneReason(), VirtualPhone::GoneReason::SoftwareReset);
}

void TstDumpJob::noReset()
{
    const QString loc = m_rack->plugIn(testPhone());
    DumpRequest r = request(0, 4096);
    r.reset = false;
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY(job.run());
    QVERIFY(!job.result().resetSent);
    QVERIFY(!m_rack->phone(loc)->isGone());
}

void TstDumpJob::initKeepsThePhoneAlive()
{
    // A battery-less phone whose watchdogs fire soon after the handshake:
    // only the init writes keep it alive past them.
    VirtualPhoneConfig phone = testPhone(64 * 1024);
    phone.hasBattery = false;
    phone.watchdogTimeout = 100ms;
    phone.chargerWatchdogTimeout = 150ms;
    const QString loc = m_rack->plugIn(phone);
    DumpRequest r = request(0, 64 * 1024);
    r.reset = false;
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    QCOMPARE(readAll(r.outputPath), phone.flash);
    const auto alive = m_rack->phone(loc);
    // The model's own clock, 300 ms on: both watchdogs would have fired by then.
    alive->advance(VirtualPhone::Clock::now() + 300ms);
    QVERIFY(!alive->isGone());
    QVERIFY(alive->watchdogDisabled());
}

void TstDumpJob::unknownChipWarns()
{
    VirtualPhoneConfig phone = testPhone(16 * 1024);
    phone.chipCode = 0x6250;
    m_rack->plugIn(phone);
    Recorder rec;
    DumpJob job(request(0, 16 * 1024), virtualEnvironment(m_rack), &rec);
    QVERIFY(job.run());
    QVERIFY(rec.lines.join(QLatin1Char('\n')).contains(QLatin1String("unknown chip code 0x6250")));
}

void TstDumpJob::mt6260()
{
    VirtualPhoneConfig phone = VirtualPhoneConfig::mt6260();
    phone.flash = FlashImage::generate(32 * 1024, 3);
    m_rack->plugIn(phone);
    DumpJob job(request(0, 32 * 1024), virtualEnvironment(m_rack));
    QVERIFY(job.run());
    QCOMPARE(job.result().phone.chipName(), QStringLiteral("MT6260"));
    QCOMPARE(readAll(request(0, 0).outputPath), phone.flash);
}

void TstDumpJob::everyByteSentFollowsTheProtocol_data()
{
    QTest::addColumn<quint32>("blockSize");
    QTest::addColumn<int>("depth");
    QTest::newRow("1 KiB, pipelined") << 1024u << 8;
    QTest::newRow("4 KiB, pipelined") << 4096u << 8;
    QTest::newRow("4 KiB, careful mode") << 4096u << 1;
    QTest::newRow("256 bytes, depth 3") << 256u << 3;
}

void TstDumpJob::everyByteSentFollowsTheProtocol()
{
    QFETCH(quint32, blockSize);
    QFETCH(int, depth);
    m_rack->plugIn(testPhone(64 * 1024));
    auto sent = std::make_shared<QByteArray>();
    auto lock = std::make_shared<QMutex>();
    DumpEnvironment env = virtualEnvironment(m_rack);
    env.opener = [rack = m_rack, sent, lock](const QString &location, DumpError &error) -> std::unique_ptr<Transport> {
        std::unique_ptr<Transport> t = rack->open(location, error);
        if (!t)
            return nullptr;
        return std::make_unique<RecordingTransport>(std::move(t), sent, lock);
    };
    DumpRequest r = request(0, 10 * 1024 + 8); // a short last block
    r.blockSize = blockSize;
    r.pipelineDepth = depth;
    DumpJob job(r, env);
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));

    bool ok = false;
    const QList<HostCommand> cmds = parseHostStream(*sent, &ok);
    QVERIFY2(ok, sent->toHex(' ').constData());
    // docs/protocol.md §4, then the identity (§3.4), the reads (§5), the reset (§6).
    const QList<std::tuple<quint8, quint32, quint32>> head{
        {0xA2, 0x80000008, 1}, {0xD2, 0xA0030000, 1}, {0xD2, 0xA0700A28, 1}, {0xD2, 0xA0700A24, 1},
        {0xD4, 0xA0510000, 1}, {0xA2, 0x80000000, 1}, {0xA2, 0x80000004, 1}, {0xA2, 0x8000000C, 1},
        {0xFF, 0, 0},          {0xE1, 0, 0}};
    QVERIFY(cmds.size() > head.size() + 1);
    for (int i = 0; i < head.size(); ++i) {
        const auto [code, address, count] = head.at(i);
        QCOMPARE(cmds.at(i).code, code);
        QCOMPARE(cmds.at(i).address, address);
        QCOMPARE(cmds.at(i).count, count);
    }
    // The count field of every READ32 is the block size in words; only the
    // last block is shorter. Addresses follow one another.
    quint32 next = 0;
    const qsizetype reads = cmds.size() - head.size() - 1;
    for (qsizetype i = 0; i < reads; ++i) {
        const HostCommand &c = cmds.at(head.size() + i);
        QCOMPARE(c.code, quint8(0xD1));
        QCOMPARE(c.address, next);
        const quint32 left = quint32(r.length) - next;
        QCOMPARE(c.count, std::min(blockSize, left) / 4);
        next += c.count * 4;
    }
    QCOMPARE(next, quint32(r.length));
    QCOMPARE(cmds.last().code, quint8(0xD2));
    QCOMPARE(cmds.last().address, 0xA003001Cu);
    QCOMPARE(sent->right(2).toHex(), QByteArray("1209"));
}

void TstDumpJob::transientFaultsAreRetried_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<int>("depth");
    QTest::newRow("wrong echo, pipelined") << FaultKind::WrongEcho << 8;
    QTest::newRow("error status, pipelined") << FaultKind::ErrorStatus << 8;
    QTest::newRow("short read, pipelined") << FaultKind::ShortReadThenSilence << 8;
    QTest::newRow("stall, pipelined") << FaultKind::Stall << 8;
    QTest::newRow("wrong echo, careful mode") << FaultKind::WrongEcho << 1;
    QTest::newRow("error status, careful mode") << FaultKind::ErrorStatus << 1;
    QTest::newRow("stall, careful mode") << FaultKind::Stall << 1;
}

void TstDumpJob::transientFaultsAreRetried()
{
    QFETCH(FaultKind, kind);
    QFETCH(int, depth);
    VirtualPhoneConfig phone = testPhone(64 * 1024);
    phone.faults = {{kind, 0x5000, 1}};
    m_rack->plugIn(phone);
    DumpRequest r = request(0, 64 * 1024);
    r.pipelineDepth = depth;
    Recorder rec;
    DumpJob job(r, virtualEnvironment(m_rack), &rec);
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    QVERIFY(readAll(r.outputPath) == phone.flash);
    QVERIFY(rec.lines.join(QLatin1Char('\n')).contains(QLatin1String("retrying block at 0x00005000")));
}

void TstDumpJob::persistentFaultsFail_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("wrong echo") << FaultKind::WrongEcho << ErrorCode::WrongEcho;
    QTest::newRow("error status") << FaultKind::ErrorStatus << ErrorCode::BadStatus;
    QTest::newRow("short read") << FaultKind::ShortReadThenSilence << ErrorCode::ShortRead;
    QTest::newRow("stall") << FaultKind::Stall << ErrorCode::Timeout;
    QTest::newRow("cable pulled") << FaultKind::CablePulled << ErrorCode::Disconnected;
}

void TstDumpJob::persistentFaultsFail()
{
    QFETCH(FaultKind, kind);
    QFETCH(ErrorCode, code);
    VirtualPhoneConfig phone = testPhone(64 * 1024);
    phone.faults = {{kind, 0x8000, 0}};
    m_rack->plugIn(phone);
    DumpRequest r = request(0, 64 * 1024);
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, code);
    QVERIFY2(job.error().offset >= 0x7000 && job.error().offset <= 0x8000, qPrintable(job.error().technicalSummary()));
    // Nothing under the target name; the good blocks kept for a resume.
    QVERIFY(!QFile::exists(r.outputPath));
    const QByteArray partial = readAll(DumpTarget(r.outputPath).partialPath());
    QVERIFY(partial.size() >= 0x7000 && partial.size() <= 0x8000);
    QVERIFY(partial == phone.flash.left(partial.size()));
    QVERIFY(QFile::exists(DumpTarget(r.outputPath).sidecarPath()));
}

void TstDumpJob::cablePulledThenResume()
{
    VirtualPhoneConfig phone = testPhone(128 * 1024);
    phone.faults = {{FaultKind::CablePulled, 0x9000, 1}};
    m_rack->plugIn(phone);
    DumpRequest r = request(5, 100 * 1024);
    DumpJob first(r, virtualEnvironment(m_rack));
    QVERIFY(!first.run());
    QCOMPARE(first.error().code, ErrorCode::Disconnected);
    QVERIFY(!QFile::exists(r.outputPath));

    // The same phone, reconnected: a fresh BROM session.
    phone.faults.clear();
    m_rack->plugIn(phone, 100ms);
    r.resume = true;
    DumpJob second(r, virtualEnvironment(m_rack));
    QVERIFY2(second.run(), qPrintable(second.error().technicalSummary()));
    QVERIFY(second.result().resumed);
    const QByteArray expected = expectedSlice(phone.flash, 5, 100 * 1024);
    QVERIFY(readAll(r.outputPath) == expected);
    QCOMPARE(second.result().sha256, QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
    QVERIFY(!QFile::exists(DumpTarget(r.outputPath).partialPath()));
    QVERIFY(!QFile::exists(DumpTarget(r.outputPath).sidecarPath()));
}

void TstDumpJob::resumeRefusesAnotherPhone()
{
    VirtualPhoneConfig phone = testPhone(64 * 1024);
    phone.faults = {{FaultKind::CablePulled, 0x4000, 1}};
    m_rack->plugIn(phone);
    DumpRequest r = request(0, 64 * 1024);
    QVERIFY(!DumpJob(r, virtualEnvironment(m_rack)).run());
    const QByteArray partialBefore = readAll(DumpTarget(r.outputPath).partialPath());

    VirtualPhoneConfig other = testPhone(64 * 1024, 99);
    other.meId = QByteArray(16, '\x42');
    m_rack->plugIn(other);
    r.resume = true;
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, ErrorCode::PhoneMismatch);
    QCOMPARE(readAll(DumpTarget(r.outputPath).partialPath()), partialBefore);
    QVERIFY(!QFile::exists(r.outputPath));
}

void TstDumpJob::resumeRefusesAnotherFlash()
{
    // The same ME ID, another flash (a board swapped, a flash rewritten):
    // the last bytes kept read differently, and the resume is refused.
    VirtualPhoneConfig phone = testPhone(64 * 1024, 7);
    phone.faults = {{FaultKind::CablePulled, 0x6000, 1}};
    m_rack->plugIn(phone);
    DumpRequest r = request(0, 64 * 1024);
    QVERIFY(!DumpJob(r, virtualEnvironment(m_rack)).run());
    const QByteArray partialBefore = readAll(DumpTarget(r.outputPath).partialPath());
    QVERIFY(partialBefore.size() > 0);

    VirtualPhoneConfig reflashed = testPhone(64 * 1024, 8); // same ME ID, other bytes
    QCOMPARE(reflashed.meId, phone.meId);
    m_rack->plugIn(reflashed);
    r.resume = true;
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, ErrorCode::PhoneMismatch);
    QVERIFY2(job.error().detail.contains(QLatin1String("flash differs")), qPrintable(job.error().detail));
    QCOMPARE(readAll(DumpTarget(r.outputPath).partialPath()), partialBefore);
    QVERIFY(!QFile::exists(r.outputPath));
}

void TstDumpJob::refusesToClobberPartial()
{
    DumpRequest r = request(0, 4096);
    QFile partial(DumpTarget(r.outputPath).partialPath());
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write("precious");
    partial.close();
    m_rack->plugIn(testPhone());
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, ErrorCode::ResumeInvalid);
    QCOMPARE(readAll(DumpTarget(r.outputPath).partialPath()), QByteArray("precious"));
}

void TstDumpJob::resumeTrustsOnlyTheCheckpoint()
{
    VirtualPhoneConfig phone = testPhone(64 * 1024);
    phone.faults = {{FaultKind::CablePulled, 0x7000, 1}};
    m_rack->plugIn(phone);
    DumpRequest r = request(0, 64 * 1024);
    QVERIFY(!DumpJob(r, virtualEnvironment(m_rack)).run());
    // A crash of the whole computer can leave a partial file longer than
    // what really reached the disk: junk past the last checkpoint.
    QFile partial(DumpTarget(r.outputPath).partialPath());
    QVERIFY(partial.open(QIODevice::Append));
    partial.write(QByteArray(3000, '\x5a'));
    partial.close();
    phone.faults.clear();
    m_rack->plugIn(phone);
    r.resume = true;
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    QVERIFY(readAll(r.outputPath) == phone.flash);
}

void TstDumpJob::anotherDumpOfTheSameName()
{
    // While this dump waits for its phone, another one (another window, a
    // second CLI) starts writing the same file name: the moment the job says
    // it is waiting, the other partial file appears.
    m_rack->plugIn(testPhone(16 * 1024), 100ms);
    DumpRequest r = request(0, 16 * 1024);
    struct OtherDumpStarts : DumpObserver
    {
        QString partial;
        void onEvent(const DumpEvent &e) override
        {
            const auto *s = std::get_if<DumpEvents::StageChanged>(&e);
            if (!s || s->stage != Mt::DumpStage::WaitingForPort)
                return;
            QFile f(partial);
            if (f.open(QIODevice::WriteOnly))
                f.write("the other phone");
        }
    } other;
    other.partial = DumpTarget(r.outputPath).partialPath();
    DumpJob job(r, virtualEnvironment(m_rack), &other);
    const bool ok = job.run();
    QVERIFY(!ok);
    QCOMPARE(job.error().code, ErrorCode::OutputExists);
    QCOMPARE(readAll(DumpTarget(r.outputPath).partialPath()), QByteArray("the other phone"));
    QVERIFY(!QFile::exists(r.outputPath));
}

void TstDumpJob::verifyCatchesFlippedBit()
{
    // The first read of the block at 0x1000 has a bit flipped; the second
    // differs, the third agrees with the second: the file is corrected.
    VirtualPhoneConfig phone = testPhone(32 * 1024);
    phone.faults = {{FaultKind::FlippedBit, 0x1234, 1}};
    m_rack->plugIn(phone);
    DumpRequest r = request(0, 32 * 1024);
    r.verify = true;
    Recorder rec;
    DumpJob job(r, virtualEnvironment(m_rack), &rec);
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    QCOMPARE(readAll(r.outputPath), phone.flash);
    QCOMPARE(job.result().sha256, QCryptographicHash::hash(phone.flash, QCryptographicHash::Sha256));
    QVERIFY(job.result().verified);
    QCOMPARE(job.result().rereads.size(), 1);
    const BlockReread b = job.result().rereads.constFirst();
    QCOMPARE(b.offset, quint64(0x1000)); // the 1 KiB block holding 0x1234
    QCOMPARE(b.length, 1024u);
    QCOMPARE(b.reads, 3);
    QVERIFY(b.repaired);
    QVERIFY(rec.lines.join(QLatin1Char('\n')).contains(QLatin1String("0x00001000")));
    // The report says which block needed another read.
    const std::optional<QJsonObject> report = DumpReport::read(DumpReport::pathFor(r.outputPath));
    QVERIFY(report);
    const QJsonArray rereads =
        report->value(QStringLiteral("verify")).toObject().value(QStringLiteral("rereadBlocks")).toArray();
    QCOMPARE(rereads.size(), 1);
    QCOMPARE(rereads.at(0).toObject().value(QStringLiteral("offset")).toDouble(), double(0x1000));
    QCOMPARE(rereads.at(0).toObject().value(QStringLiteral("reads")).toInt(), 3);
    QCOMPARE(rereads.at(0).toObject().value(QStringLiteral("corrected")).toBool(), true);
}

void TstDumpJob::verifyKeepsWhatNeverAgrees()
{
    VirtualPhoneConfig phone = testPhone(32 * 1024);
    phone.faults = {{FaultKind::FlakyBits, 0x1234, 0}};
    m_rack->plugIn(phone);
    DumpRequest r = request(0, 32 * 1024);
    r.verify = true;
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, ErrorCode::VerifyMismatch);
    QCOMPARE(job.error().offset, qint64(0x1000));
    QVERIFY2(job.error().detail.contains(QLatin1String("0x00001000")), qPrintable(job.error().detail));
    QVERIFY(!QFile::exists(r.outputPath));
    const QString kept = m_dir->filePath(QStringLiteral("dump.unverified.bin"));
    QCOMPARE(job.result().path, kept);
    QCOMPARE(readAll(kept).size(), 32 * 1024);
    QCOMPARE(job.result().unverified.size(), 1);
    QCOMPARE(job.result().unverified.constFirst().reads, 2 + VerifyPass::kMoreReads);
    // A second try of the same name never clashes with the first's evidence.
    m_rack->plugIn(phone);
    DumpJob again(r, virtualEnvironment(m_rack));
    QVERIFY(!again.run());
    QCOMPARE(again.error().code, ErrorCode::VerifyMismatch);
    QCOMPARE(again.result().path, m_dir->filePath(QStringLiteral("dump.unverified-2.bin")));
}

void TstDumpJob::verifyPasses()
{
    m_rack->plugIn(testPhone(32 * 1024));
    DumpRequest r = request(0, 32 * 1024);
    r.verify = true;
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    QVERIFY(job.result().verified);
}

void TstDumpJob::outputExists()
{
    DumpRequest r = request(0, 4096);
    QFile f(r.outputPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("old");
    f.close();
    // Refused before any phone is even looked for.
    DumpJob refused(r, virtualEnvironment(m_rack));
    QVERIFY(!refused.run());
    QCOMPARE(refused.error().code, ErrorCode::OutputExists);
    QCOMPARE(readAll(r.outputPath), QByteArray("old"));

    const VirtualPhoneConfig phone = testPhone();
    m_rack->plugIn(phone);
    r.overwrite = true;
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY(job.run());
    QCOMPARE(readAll(r.outputPath), phone.flash.left(4096));
}

void TstDumpJob::invalidRequests_data()
{
    QTest::addColumn<quint64>("start");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<quint32>("blockSize");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("zero length") << quint64(0) << quint64(0) << 1024u << "" << ErrorCode::InvalidArgument;
    QTest::newRow("past 4 GiB") << quint64(0xfffffff0) << quint64(0x20) << 1024u << "" << ErrorCode::InvalidArgument;
    QTest::newRow("odd block size") << quint64(0) << quint64(16) << 1023u << "" << ErrorCode::InvalidArgument;
    QTest::newRow("missing folder") << quint64(0) << quint64(16) << 1024u << "no/such/folder" << ErrorCode::OutputError;
}

void TstDumpJob::invalidRequests()
{
    QFETCH(quint64, start);
    QFETCH(quint64, length);
    QFETCH(quint32, blockSize);
    QFETCH(QString, folder);
    QFETCH(ErrorCode, code);
    DumpRequest r = request(start, length);
    r.blockSize = blockSize;
    if (!folder.isEmpty())
        r.outputPath = m_dir->filePath(folder + QStringLiteral("/x.bin"));
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, code);
    QVERIFY(!QFile::exists(r.outputPath));
}

void TstDumpJob::noPhoneTimesOut()
{
    DumpRequest r = request(0, 16);
    r.portTimeout = 200ms;
    DumpJob job(r, virtualEnvironment(m_rack));
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, ErrorCode::NoPhone);
}

void TstDumpJob::cancelLeavesNoTarget()
{
    VirtualPhoneConfig phone = testPhone(256 * 1024);
    phone.link = LinkModel::realistic();
    m_rack->plugIn(phone);
    DumpRequest r = request(0, 256 * 1024);
    CancelFlag cancel{false};
    struct CancelMidway : Recorder
    {
        CancelFlag *flag;
        void progress(const DumpProgress &p) override
        {
            if (p.done > 32 * 1024)
                flag->store(true);
        }
    } rec;
    rec.flag = &cancel;
    DumpJob job(r, virtualEnvironment(m_rack), &rec, &cancel);
    QVERIFY(!job.run());
    QCOMPARE(job.error().code, ErrorCode::Cancelled);
    QCOMPARE(rec.stages.last(), Mt::DumpStage::Cancelled);
    QVERIFY(!QFile::exists(r.outputPath));
    // The link still worked: the phone was told to leave its BootROM.
    QVERIFY(job.result().resetSent);
    QCOMPARE(m_rack->phone(QStringLiteral("virtual:1"))->goneReason(), VirtualPhone::GoneReason::SoftwareReset);
}

QTEST_GUILESS_MAIN(TstDumpJob)
#include "tst_dumpjob.moc"
