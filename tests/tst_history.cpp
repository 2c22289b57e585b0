// SPDX-License-Identifier: Unlicense
// The dump history on real SQLite files: what an attempt leaves, how it is
// found again, the way from schema version 1, and writers in four threads at
// once, each with its own connection. Files in the way: tst_historyfiles.
#include "DumpHistory.h"
#include "DumpTarget.h"
#include "HistoryCsv.h"
#include "HistorySchema.h"
#include "support/HistoryTestUtil.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using Result = HistoryRecord::Result;
using Program = HistoryRecord::Program;

using namespace historytest;

class TstHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void doneAttempt();
    void failedAndCancelled_data();
    void failedAndCancelled();
    void crashLeavesUnfinished();
    void phoneKnownBeforeTheEnd();
    void filters();
    void lastAttemptsOfAPhone();
    void continuablePartials();
    void migratesVersion1();
    void fourThreadsAtOnce();
    void csvQuoting_data();
    void csvQuoting();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TstHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = path(QStringLiteral("history.sqlite"));
}

void TstHistory::cleanup()
{
    m_dir.reset();
}

void TstHistory::doneAttempt()
{
    DumpHistory history(Program::JobsWindow, m_file);
    QSignalSpy changed(&history, &DumpHistory::changed);
    const QString out = path(QStringLiteral("out.bin"));
    const qint64 id = history.begin(requestFor(out), QStringLiteral("/dev/ttyACM0"));
    QVERIFY(id != 0);
    QList<HistoryRecord> all = history.query();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).result, Result::Unfinished);
    QVERIFY(!all.at(0).endedAt.isValid());

    history.finish(id, doneResult(out));
    QCOMPARE(changed.count(), 2);
    all = history.query();
    QCOMPARE(all.size(), 1);
    const HistoryRecord &r = all.at(0);
    QCOMPARE(r.result, Result::Done);
    QCOMPARE(r.program, Program::JobsWindow);
    QCOMPARE(r.file, out);
    QCOMPARE(r.port, QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(r.requestedPort, QStringLiteral("auto"));
    QCOMPARE(r.start, quint64(0));
    QCOMPARE(r.length, quint64(0x40000));
    QCOMPARE(r.blockSize, 4096u);
    QVERIFY(r.verifyRequested);
    QCOMPARE(r.sha256, QByteArray(32, '\xab'));
    QVERIFY(r.phone.has_value());
    QCOMPARE(r.phone->meIdHex(), QStringLiteral("3A7F0011223344556677889900AABBCC"));
    QCOMPARE(r.phone->chipCode, quint16(0x6261));
    QCOMPARE(r.phone->hwVersion, quint16(0xCB01));
    QCOMPARE(r.phone->bromVersion, quint8(5));
    QCOMPARE(r.retries, 2);
    QCOMPARE(r.readSeconds, 1.5);
    QVERIFY(r.verified);
    QVERIFY(!r.resumed);
    QVERIFY(r.errorCode.isEmpty());
    QVERIFY(r.durationMs >= 0);
    QCOMPARE(r.startedAt.timeSpec(), Qt::UTC);
    QVERIFY(r.endedAt >= r.startedAt);
    QVERIFY(qAbs(r.startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    // Not yet known from this dump: firmware, flash size, report.
    QVERIFY(r.details.firmwareVersion.isEmpty());
    QVERIFY(!r.details.flashSize.has_value());
    QVERIFY(r.details.reportPath.isEmpty());
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
    QCOMPARE(json.value(QStringLiteral("program")).toString(), QStringLiteral("jobs"));
    QVERIFY(json.value(QStringLiteral("flashSize")).isNull());
    QCOMPARE(json.value(QStringLiteral("sha256")).toString(), QStringLiteral("ab").repeated(32));
}

void TstHistory::failedAndCancelled_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("name");
    QTest::newRow("cable pulled") << int(Mt::ErrorCode::Disconnected) << int(Result::Failed)
                                  << QStringLiteral("Disconnected");
    QTest::newRow("no phone") << int(Mt::ErrorCode::NoPhone) << int(Result::Failed) << QStringLiteral("NoPhone");
    QTest::newRow("cancelled") << int(Mt::ErrorCode::Cancelled) << int(Result::Cancelled)
                               << QStringLiteral("Cancelled");
}

void TstHistory::failedAndCancelled()
{
    QFETCH(int, code);
    QFETCH(int, result);
    QFETCH(QString, name);
    DumpHistory history(Program::Cli, m_file);
    const qint64 id = history.begin(requestFor(path(QStringLiteral("a.bin"))));
    history.finish(id, DumpResult{}, error(Mt::ErrorCode(code)));
    const QList<HistoryRecord> all = history.query();
    QCOMPARE(all.size(), 1);
    QCOMPARE(int(all.at(0).result), result);
    QCOMPARE(all.at(0).errorCode, name);
    QVERIFY(all.at(0).errorDetail.startsWith(name + QStringLiteral(": test detail")));
    QCOMPARE(all.at(0).port, QStringLiteral("/dev/ttyACM1"));
    QVERIFY(!all.at(0).phone.has_value()); // it never answered
    QVERIFY(all.at(0).sha256.isEmpty());
}

void TstHistory::crashLeavesUnfinished()
{
    {
        DumpHistory history(Program::Window, m_file);
        QVERIFY(history.begin(requestFor(path(QStringLiteral("a.bin")))) != 0);
    } // gone without finish(), as in a crash
    DumpHistory later(Program::Window, m_file);
    const QList<HistoryRecord> all = later.query();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).result, Result::Unfinished);
    QCOMPARE(all.at(0).durationMs, qint64(-1));
}

void TstHistory::phoneKnownBeforeTheEnd()
{
    DumpHistory history(Program::Window, m_file);
    const qint64 id = history.begin(requestFor(path(QStringLiteral("a.bin"))));
    history.identified(id, phone());
    HistoryDetails d;
    d.firmwareVersion = QStringLiteral("MAUI.11CW1418SP5.W14.19");
    d.flashSize = 0x400000;
    history.addDetails(id, d);
    const HistoryRecord r = history.query().value(0);
    QCOMPARE(r.result, Result::Unfinished);
    QVERIFY(r.phone.has_value());
    QCOMPARE(r.phone->meId, kMeId);
    QCOMPARE(r.details.firmwareVersion, QStringLiteral("MAUI.11CW1418SP5.W14.19"));
    QCOMPARE(r.details.flashSize, std::optional<quint64>(0x400000));
}

void TstHistory::filters()
{
    DumpHistory history(Program::Window, m_file);
    const QByteArray otherMe = QByteArray::fromHex("99887766554433221100ffeeddccbbaa");
    const struct
    {
        const char *file;
        QByteArray me;
        const char *firmware;
    } rows[] = {{"first_nokia.bin", kMeId, "MAUI.W14"},
                {"second.bin", otherMe, "ALPHA_V2"},
                {"third 100%.bin", kMeId, nullptr}};
    for (const auto &row : rows) {
        const QString file = path(QLatin1String(row.file));
        const qint64 id = history.begin(requestFor(file));
        if (row.firmware)
            history.addDetails(id, HistoryDetails{QLatin1String(row.firmware), {}, {}, {}});
        history.finish(id, doneResult(file, row.me));
    }
    const auto files = [&](const HistoryFilter &f) {
        QStringList names;
        for (const HistoryRecord &r : history.query(f))
            names << QFileInfo(r.file).fileName();
        return names;
    };
    const QStringList newestFirst{QStringLiteral("third 100%.bin"), QStringLiteral("second.bin"),
                                  QStringLiteral("first_nokia.bin")};
    QCOMPARE(files({}), newestFirst);
    HistoryFilter f;
    f.meId = QStringLiteral("3a7f"); // prefix, lower case
    QCOMPARE(files(f), (QStringList{QStringLiteral("third 100%.bin"), QStringLiteral("first_nokia.bin")}));
    f.meId = QStringLiteral("99887766554433221100FFEEDDCCBBAA"); // all of it
    QCOMPARE(files(f), QStringList{QStringLiteral("second.bin")});
    f.meId = QStringLiteral("zz"); // not hex: nothing, rather than everything
    QCOMPARE(files(f), QStringList{});
    f = {};
    f.text = QStringLiteral("maui");
    QCOMPARE(files(f), QStringList{QStringLiteral("first_nokia.bin")});
    f.text = QStringLiteral("100%"); // a wildcard character stands for itself
    QCOMPARE(files(f), QStringList{QStringLiteral("third 100%.bin")});
    f.text = QStringLiteral("d 1");
    QCOMPARE(files(f), QStringList{QStringLiteral("third 100%.bin")});
    f.text = QStringLiteral("d_1"); // as a wildcard, _ would find "d 1"
    QCOMPARE(files(f), QStringList{});
    f = {};
    f.since = QDateTime::currentDateTimeUtc().addSecs(3600);
    QCOMPARE(files(f), QStringList{});
    f.since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QCOMPARE(files(f), newestFirst);
    f.limit = 1;
    QCOMPARE(files(f), QStringList{QStringLiteral("third 100%.bin")});
}

void TstHistory::lastAttemptsOfAPhone()
{
    DumpHistory history(Program::Window, m_file);
    for (int i = 0; i < 4; ++i) {
        const QString file = path(QStringLiteral("dump%1.bin").arg(i));
        history.finish(history.begin(requestFor(file)), doneResult(file, i == 2 ? QByteArray(16, '\x01') : kMeId));
    }
    const QList<HistoryRecord> last = history.lastAttemptsOf(QStringLiteral("3A7F0011223344556677889900aabbcc"), 2);
    QCOMPARE(last.size(), 2);
    QCOMPARE(QFileInfo(last.at(0).file).fileName(), QStringLiteral("dump3.bin"));
    QCOMPARE(QFileInfo(last.at(1).file).fileName(), QStringLiteral("dump1.bin"));
    QVERIFY(history.lastAttemptsOf(QString()).isEmpty());
}

void TstHistory::continuablePartials()
{
    DumpHistory history(Program::Window, m_file);
    const auto makePartial = [](const QString &file) {
        for (const QString &p : {DumpTarget(file).partialPath(), DumpTarget(file).sidecarPath()}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
    };
    const QString kept = path(QStringLiteral("kept.bin"));
    const QString gone = path(QStringLiteral("gone.bin"));
    const QString redone = path(QStringLiteral("redone.bin"));
    makePartial(kept);
    makePartial(redone);
    history.finish(history.begin(requestFor(kept, 0x1000, 0x2000)), DumpResult{}, error(Mt::ErrorCode::Disconnected));
    history.finish(history.begin(requestFor(gone)), DumpResult{}, error(Mt::ErrorCode::Cancelled));
    history.finish(history.begin(requestFor(redone)), DumpResult{}, error(Mt::ErrorCode::Timeout));
    history.begin(requestFor(redone)); // running again now: not to be offered
    const QList<HistoryRecord> partials = history.continuable();
    QCOMPARE(partials.size(), 1);
    QCOMPARE(partials.at(0).file, kept);
    const DumpRequest again = partials.at(0).continueRequest();
    QVERIFY(again.resume);
    QCOMPARE(again.outputPath, kept);
    QCOMPARE(again.start, quint64(0x1000));
    QCOMPARE(again.length, quint64(0x2000));
    QCOMPARE(again.blockSize, 4096u);
    QCOMPARE(again.port, QStringLiteral("auto"));
    QVERIFY(again.verify);
}

void TstHistory::migratesVersion1()
{
    {
        RawConnection raw(m_file);
        QVERIFY(raw.ok());
        QSqlDatabase db = raw.db();
        QVERIFY(HistorySchema::migrate(db, 1).ok);
        QCOMPARE(raw.one(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO attempts (started_at, ended_at, result, program, me_id, chip_code, hw_version, sw_version,"
            " sub_code, brom_version, range_start, range_length, file, sha256)"
            " VALUES ('2026-11-30T14:00:00.000Z', '2026-11-30T14:01:00.000Z', 'done', 'cli',"
            " '3A7F0011223344556677889900AABBCC', 25185, 51969, 1, 32768, 5, 0, 4194304, '/old/dump.bin',"
            " 'abab')")));
        // Version 1 has no firmware columns yet.
        QVERIFY(!raw.exec(QStringLiteral("SELECT firmware_version FROM attempts")));
    }
    DumpHistory history(Program::Window, m_file);
    const QList<HistoryRecord> all = history.query();
    QCOMPARE(all.size(), 1);
    const HistoryRecord &r = all.at(0);
    QCOMPARE(r.file, QStringLiteral("/old/dump.bin"));
    QCOMPARE(r.program, Program::Cli);
    QCOMPARE(r.startedAt, QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC));
    QCOMPARE(r.phone->chipCode, quint16(0x6261));
    QVERIFY(r.details.firmwareVersion.isEmpty());
    QVERIFY(!r.details.flashSize.has_value());
    // Version 2 writes where version 1 had no column.
    const qint64 id = history.begin(requestFor(path(QStringLiteral("new.bin"))));
    history.addDetails(id, HistoryDetails{QStringLiteral("W14"), QStringLiteral("MT6261"), 0x400000, {}});
    RawConnection raw(m_file, QStringLiteral("after"));
    QCOMPARE(raw.one(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(raw.one(QStringLiteral("SELECT flash_size FROM attempts WHERE file LIKE '%new.bin'")).toLongLong(),
             0x400000);
    QCOMPARE(raw.one(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'attempts_by_me_id'")).toInt(), 1);
    QVERIFY(raw.one(QStringLiteral("SELECT flash_size FROM attempts WHERE file = '/old/dump.bin'")).isNull());
}

void TstHistory::fourThreadsAtOnce()
{
    constexpr int kThreads = 4;
    constexpr int kEach = 25;
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        // Each thread makes, uses and destroys its own DumpHistory.
        threads << QThread::create([this, t] {
            DumpHistory history(Program::JobsWindow, m_file);
            for (int i = 0; i < kEach; ++i) {
                const QString file = path(QStringLiteral("t%1-%2.bin").arg(t).arg(i));
                const qint64 id = history.begin(requestFor(file));
                history.finish(id, doneResult(file));
            }
        });
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    DumpHistory history(Program::Window, m_file);
    HistoryFilter all;
    all.limit = 0;
    const QList<HistoryRecord> records = history.query(all);
    QCOMPARE(records.size(), kThreads * kEach);
    QSet<QString> files;
    for (const HistoryRecord &r : records) {
        QCOMPARE(r.result, Result::Done);
        files.insert(QFileInfo(r.file).fileName());
    }
    QCOMPARE(files.size(), kThreads * kEach); // each exactly once
    for (int t = 0; t < kThreads; ++t)
        for (int i = 0; i < kEach; ++i)
            QVERIFY(files.contains(QStringLiteral("t%1-%2.bin").arg(t).arg(i)));
}

void TstHistory::csvQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "dump.bin"
                           << "dump.bin";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b.bin"
                           << "\"a,b.bin\"";
    QTest::newRow("quote") << "say \"hi\".bin"
                           << "\"say \"\"hi\"\".bin\"";
    QTest::newRow("line break") << "a\nb"
                                << "\"a\nb\"";
    QTest::newRow("leading space") << " a"
                                   << "\" a\"";
    QTest::newRow("inner space") << "a b"
                                 << "a b";
}

void TstHistory::csvQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(HistoryCsv::field(value), field);
}

QTEST_GUILESS_MAIN(TstHistory)
#include "tst_history.moc"
