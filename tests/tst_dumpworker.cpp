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

private slots:
    void dumpInThread();
    void cancelFromGuiThread();
    void cancelBeforeStart();

private:
    struct Running
    {
        QThread thread;
        DumpWorker *worker = nullptr;
        std::shared_ptr<CancelFlag> cancel = std::make_shared<CancelFlag>(false);
    };
    void launch(Running &run, const DumpEnvironment &env);
};

void TstDumpWorker::launch(Running &run, const DumpEnvironment &env)
{
    run.worker = new DumpWorker(env, run.cancel);
    run.worker->moveToThread(&run.thread);
    connect(&run.thread, &QThread::finished, run.worker, &QObject::deleteLater);
    connect(this, &TstDumpWorker::startDump, run.worker, &DumpWorker::start);
    connect(run.worker, &DumpWorker::ended, &run.thread, &QThread::quit);
    run.thread.start();
}

namespace {
// What the worker said, collected in the test's thread as the window would.
struct Heard
{
    QList<Mt::DumpStage> stages;
    QList<DumpProgress> progress;
    QList<PhoneInfo> identified;
    std::optional<DumpOutcome> outcome;
};

void listen(QObject *context, DumpWorker *worker, Heard &heard)
{
    QObject::connect(worker, &DumpWorker::dumpEvent, context, [&heard](const DumpEvent &e) {
        std::visit(Overloaded{
                       [&](const DumpEvents::StageChanged &s) { heard.stages << s.stage; },
                       [&](const DumpEvents::Progress &p) { heard.progress << p.progress; },
                       [&](const DumpEvents::Identified &i) { heard.identified << i.phone; },
                       [](const auto &) {},
                   },
                   e);
    });
    QObject::connect(worker, &DumpWorker::ended, context, [&heard](const DumpOutcome &o) { heard.outcome = o; });
}
} // namespace

void TstDumpWorker::dumpInThread()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    VirtualPhoneConfig phone = testPhone(512 * 1024);
    phone.link = LinkModel::realistic();
    rack->plugIn(phone, 100ms);
    QTemporaryDir dir;
    Running run;
    launch(run, virtualEnvironment(rack));
    Heard heard;
    listen(this, run.worker, heard);
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("d.bin"));
    r.length = 512 * 1024;
    r.portTimeout = 10s;
    QElapsedTimer clock;
    clock.start();
    emit startDump(r);
    QTRY_VERIFY_WITH_TIMEOUT(heard.outcome.has_value(), 60000);
    const qint64 ms = clock.elapsed();
    run.thread.wait();
    QVERIFY(heard.outcome->result.has_value());
    QCOMPARE(heard.identified.size(), 1);
    QCOMPARE(heard.identified.first().chipCode, quint16(0x6261));
    const DumpResult result = *heard.outcome->result;
    QCOMPARE(result.path, r.outputPath);
    QCOMPARE(result.sha256, QCryptographicHash::hash(phone.flash, QCryptographicHash::Sha256));
    // ~512 blocks, but at most about 30 updates a second reach the window
    // (the bound grows with the time taken, so a slow machine cannot fail it).
    const qint64 interval = DumpWorker::kProgressInterval.count();
    QVERIFY(heard.progress.size() >= 2);
    QVERIFY2(heard.progress.size() <= ms / interval + 3,
             qPrintable(QStringLiteral("%1 updates in %2 ms").arg(heard.progress.size()).arg(ms)));
    const DumpProgress last = heard.progress.last();
    QCOMPARE(last.done, last.total); // the final state is never dropped
    QCOMPARE(heard.stages.last(), Mt::DumpStage::Done);
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
    Heard heard;
    listen(this, run.worker, heard);
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("d.bin"));
    r.length = 1024 * 1024;
    r.portTimeout = 10s;
    emit startDump(r);
    QTRY_VERIFY_WITH_TIMEOUT(!heard.progress.isEmpty(), 30000);
    run.cancel->store(true); // from this thread, while the worker's is busy
    QTRY_VERIFY_WITH_TIMEOUT(heard.outcome.has_value(), 30000);
    run.thread.wait();
    QVERIFY(!heard.outcome->result);
    QCOMPARE(heard.outcome->error.code, Mt::ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(r.outputPath));
}

void TstDumpWorker::cancelBeforeStart()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    QTemporaryDir dir;
    Running run;
    launch(run, virtualEnvironment(rack));
    Heard heard;
    listen(this, run.worker, heard);
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("d.bin"));
    r.length = 4096;
    run.cancel->store(true); // the user was quicker than the thread
    emit startDump(r);
    QTRY_VERIFY_WITH_TIMEOUT(heard.outcome.has_value(), 30000);
    run.thread.wait();
    QCOMPARE(heard.outcome->error.code, Mt::ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TstDumpWorker)
#include "tst_dumpworker.moc"
