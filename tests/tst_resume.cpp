// SPDX-License-Identifier: Unlicense
// Property: whatever moment the cable is pulled, reconnecting and resuming
// gives exactly the image, byte for byte, as an uninterrupted dump would.
#include "DumpJob.h"
#include "support/VirtualEnvironment.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using Mt::ErrorCode;
using namespace std::chrono_literals;

class TstResume : public QObject
{
    Q_OBJECT

private slots:
    void pullTheCableAnywhere();
    void pullTheCableTwice();
};

void TstResume::pullTheCableAnywhere()
{
    const qint64 flashSize = 128 * 1024;
    const VirtualPhoneConfig base = testPhone(flashSize, 21);
    QRandomGenerator rng(20261126); // fixed: a failure is reproducible
    const quint32 blockSizes[] = {256, 1024, 4096};
    for (int run = 0; run < 50; ++run) {
        const quint64 start = rng.bounded(4096);
        const quint64 length = 64 * 1024 + rng.bounded(64 * 1024);
        const quint32 pullAt = quint32(start + rng.bounded(quint32(length)));
        DumpRequest r;
        QTemporaryDir dir;
        r.outputPath = dir.filePath(QStringLiteral("dump.bin"));
        r.start = start;
        r.length = length;
        r.blockSize = blockSizes[run % 3];
        r.pipelineDepth = 1 + int(rng.bounded(8));
        r.portTimeout = 5s;
        const QString context = QStringLiteral("run %1: start %2 length %3 pulled at 0x%4 block %5 depth %6")
                                    .arg(run)
                                    .arg(start)
                                    .arg(length)
                                    .arg(pullAt, 0, 16)
                                    .arg(r.blockSize)
                                    .arg(r.pipelineDepth);

        auto rack = std::make_shared<VirtualPhoneRack>();
        VirtualPhoneConfig phone = base;
        phone.faults = {{FaultKind::CablePulled, pullAt, 1}};
        rack->plugIn(phone);
        DumpJob first(r, virtualEnvironment(rack));
        QVERIFY2(!first.run(), qPrintable(context));
        QCOMPARE(first.error().code, ErrorCode::Disconnected);
        QVERIFY2(!QFile::exists(r.outputPath), qPrintable(context));
        // Only blocks before the one the cable was pulled in can be kept.
        const qint64 kept = QFileInfo(DumpTarget(r.outputPath).partialPath()).size();
        QVERIFY2(kept >= 0 && quint64(kept) <= pullAt - start, qPrintable(context));

        phone.faults.clear();
        rack->plugIn(phone);
        r.resume = true;
        DumpJob second(r, virtualEnvironment(rack));
        const bool partialThere = QFileInfo::exists(DumpTarget(r.outputPath).partialPath());
        QVERIFY2(second.run(), qPrintable(context + QStringLiteral(": ") + second.error().technicalSummary()));
        // It really continued: from where the first stopped, not from the start.
        QCOMPARE(second.result().resumed, partialThere);
        QCOMPARE(second.result().resumedAt, partialThere ? kept : 0);
        QFile f(r.outputPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray expected = expectedSlice(phone.flash, start, length);
        QVERIFY2(f.readAll() == expected, qPrintable(context));
        QCOMPARE(second.result().sha256, QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
    }
}

void TstResume::pullTheCableTwice()
{
    const VirtualPhoneConfig base = testPhone(64 * 1024, 22);
    auto rack = std::make_shared<VirtualPhoneRack>();
    QTemporaryDir dir;
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("dump.bin"));
    r.length = 64 * 1024;
    r.portTimeout = 5s;
    for (quint32 pullAt : {0x3000u, 0x9000u}) {
        VirtualPhoneConfig phone = base;
        phone.faults = {{FaultKind::CablePulled, pullAt, 1}};
        rack->plugIn(phone);
        DumpJob job(r, virtualEnvironment(rack));
        QVERIFY(!job.run());
        QCOMPARE(job.error().code, ErrorCode::Disconnected);
        r.resume = true;
    }
    rack->plugIn(base);
    DumpJob last(r, virtualEnvironment(rack));
    QVERIFY2(last.run(), qPrintable(last.error().technicalSummary()));
    QFile f(r.outputPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == base.flash);
}

QTEST_GUILESS_MAIN(TstResume)
#include "tst_resume.moc"
