// SPDX-License-Identifier: Unlicense
// The rules about a dump's output file, in the one place that owns them:
// the names that travel with a dump and the refusals before one starts.
#include "DumpTarget.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using Problem = DumpTarget::Problem;
Q_DECLARE_METATYPE(DumpTarget::Problem)

namespace {
void touch(const QString &path, const QByteArray &bytes = "x")
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

ResumeState partialOf(quint64 start, quint64 length)
{
    ResumeState s;
    s.start = start;
    s.length = length;
    s.phone.chipCode = 0x6261;
    s.phone.hwVersion = 0xCB01;
    s.phone.meId = QByteArray(16, '\x11');
    s.bytesDone = 0;
    return s;
}
} // namespace

class TstDumpTarget : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void unverifiedNeverClashes();
    void refusals_data();
    void refusals();
    void resumeReadsTheSidecar();
};

void TstDumpTarget::names()
{
    const DumpTarget t(QStringLiteral("/tmp/phone.bin"));
    QCOMPARE(t.partialPath(), QStringLiteral("/tmp/phone.bin.part"));
    QCOMPARE(t.sidecarPath(), QStringLiteral("/tmp/phone.bin.part.json"));
}

void TstDumpTarget::unverifiedNeverClashes()
{
    QTemporaryDir dir;
    const DumpTarget t(dir.filePath(QStringLiteral("phone.bin")));
    QCOMPARE(t.unverifiedPath(), dir.filePath(QStringLiteral("phone.unverified.bin")));
    touch(dir.filePath(QStringLiteral("phone.unverified.bin")));
    QCOMPARE(t.unverifiedPath(), dir.filePath(QStringLiteral("phone.unverified-2.bin")));
    touch(dir.filePath(QStringLiteral("phone.unverified-2.bin")));
    QCOMPARE(t.unverifiedPath(), dir.filePath(QStringLiteral("phone.unverified-3.bin")));
    QCOMPARE(DumpTarget(dir.filePath(QStringLiteral("dump"))).unverifiedPath(),
             dir.filePath(QStringLiteral("dump.unverified")));
}

void TstDumpTarget::refusals_data()
{
    QTest::addColumn<QString>("name");        // relative to a fresh folder; "" = no path at all
    QTest::addColumn<QStringList>("present"); // files made first
    QTest::addColumn<bool>("overwrite");
    QTest::addColumn<bool>("resume");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Mt::ErrorCode>("code");
    using E = Mt::ErrorCode;
    QTest::newRow("fine") << "a.bin" << QStringList{} << false << false << Problem::None << E::None;
    QTest::newRow("no path") << "" << QStringList{} << false << false << Problem::NoPath << E::InvalidArgument;
    QTest::newRow("no folder") << "missing/a.bin" << QStringList{} << false << false << Problem::NoFolder
                               << E::OutputError;
    QTest::newRow("a folder") << "sub" << QStringList{QStringLiteral("sub/")} << true << false << Problem::IsFolder
                              << E::OutputError;
    QTest::newRow("exists") << "a.bin" << QStringList{QStringLiteral("a.bin")} << false << false << Problem::Exists
                            << E::OutputExists;
    QTest::newRow("exists, overwrite") << "a.bin" << QStringList{QStringLiteral("a.bin")} << true << false
                                       << Problem::None << E::None;
    QTest::newRow("exists before partial")
        << "a.bin" << QStringList{QStringLiteral("a.bin"), QStringLiteral("a.bin.part")} << false << false
        << Problem::Exists << E::OutputExists;
    QTest::newRow("partial in the way") << "a.bin" << QStringList{QStringLiteral("a.bin.part")} << false << false
                                        << Problem::PartialInTheWay << E::ResumeInvalid;
    QTest::newRow("resume, nothing there")
        << "a.bin" << QStringList{} << false << true << Problem::NothingToResume << E::ResumeInvalid;
    QTest::newRow("resume, no sidecar") << "a.bin" << QStringList{QStringLiteral("a.bin.part")} << false << true
                                        << Problem::NothingToResume << E::ResumeInvalid;
}

void TstDumpTarget::refusals()
{
    QFETCH(QString, name);
    QFETCH(QStringList, present);
    QFETCH(bool, overwrite);
    QFETCH(bool, resume);
    QFETCH(Problem, problem);
    QFETCH(Mt::ErrorCode, code);
    QTemporaryDir dir;
    for (const QString &p : present) {
        if (p.endsWith(QLatin1Char('/')))
            QVERIFY(QDir(dir.path()).mkpath(p));
        else
            touch(dir.filePath(p));
    }
    DumpRequest r;
    r.outputPath = name.isEmpty() ? QString() : dir.filePath(name);
    r.length = 16;
    r.overwrite = overwrite;
    r.resume = resume;
    const DumpTarget::Check c = DumpTarget(r.outputPath).check(r);
    QCOMPARE(c.problem, problem);
    QCOMPARE(c.error().code, code);
    QCOMPARE(c.ok(), problem == Problem::None);
}

void TstDumpTarget::resumeReadsTheSidecar()
{
    QTemporaryDir dir;
    const DumpTarget t(dir.filePath(QStringLiteral("a.bin")));
    touch(t.partialPath(), QByteArray(64, 'a'));
    QVERIFY(partialOf(0x100, 0x4000).save(t.sidecarPath()));
    DumpRequest r;
    r.outputPath = t.path();
    r.resume = true;
    r.start = 0x100;
    r.length = 0x4000;
    const DumpTarget::Check same = t.check(r);
    QVERIFY(same.ok());
    QVERIFY(same.resume.has_value());
    QCOMPARE(same.resume->phone.meId, QByteArray(16, '\x11'));
    r.length = 0x8000;
    QCOMPARE(t.check(r).problem, Problem::ResumeOtherRange);
}

QTEST_GUILESS_MAIN(TstDumpTarget)
#include "tst_dumptarget.moc"
