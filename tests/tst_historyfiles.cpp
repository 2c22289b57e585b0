// SPDX-License-Identifier: Unlicense
// A history file in the way never stops a dump: damaged (set aside, a new one
// made, said once), unwritable (recording off for the session, said once),
// locked by another connection (waited for, not set aside), or written by a
// newer version (left alone).
#include "DumpHistory.h"
#include "support/HistoryTestUtil.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace historytest;
using Result = HistoryRecord::Result;
using Program = HistoryRecord::Program;

class TstHistoryFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newerVersionLeftAlone();
    void corruptFile();
    void unwritableFolder();
    void lockedFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TstHistoryFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = path(QStringLiteral("history.sqlite"));
}

void TstHistoryFiles::cleanup()
{
    m_dir.reset();
}

void TstHistoryFiles::newerVersionLeftAlone()
{
    {
        RawConnection raw(m_file);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    DumpHistory history(Program::Window, m_file);
    QSignalSpy told(&history, &DumpHistory::problem);
    QCOMPARE(history.begin(requestFor(path(QStringLiteral("a.bin")))), qint64(0));
    QCOMPARE(history.begin(requestFor(path(QStringLiteral("b.bin")))), qint64(0));
    QCOMPARE(told.count(), 1);
    QVERIFY(told.at(0).at(0).toString().contains(QStringLiteral("newer version")));
    QVERIFY(!history.isRecording());
    QCOMPARE(filesLike(m_dir->path(), QStringLiteral("*damaged*")), QStringList{});
    RawConnection raw(m_file, QStringLiteral("after"));
    QCOMPARE(raw.one(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

void TstHistoryFiles::corruptFile()
{
    const QByteArray garbage = QByteArray("not a database at all, ") + QByteArray(4096, '\x5a');
    {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    DumpHistory history(Program::Window, m_file);
    QSignalSpy told(&history, &DumpHistory::problem);
    const QString out = path(QStringLiteral("a.bin"));
    const qint64 id = history.begin(requestFor(out));
    QVERIFY(id != 0);
    history.finish(id, doneResult(out));
    history.finish(history.begin(requestFor(out)), doneResult(out));
    QCOMPARE(told.count(), 1);
    QVERIFY2(told.at(0).at(0).toString().contains(QStringLiteral("damaged")), qPrintable(told.at(0).at(0).toString()));
    const QStringList kept = filesLike(m_dir->path(), QStringLiteral("history.damaged-*.sqlite"));
    QCOMPARE(kept.size(), 1);
    QFile aside(m_dir->filePath(kept.at(0)));
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage);
    QCOMPARE(history.query().size(), 2);
    QVERIFY(history.isRecording());
}

void TstHistoryFiles::unwritableFolder()
{
    // A folder that cannot be made, for root too: its parent is a file.
    const QString notAFolder = path(QStringLiteral("plain-file"));
    {
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    DumpHistory history(Program::Cli, notAFolder + QStringLiteral("/sub/history.sqlite"));
    QSignalSpy told(&history, &DumpHistory::problem);
    QCOMPARE(history.begin(requestFor(path(QStringLiteral("a.bin")))), qint64(0));
    history.finish(0, DumpResult{});
    QCOMPARE(history.begin(requestFor(path(QStringLiteral("b.bin")))), qint64(0));
    QVERIFY(history.query().isEmpty());
    QCOMPARE(told.count(), 1);
    QVERIFY2(told.at(0).at(0).toString().contains(QStringLiteral("not recorded in this session")),
             qPrintable(told.at(0).at(0).toString()));
    QVERIFY(!history.isRecording());
}

void TstHistoryFiles::lockedFile()
{
    {
        DumpHistory create(Program::Window, m_file);
        QVERIFY(create.query().isEmpty());
    }
    RawConnection other(m_file);
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    DumpHistory history(Program::Window, m_file);
    history.setBusyTimeout(std::chrono::milliseconds(50));
    QSignalSpy told(&history, &DumpHistory::problem);
    const QString out = path(QStringLiteral("a.bin"));
    const qint64 id = history.begin(requestFor(out));
    QVERIFY(id != 0); // the dump goes on
    QCOMPARE(told.count(), 1);
    QVERIFY(told.at(0).at(0).toString().contains(QStringLiteral("in use by another program")));
    QVERIFY(other.exec(QStringLiteral("COMMIT"))); // the other program is done
    history.finish(id, doneResult(out));
    QCOMPARE(told.count(), 1);
    // Healthy, only busy: kept where it was, not set aside.
    QCOMPARE(filesLike(m_dir->path(), QStringLiteral("*damaged*")), QStringList{});
    const QList<HistoryRecord> all = history.query();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).result, Result::Done);
}

QTEST_GUILESS_MAIN(TstHistoryFiles)
#include "tst_historyfiles.moc"
