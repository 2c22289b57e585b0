// SPDX-License-Identifier: Unlicense
// The dump worker in its own QThread, as the window uses it: everything
// arrives as queued signals, progress is throttled, cancel works from the
// other thread at any moment.
#include "DumpWorker.h"
#include "support/VirtualEnvironment.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace std::chrono_literals;

class TstDumpWorker : public QObject
{
    Q_OBJECT

signals:
    void startDump(const DumpRequest &request);
    void cancelDump();

private slots:
    void dumpInThread();
    void cancelFromGuiThread();
    void cancelBeforeStart();

private:
    struct Running
    {
        QThread thread;
        DumpWorker *worker = nullptr;
    };
    void launch(Running &run, const DumpEnvironment &env);
};

void TstDumpWorker::launch(Running &run, const DumpEnvironment &env)
{
    run.worker = new DumpWorker(env);
    run.worker->moveToThread(&run.thread);
    connect(&run.thread, &QThread::finished, run.worker, &QObject::deleteLater);
    connect(this, &TstDumpWorker::startDump, run.worker, &DumpWorker::start);
    connect(this, &TstDumpWorker::cancelDump, run.worker, &DumpWorker::cancel, Qt::DirectConnection);
    connect(run.worker, &DumpWorker::finished, &run.thread, &QThread::quit);
    connect(run.worker, &DumpWorker::failed, &run.thread, &QThread::quit);
    run.thread.start();
}

void TstDumpWorker::dumpInThread()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    VirtualPhoneConfig phone = testPhone(512 * 1024);
    phone.link = LinkModel::realistic();
    rack->plugIn(phone, 100ms);
    QTemporaryDir dir;
    Running run;
    launch(run, virtualEnvironment(rack));
    QSignalSpy stages(run.worker, &DumpWorker::stageChanged);
    QSignalSpy progress(run.worker, &DumpWorker::progress);
    QSignalSpy identified(run.worker, &DumpWorker::identified);
    QSignalSpy finished(run.worker, &DumpWorker::finished);
    QSignalSpy failed(run.worker, &DumpWorker::failed);
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("d.bin"));
    r.length = 512 * 1024;
    r.portTimeout = 10s;
    QElapsedTimer clock;
    clock.start();
    emit startDump(r);
    QVERIFY(finished.wait(60000));
    const qint64 ms = clock.elapsed();
    run.thread.wait();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(identified.count(), 1);
    QCOMPARE(identified.first().first().value<PhoneInfo>().chipCode, quint16(0x6261));
    const DumpResult result = finished.first().first().value<DumpResult>();
    QCOMPARE(result.path, r.outputPath);
    QCOMPARE(result.sha256, QCryptographicHash::hash(phone.flash, QCryptographicHash::Sha256));
    // ~512 blocks, but at most about 30 updates a second reach the window
    // (the bound grows with the time taken, so a slow machine cannot fail it).
    QVERIFY(progress.count() >= 2);
    QVERIFY2(progress.count() <= ms / DumpWorker::kProgressIntervalMs + 3,
             qPrintable(QStringLiteral("%1 updates in %2 ms").arg(progress.count()).arg(ms)));
    const DumpProgress last = progress.last().first().value<DumpProgress>();
    QCOMPARE(last.done, last.total); // the final state is never dropped
    QCOMPARE(stages.last().first().value<Mt::DumpStage>(), Mt::DumpStage::Done);
}

void TstDumpWorker::cancelFromGuiThread()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    VirtualPhoneConfig phone = testPhone(1024 * 1024);
    phone.link = LinkModel::realistic();
    rack->plugIn(phone);
    QTemporaryDir dir;
    Running run;
    launch(run, virtualEnvironment(rack));
    QSignalSpy progress(run.worker, &DumpWorker::progress);
    QSignalSpy failed(run.worker, &DumpWorker::failed);
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("d.bin"));
    r.length = 1024 * 1024;
    r.portTimeout = 10s;
    emit startDump(r);
    QVERIFY(progress.wait(30000));
    emit cancelDump();
    QVERIFY(failed.wait(30000));
    run.thread.wait();
    QCOMPARE(failed.first().first().value<DumpError>().code, Mt::ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(r.outputPath));
}

void TstDumpWorker::cancelBeforeStart()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    QTemporaryDir dir;
    Running run;
    launch(run, virtualEnvironment(rack));
    QSignalSpy failed(run.worker, &DumpWorker::failed);
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("d.bin"));
    r.length = 4096;
    emit cancelDump(); // the user was quicker than the thread
    emit startDump(r);
    QVERIFY(failed.wait(30000));
    run.thread.wait();
    QCOMPARE(failed.first().first().value<DumpError>().code, Mt::ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TstDumpWorker)
#include "tst_dumpworker.moc"
