// SPDX-License-Identifier: Unlicense
// Whole-flash dumps against the in-process virtual phone: the size found
// from the phone, the file byte for byte, the report beside it; a flash
// that does not wrap, a range past its end or above it, a file named after
// its firmware, and a resume that meets another flash size.
#include "DumpJob.h"
#include "identity/DumpReport.h"
#include "support/Crc32.h"
#include "support/VirtualEnvironment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

using Mt::ErrorCode;
using namespace std::chrono_literals;

namespace {
constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * 1024;

// What a dump told: its log lines, the notices among them, the range it sized.
struct Recorder : DumpObserver
{
    QStringList lines;
    QStringList notices;
    std::optional<DumpEvents::RangeSized> sized;
    void onEvent(const DumpEvent &e) override
    {
        std::visit(Overloaded{
                       [this](const DumpEvents::Log &l) {
                           lines << l.line;
                           if (l.notice)
                               notices << l.line;
                       },
                       [this](const DumpEvents::RangeSized &s) { sized = s; },
                       [](const auto &) {},
                   },
                   e);
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString hex4(quint16 v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}

QJsonObject at(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}
} // namespace

class TstWholeFlash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wholeFlash_data();
    void wholeFlash();
    void sizeNotFound_data();
    void sizeNotFound();
    void rangePastTheEnd();
    void rangeAboveTheFlash();
    void namedAfterTheFirmware();
    void resumeMeetsAnotherSize();

private:
    DumpRequest wholeFlashRequest(const QString &name = QStringLiteral("dump.bin")) const;
    std::shared_ptr<VirtualPhoneRack> m_rack;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstWholeFlash::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TstWholeFlash::init()
{
    m_rack = std::make_shared<VirtualPhoneRack>();
    m_dir = std::make_unique<QTemporaryDir>();
}

DumpRequest TstWholeFlash::wholeFlashRequest(const QString &name) const
{
    DumpRequest r;
    r.outputPath = m_dir->filePath(name);
    r.wholeFlash = true;
    r.blockSize = 4096;
    r.portTimeout = 5s;
    return r;
}

void TstWholeFlash::wholeFlash_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QString>("version");
    QTest::newRow("4 MiB") << 4 * kMiB << quint64(3) << QStringLiteral("MTREADER.VIRTUAL.V1.0.3");
    QTest::newRow("8 MiB") << 8 * kMiB << quint64(1) << QStringLiteral("MTREADER.VIRTUAL.V1.0.1");
    QTest::newRow("16 MiB") << 16 * kMiB << quint64(2) << QStringLiteral("MTREADER.VIRTUAL.V1.0.2");
}

void TstWholeFlash::wholeFlash()
{
    QFETCH(qint64, size);
    QFETCH(quint64, seed);
    QFETCH(QString, version);
    const VirtualPhoneConfig phone = testPhone(size, seed);
    m_rack->plugIn(phone);
    const DumpRequest r = wholeFlashRequest();
    Recorder events;
    DumpJob job(r, virtualEnvironment(m_rack), &events);
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    QVERIFY(readAll(r.outputPath) == phone.flash);
    const DumpResult &result = job.result();
    QCOMPARE(result.start, quint64(0));
    QCOMPARE(result.length, quint64(size));
    QCOMPARE(result.flashSize.method, FlashSize::Method::WrapAround);
    QCOMPARE(result.flashSize.bytes, quint64(size));
    QVERIFY(events.sized);
    QCOMPARE(events.sized->length, quint64(size));
    QVERIFY2(events.notices.isEmpty(), qPrintable(events.notices.join(QLatin1Char('\n'))));

    QCOMPARE(result.reportPath, r.outputPath + QStringLiteral(".report.json"));
    QString why;
    const std::optional<QJsonObject> report = DumpReport::read(result.reportPath, &why);
    QVERIFY2(report, qPrintable(why));
    QCOMPARE(at(*report, "range").value(QStringLiteral("wholeFlash")).toBool(), true);
    QCOMPARE(at(*report, "range").value(QStringLiteral("length")).toDouble(), double(size));
    QCOMPARE(at(*report, "flashSize").value(QStringLiteral("method")).toString(), QStringLiteral("wrap-around"));
    QCOMPARE(at(*report, "flashSize").value(QStringLiteral("bytes")).toDouble(), double(size));
    QCOMPARE(DumpReport::phoneOf(*report)->meId, phone.meId);
    QCOMPARE(DumpReport::phoneOf(*report)->chipCode, quint16(0x6261));
    const QJsonObject identity = at(*report, "identity");
    QCOMPARE(identity.value(QStringLiteral("sha256")).toString().toLatin1(),
             QCryptographicHash::hash(phone.flash, QCryptographicHash::Sha256).toHex());
    QCOMPARE(identity.value(QStringLiteral("crc32")).toString(),
             QStringLiteral("%1").arg(bitwiseCrc32(phone.flash), 8, 16, QLatin1Char('0')));
    QCOMPARE(at(identity, "firmware").value(QStringLiteral("version")).toString(), version);
    QCOMPARE(at(identity, "firmware").value(QStringLiteral("recognised")).toBool(), true);
    // The generator's own description of what it made.
    const FlashImage::Layout layout = FlashImage::describe(size, seed);
    QCOMPARE(at(identity, "userData").value(QStringLiteral("offset")).toDouble(), double(layout.fsBegin));
    QCOMPARE(at(identity, "userData").value(QStringLiteral("length")).toDouble(), double(layout.fsLength));
    QCOMPARE(at(identity, "flashChip").value(QStringLiteral("manufacturerId")).toString(),
             hex4(layout.romInfo.manufacturerId));
    QCOMPARE(at(identity, "flashChip").value(QStringLiteral("deviceId")).toString(), hex4(layout.romInfo.deviceId));
    QCOMPARE(identity.value(QStringLiteral("warnings")).toArray().size(), 0);
}

void TstWholeFlash::sizeNotFound_data()
{
    QTest::addColumn<bool>("blank");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("why");
    QTest::newRow("reads erased past the end")
        << false << QStringLiteral("no-wrap")
        << QStringLiteral("The phone's flash did not repeat anywhere up to 16 MiB, so its size is not known.");
    QTest::newRow("blank") << true << QStringLiteral("blank-start")
                           << QStringLiteral(
                                  "The start of the flash is erased (or all alike), so its size could not be found.");
}

// Without a size from the phone the dump reads lengthIfUnknown, and says so.
void TstWholeFlash::sizeNotFound()
{
    QFETCH(bool, blank);
    QFETCH(QString, method);
    QFETCH(QString, why);
    FlashImage::Options options;
    options.blank = blank;
    VirtualPhoneConfig phone = VirtualPhoneConfig::mt6261(256 * kKiB, 7, options);
    phone.link = LinkModel::instant();
    phone.wrapsAround = false;
    m_rack->plugIn(phone);
    DumpRequest r = wholeFlashRequest();
    r.lengthIfUnknown = 512 * kKiB;
    Recorder events;
    DumpJob job(r, virtualEnvironment(m_rack), &events);
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    QCOMPARE(job.result().length, quint64(512 * kKiB));
    QVERIFY(readAll(r.outputPath) == expectedSlice(phone.flash, 0, 512 * kKiB, false));
    QVERIFY(!job.result().flashSize.known());
    QVERIFY(!events.notices.isEmpty());
    QCOMPARE(events.notices.constFirst(),
             why
                 + QStringLiteral(" Reading 512.00 KiB, as much as an MT626x phone can have; to read less, choose a "
                                  "size."));
    const std::optional<QJsonObject> report = DumpReport::read(job.result().reportPath);
    QCOMPARE(at(*report, "flashSize").value(QStringLiteral("method")).toString(), method);
    QVERIFY(!at(*report, "flashSize").contains(QStringLiteral("bytes")));
}

void TstWholeFlash::rangePastTheEnd()
{
    const VirtualPhoneConfig phone = testPhone(4 * kMiB, 3);
    m_rack->plugIn(phone);
    DumpRequest r = wholeFlashRequest();
    r.wholeFlash = false;
    r.start = 0x3FF000;
    r.length = 0x2000;
    Recorder events;
    DumpJob job(r, virtualEnvironment(m_rack), &events);
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    QVERIFY(readAll(r.outputPath) == phone.flash.right(0x1000) + phone.flash.left(0x1000));
    QVERIFY(
        events.notices.contains(QStringLiteral("The range runs past the end of the 4.00 MiB flash: what is read "
                                               "past 0x400000 is a copy of the start of the flash, not more of it.")));
    QCOMPARE(job.result().flashSize.bytes, quint64(4 * kMiB));
    // What the file is, at its place in the flash: it does not hold offset 0.
    QCOMPARE(job.result().identity->start, quint64(0x3FF000));
    QVERIFY(!job.result().identity->firmware.sfBoot);

    // Up to the end exactly: no mirror to tell of. Inside the first MiB: no probe.
    for (quint64 start : {quint64(0x3FE000), quint64(0x1000)}) {
        m_rack->plugIn(phone);
        r.outputPath = m_dir->filePath(QStringLiteral("inside-%1.bin").arg(start, 0, 16));
        r.start = start;
        Recorder quiet;
        DumpJob inside(r, virtualEnvironment(m_rack), &quiet);
        QVERIFY2(inside.run(), qPrintable(inside.error().technicalSummary()));
        QVERIFY(readAll(r.outputPath) == phone.flash.mid(qsizetype(start), 0x2000));
        QVERIFY2(!quiet.notices.join(QLatin1Char('\n')).contains(QLatin1String("past the end")),
                 qPrintable(quiet.notices.join(QLatin1Char('\n'))));
        QCOMPARE(inside.result().flashSize.method,
                 start < 0x100000 ? FlashSize::Method::NotProbed : FlashSize::Method::WrapAround);
    }
}

void TstWholeFlash::rangeAboveTheFlash()
{
    m_rack->plugIn(testPhone(256 * kKiB));
    DumpRequest r = wholeFlashRequest();
    r.wholeFlash = false;
    r.start = 0x0FFFF000;
    r.length = 0x2000;
    DumpJob refused(r, virtualEnvironment(m_rack));
    QVERIFY(!refused.run());
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().detail.contains(QLatin1String("0x10000000")));
    QVERIFY(!QFileInfo::exists(r.outputPath));
    // Just below is still the flash window.
    r.length = 0x1000;
    QVERIFY(DumpJob(r, virtualEnvironment(m_rack)).run());
    QFile::remove(r.outputPath);

    r.length = 0x2000;
    r.anyAddress = true;
    m_rack->plugIn(testPhone(256 * kKiB)); // the last one was reset
    DumpJob allowed(r, virtualEnvironment(m_rack));
    QVERIFY2(allowed.run(), qPrintable(allowed.error().technicalSummary()));
    QCOMPARE(QFileInfo(r.outputPath).size(), 0x2000);
}

void TstWholeFlash::namedAfterTheFirmware()
{
    const VirtualPhoneConfig phone = testPhone(256 * kKiB, 7);
    DumpRequest r = wholeFlashRequest(QStringLiteral("MT6261_20261201-101500.bin"));
    r.nameFromIdentity = true;
    const QString named = m_dir->filePath(
        QStringLiteral("MT6261_MTREADER.VIRTUAL.V1.0.7_F81DA215_20261201-101500.bin"));
    const QString second = m_dir->filePath(
        QStringLiteral("MT6261_MTREADER.VIRTUAL.V1.0.7_F81DA215_20261201-101500-2.bin"));
    const QString third = m_dir->filePath(
        QStringLiteral("MT6261_MTREADER.VIRTUAL.V1.0.7_F81DA215_20261201-101500-3.bin"));
    m_rack->plugIn(phone);
    DumpJob first(r, virtualEnvironment(m_rack));
    QVERIFY2(first.run(), qPrintable(first.error().technicalSummary()));
    QCOMPARE(first.result().path, named);
    QVERIFY(readAll(named) == phone.flash);
    QVERIFY(!QFileInfo::exists(r.outputPath));
    QCOMPARE(first.result().reportPath, named + QStringLiteral(".report.json"));
    QCOMPARE(DumpReport::read(first.result().reportPath)->value(QStringLiteral("file")).toString(),
             QFileInfo(named).fileName());

    // The same phone again, with a stranger's file in the second name's way:
    // neither is touched.
    QFile stranger(second);
    QVERIFY(stranger.open(QIODevice::WriteOnly));
    stranger.write("precious");
    stranger.close();
    r.overwrite = true; // allows replacing the planned name only, never a chosen one
    m_rack->plugIn(phone);
    DumpJob again(r, virtualEnvironment(m_rack));
    QVERIFY2(again.run(), qPrintable(again.error().technicalSummary()));
    QCOMPARE(again.result().path, third);
    QVERIFY(readAll(third) == phone.flash);
    QVERIFY(readAll(named) == phone.flash);
    QCOMPARE(readAll(second), QByteArray("precious"));
}

void TstWholeFlash::resumeMeetsAnotherSize()
{
    VirtualPhoneConfig four = testPhone(4 * kMiB, 3);
    four.faults = {{FaultKind::CablePulled, 0x280000, 1}};
    m_rack->plugIn(four);
    DumpRequest r = wholeFlashRequest();
    DumpJob first(r, virtualEnvironment(m_rack));
    QVERIFY(!first.run());
    QCOMPARE(first.error().code, ErrorCode::Disconnected);
    const QString partial = DumpTarget(r.outputPath).partialPath();
    const QByteArray kept = readAll(partial);
    QVERIFY(kept.size() > 0 && kept.size() <= 0x280000);

    // The same ME ID with an 8 MiB flash: not the flash the partial dump is of.
    m_rack->plugIn(testPhone(8 * kMiB, 3), 100ms);
    r.resume = true;
    DumpJob other(r, virtualEnvironment(m_rack));
    QVERIFY(!other.run());
    QCOMPARE(other.error().code, ErrorCode::PhoneMismatch);
    QVERIFY2(other.error().detail.contains(QStringLiteral("reads as %1").arg(humanSize(8 * kMiB))),
             qPrintable(other.error().detail));
    QCOMPARE(readAll(partial), kept);
    QVERIFY(!QFileInfo::exists(r.outputPath));

    // The 4 MiB phone again, the other one unplugged: the dump continues
    // where it stopped.
    m_rack->unplugAll();
    four.faults.clear();
    m_rack->plugIn(four, 100ms);
    DumpJob resumed(r, virtualEnvironment(m_rack));
    QVERIFY2(resumed.run(), qPrintable(resumed.error().technicalSummary()));
    QVERIFY(resumed.result().resumed);
    QVERIFY(readAll(r.outputPath) == four.flash);
}

QTEST_GUILESS_MAIN(TstWholeFlash)
#include "tst_wholeflash.moc"
